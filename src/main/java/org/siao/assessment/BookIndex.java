package org.siao.assessment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.siao.catalogue.Indicator;
import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.survey.Fact;

/**
 * What every assessment on one rule book would otherwise look up again: each table's indicator or
 * programme in the catalogue, and the status each indicator row gives. Found once per rule book
 * and kept while the rule book is in use (weakly, so a replaced version is let go).
 */
final class BookIndex {

	private static final Map<RuleBook, BookIndex> BOOKS = Collections.synchronizedMap(new WeakHashMap<>());

	// the live book, without taking the lock on every assessment
	private static volatile BookIndex last;

	// weakly: the map's value must not hold its own key, or a replaced rule book would never be let go
	private final java.lang.ref.WeakReference<RuleBook> book;

	private final Indicator[] indicators;

	private final String[] codes;

	private final IndicatorOutcome.Status[][] statuses;

	private final Programme[] programmes;

	// each indicator code's place in an evaluation's arrays of results, and each table's code's place
	private final Map<String, Integer> statusSlots = new java.util.HashMap<>();

	private final int[] indicatorSlots;

	// where each table's columns are read from, indicator tables then programme tables
	private final Columns[] indicatorColumns;

	private final Columns[] programmeColumns;

	// how many indicator and programme tables are asked once per member, and how many once
	private final int[] indicatorTablesBy = new int[2];

	private final int[] programmeTablesBy = new int[2];

	private BookIndex(RuleBook book) {
		this.book = new java.lang.ref.WeakReference<>(book);
		List<RuleTable> indicatorTables = book.indicatorTables();
		this.indicators = new Indicator[indicatorTables.size()];
		this.statuses = new IndicatorOutcome.Status[indicatorTables.size()][];
		this.codes = new String[indicatorTables.size()];
		for (int t = 0; t < indicators.length; t++) {
			RuleTable table = indicatorTables.get(t);
			indicators[t] = book.catalogue().indicator(table.name()).orElseThrow();
			codes[t] = indicators[t].code().intern();
			int most = table.rows().stream().mapToInt(RuleTable.Row::number).max().orElse(0);
			statuses[t] = new IndicatorOutcome.Status[most + 1];
			for (RuleTable.Row row : table.rows()) {
				statuses[t][row.number()] = status(row.output());
			}
		}
		List<RuleTable> programmeTables = book.programmeTables();
		this.programmes = new Programme[programmeTables.size()];
		for (int t = 0; t < programmes.length; t++) {
			programmes[t] = book.catalogue().programme(programmeTables.get(t).name()).orElseThrow();
		}
		this.indicatorSlots = new int[codes.length];
		for (int t = 0; t < codes.length; t++) {
			indicatorSlots[t] = statusSlots.computeIfAbsent(codes[t], c -> statusSlots.size());
		}
		this.indicatorColumns = indicatorTables.stream().map(this::columns).toArray(Columns[]::new);
		this.programmeColumns = programmeTables.stream().map(this::columns).toArray(Columns[]::new);
		indicatorTables.forEach(t -> indicatorTablesBy[t.perMember() ? 1 : 0]++);
		programmeTables.forEach(t -> programmeTablesBy[t.perMember() ? 1 : 0]++);
	}

	/** How many indicator outcomes a household of so many members has: to size their list once. */
	int indicatorOutcomes(int members) {
		return indicatorTablesBy[0] + indicatorTablesBy[1] * members;
	}

	/** How many programme outcomes a household of so many members has. */
	int programmeOutcomes(int members) {
		return programmeTablesBy[0] + programmeTablesBy[1] * members;
	}

	private Columns columns(RuleTable table) {
		List<RuleTable.Column> columns = table.columns();
		int[] slots = new int[columns.size()];
		Fact[] facts = new Fact[columns.size()];
		for (int c = 0; c < slots.length; c++) {
			String name = columns.get(c).name();
			slots[c] = statusSlot(name);
			facts[c] = Fact.named(name).orElse(null);
		}
		return new Columns(slots, facts);
	}

	static BookIndex of(RuleBook book) {
		BookIndex index = last;
		if (index != null && index.book.get() == book) {
			return index;
		}
		index = BOOKS.computeIfAbsent(book, BookIndex::new);
		last = index;
		return index;
	}

	/** The indicator of the t-th indicator table. */
	Indicator indicator(int t) {
		return indicators[t];
	}

	/**
	 * The t-th indicator's code as the key of the results the tables read: interned, like the
	 * tables' column names, so a look-up finds it without comparing characters.
	 */
	String code(int t) {
		return codes[t];
	}

	/** How many distinct indicator codes there are: the length of an evaluation's arrays of results. */
	int statusSlots() {
		return statusSlots.size();
	}

	/** The place of the t-th indicator table's result in an evaluation's arrays of results. */
	int indicatorSlot(int t) {
		return indicatorSlots[t];
	}

	/** The place of an indicator code's result, or -1 when the name is no indicator's code. */
	int statusSlot(String name) {
		Integer slot = statusSlots.get(name);
		return slot == null ? -1 : slot;
	}

	Columns indicatorColumns(int t) {
		return indicatorColumns[t];
	}

	Columns programmeColumns(int t) {
		return programmeColumns[t];
	}

	/**
	 * What a table's columns read, found once: for each column the fact it names (or null) and
	 * the place of the indicator result it names (or -1).
	 */
	record Columns(int[] statusSlots, Fact[] facts) {
	}

	Programme programme(int t) {
		return programmes[t];
	}

	/** The status a row of the t-th indicator table gives when it decides. */
	IndicatorOutcome.Status status(int t, RuleTable.Row row) {
		IndicatorOutcome.Status status = statuses[t][row.number()];
		// an output that names no status fails here as it always did, with the same exception
		return status != null ? status : IndicatorOutcome.Status.valueOf(String.valueOf(row.output()));
	}

	private static IndicatorOutcome.Status status(Object output) {
		try {
			return IndicatorOutcome.Status.valueOf(String.valueOf(output));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}

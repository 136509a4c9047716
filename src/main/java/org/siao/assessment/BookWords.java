package org.siao.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.siao.catalogue.Language;
import org.siao.rulebook.Cell;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.Tri;
import org.siao.survey.Fact;

/**
 * The parts of an answer that are the same for every household assessed on one rule book in one
 * language: each table row as the answer cites it, each column's name in words, and the
 * conditions in words households with the same value share. Made once per
 * rule book and language instead of once per assessment, and kept while the rule book is in use
 * (weakly, so a replaced version is let go). Shared by every thread: read-only once made, but for the conditions, a concurrent map.
 */
final class BookWords {

	private static final Map<RuleBook, Map<Language, BookWords>> BOOKS = Collections.synchronizedMap(new WeakHashMap<>());

	// the live book in each language, without taking the lock on every assessment
	private static volatile BookWords lastThai;

	private static volatile BookWords lastOther;

	// weakly: the map of books holds these words strongly, and a value that held its key would keep
	// a replaced rule book alive for ever
	private final java.lang.ref.WeakReference<RuleBook> book;

	private final Language language;

	// a table's rows as the answer cites them, in the table's order
	private final Map<RuleTable, Assessment.RuleRef[]> refs = new IdentityHashMap<>();

	private final Map<String, String> labels = new HashMap<>();

	// the tables with no column a near miss is told on (Fact#nearMiss): their near misses are never shown
	private final Set<RuleTable> silent = Collections.newSetFromMap(new IdentityHashMap<>());

	// some 200 bytes an entry: at most a few megabytes a map, against a heap of 192 MB in service
	private static final int MOST_CONDITIONS_REMEMBERED = 10_000;

	private final ConcurrentHashMap<Said, Assessment.Condition> conditions = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Said, String> phrases = new ConcurrentHashMap<>();

	private BookWords(RuleBook book, Language language) {
		this.book = new java.lang.ref.WeakReference<>(book);
		this.language = language;
		Wording words = new Wording(language, book.catalogue());
		add(book.indicatorTables(), words);
		add(book.programmeTables(), words);
	}

	private void add(List<RuleTable> tables, Wording words) {
		for (RuleTable table : tables) {
			List<RuleTable.Row> rows = table.rows();
			Assessment.RuleRef[] cited = new Assessment.RuleRef[rows.size()];
			for (int i = 0; i < cited.length; i++) {
				cited[i] = Explanations.ref(table, rows.get(i));
			}
			refs.put(table, cited);
			if (table.columns().stream().noneMatch(c -> Fact.named(c.name()).map(Fact::nearMiss).orElse(false))) {
				silent.add(table);
			}
			for (RuleTable.Column column : table.columns()) {
				labels.computeIfAbsent(column.name(), words::label);
			}
		}
	}

	static BookWords of(RuleBook book, Language language) {
		BookWords words = language == Language.TH ? lastThai : lastOther;
		if (words != null && words.book.get() == book && words.language == language) {
			return words;
		}
		words = BOOKS.computeIfAbsent(book, b -> Collections.synchronizedMap(new EnumMap<>(Language.class)))
			.computeIfAbsent(language, l -> new BookWords(book, l));
		if (language == Language.TH) {
			lastThai = words;
		}
		else {
			lastOther = words;
		}
		return words;
	}

	/** A row as the answer cites it: the same record for every household, made once. */
	Assessment.RuleRef ref(RuleTable table, RuleTable.Row row) {
		Assessment.RuleRef[] cited = refs.get(table);
		int i = row.number() - 1;
		if (cited != null && i >= 0 && i < cited.length && table.rows().get(i) == row) {
			return cited[i];
		}
		return Explanations.ref(table, row);
	}

	/**
	 * A condition in words with the household's value: made once for each cell, value and state,
	 * since many households share a value (yes or no, a school grade, an age). Emptied when it grows
	 * past {@link #MOST_CONDITIONS_REMEMBERED}: incomes are seldom the same twice.
	 */
	Assessment.Condition condition(RuleTable.CellCheck check, Function<RuleTable.CellCheck, Assessment.Condition> make) {
		Said key = new Said(check.column(), check.cell(), check.value(), check.state());
		Assessment.Condition condition = conditions.get(key);
		if (condition == null) {
			if (conditions.size() > MOST_CONDITIONS_REMEMBERED) {
				conditions.clear();
			}
			condition = make.apply(check);
			conditions.put(key, condition);
		}
		return condition;
	}

	/** A condition as a short phrase for a reason ("อายุ 72 ปี"), made once for each column and value, as {@link #condition}. */
	String phrase(RuleTable.CellCheck check, Function<RuleTable.CellCheck, String> make) {
		Said key = new Said(check.column(), null, check.value(), null);
		String phrase = phrases.get(key);
		if (phrase == null) {
			if (phrases.size() > MOST_CONDITIONS_REMEMBERED) {
				phrases.clear();
			}
			phrase = make.apply(check);
			phrases.put(key, phrase);
		}
		return phrase;
	}

	/**
	 * What a condition's words depend on: the column and the cell (both by identity: they are the
	 * table's own), the value and how the cell judged it. Hashed by hand: a record's own hash would
	 * hash the column's strings on every look-up.
	 */
	private record Said(RuleTable.Column column, Cell cell, Object value, Tri state) {

		@Override
		public int hashCode() {
			return (System.identityHashCode(cell) * 31 + Objects.hashCode(value)) * 31 + System.identityHashCode(column);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Said o && cell == o.cell && column == o.column && state == o.state
					&& Objects.equals(value, o.value);
		}

	}

	/** Whether a near miss of this table can be shown: false when none of its columns is a fact a near miss is told on. */
	boolean mayTellNearMiss(RuleTable table) {
		return !silent.contains(table);
	}

	/** A column's name in words, null for a column no table of this book has. */
	String label(String column) {
		return labels.get(column);
	}

}

package org.siao.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siao.rulebook.Cell;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.survey.Fact;
import org.siao.survey.Profile;
import org.siao.survey.Profile.MemberFacts;

/**
 * Steps 1 and 2 of an assessment: every indicator table, then every programme table, for the
 * household and for each member. Programme tables read indicator results by code ("INC-3"),
 * as the member's own result or, for the household, rolled up over its members.
 * <p>
 * Every assessment runs every table, so the look-ups are arrays: a column's fact and indicator
 * result are found once per rule book ({@link BookIndex.Columns}), facts are read from the
 * profile's arrays and results kept in arrays by indicator. Members whose columns read the same
 * values as an earlier member's share that member's verdict, which the same values decide alike.
 */
final class Evaluation {

	// a member's result not set yet: the member then reads the household's, as a missing map key did
	private static final Object ABSENT = new Object();

	private final RuleBook book;

	private final Profile profile;

	private final BookIndex index;

	private final List<IndicatorOutcome> indicators;

	private final List<ProgrammeOutcome> programmes;

	// the indicators' results as the tables read them ("PASS", "FAIL", "NOT_APPLICABLE"; null while
	// open), by the code's place in the book index: the household's, and each member's own
	private final Object[] householdStatus;

	private final Object[][] memberStatus;

	// one FEEL context per subject, made only for a table that has a cell left to FEEL
	private Cell.FeelContext householdFeel;

	private Cell.FeelContext[] memberFeel;

	private Evaluation(RuleBook book, Profile profile) {
		this.book = book;
		this.profile = profile;
		this.index = BookIndex.of(book);
		this.indicators = new ArrayList<>(index.indicatorOutcomes(profile.members().size()));
		this.programmes = new ArrayList<>(index.programmeOutcomes(profile.members().size()));
		this.householdStatus = new Object[index.statusSlots()];
		this.memberStatus = new Object[profile.members().size()][];
		for (int m = 0; m < memberStatus.length; m++) {
			memberStatus[m] = new Object[index.statusSlots()];
			Arrays.fill(memberStatus[m], ABSENT);
		}
	}

	static Evaluation run(RuleBook book, Profile profile) {
		Evaluation evaluation = new Evaluation(book, profile);
		evaluation.indicators();
		evaluation.programmes();
		return evaluation;
	}

	Profile profile() {
		return profile;
	}

	List<IndicatorOutcome> indicatorOutcomes() {
		return indicators;
	}

	List<ProgrammeOutcome> programmeOutcomes() {
		return programmes;
	}

	/**
	 * The table's verdict for one subject if some of its facts had the given values: how an
	 * unanswered question could still turn out. Indicator columns read the results as they stand.
	 */
	RuleTable.Verdict whatIf(RuleTable table, MemberFacts member, Map<String, Object> answers) {
		java.util.function.Function<String, Object> facts = name -> answers.containsKey(name) ? answers.get(name) : value(name, member);
		Cell.FeelContext feel = book.feelContext(() -> {
			Map<String, Object> variables = new HashMap<>(profile.household());
			if (member != null) {
				variables.putAll(member.facts());
			}
			variables.putAll(answers);
			return variables;
		});
		return table.evaluate(facts, feel);
	}

	/** What a table column reads for a subject now: a fact, or an indicator result (null when open). */
	Object value(String column, MemberFacts member) {
		return read(Fact.named(column).orElse(null), index.statusSlot(column), member);
	}

	private void indicators() {
		List<RuleTable> tables = book.indicatorTables();
		for (int t = 0; t < tables.size(); t++) {
			RuleTable table = tables.get(t);
			var indicator = index.indicator(t);
			BookIndex.Columns columns = index.indicatorColumns(t);
			int slot = index.indicatorSlot(t);
			if (table.perMember()) {
				List<IndicatorOutcome> perMember = new ArrayList<>(profile.members().size());
				SameValues same = new SameValues(table, profile.members().size());
				for (MemberFacts member : profile.members()) {
					IndicatorOutcome outcome = indicator(t, indicator, member, same.verdict(this, columns, member));
					perMember.add(outcome);
					memberStatus[member.index()][slot] = value(outcome.status());
				}
				indicators.addAll(perMember);
				householdStatus[slot] = value(rollUp(perMember));
			}
			else {
				IndicatorOutcome outcome = indicator(t, indicator, null, evaluate(table, columns, null));
				indicators.add(outcome);
				householdStatus[slot] = value(outcome.status());
			}
		}
	}

	private void programmes() {
		List<RuleTable> tables = book.programmeTables();
		for (int t = 0; t < tables.size(); t++) {
			RuleTable table = tables.get(t);
			var programme = index.programme(t);
			BookIndex.Columns columns = index.programmeColumns(t);
			if (table.perMember()) {
				SameValues same = new SameValues(table, profile.members().size());
				for (MemberFacts member : profile.members()) {
					programmes.add(new ProgrammeOutcome(programme, member, same.verdict(this, columns, member)));
				}
			}
			else {
				programmes.add(new ProgrammeOutcome(programme, null, evaluate(table, columns, null)));
			}
		}
	}

	private RuleTable.Verdict evaluate(RuleTable table, BookIndex.Columns columns, MemberFacts member) {
		return table.evaluate(values(columns, member), table.usesFeel() ? feel(member) : null);
	}

	/** What each column of a table reads for a subject (the household when {@code member} is null). */
	private Object[] values(BookIndex.Columns columns, MemberFacts member) {
		Fact[] facts = columns.facts();
		int[] slots = columns.statusSlots();
		Object[] values = new Object[facts.length];
		for (int c = 0; c < values.length; c++) {
			values[c] = read(facts[c], slots[c], member);
		}
		return values;
	}

	/**
	 * One column's value: the fact it names, else the indicator result it names. A member reads
	 * its own result of a member indicator once there is one (an open one, null, included), the
	 * household's otherwise: a member indicator still open for this member must not borrow the
	 * household's result.
	 */
	private Object read(Fact fact, int slot, MemberFacts member) {
		Object value = null;
		if (fact != null) {
			value = fact.level() == Fact.Level.MEMBER ? (member == null ? null : member.value(fact)) : profile.value(fact);
		}
		if (value != null || slot < 0) {
			return value;
		}
		if (member != null) {
			Object own = memberStatus[member.index()][slot];
			if (own != ABSENT) {
				return own;
			}
		}
		return householdStatus[slot];
	}

	/**
	 * One per-member table's verdicts over a household's members: a member whose columns read the
	 * same values as an earlier member's gets that verdict (equal values, so equal row checks),
	 * unless the table has a FEEL cell, which may read more than its column.
	 */
	private static final class SameValues {

		private final RuleTable table;

		private final int members;

		// the distinct values read so far and their verdicts, made at the first verdict kept
		private Object[][] values;

		private RuleTable.Verdict[] verdicts;

		private int size;

		SameValues(RuleTable table, int members) {
			this.table = table;
			this.members = members;
		}

		RuleTable.Verdict verdict(Evaluation evaluation, BookIndex.Columns columns, MemberFacts member) {
			Object[] read = evaluation.values(columns, member);
			if (table.usesFeel()) {
				return table.evaluate(read, evaluation.feel(member));
			}
			if (members == 1) {
				return table.evaluate(read, null); // a household of one: no one to share with
			}
			if (values == null) {
				values = new Object[members][];
				verdicts = new RuleTable.Verdict[members];
			}
			for (int i = 0; i < size; i++) {
				if (Arrays.equals(values[i], read)) {
					return verdicts[i];
				}
			}
			RuleTable.Verdict verdict = table.evaluate(read, null);
			values[size] = read;
			verdicts[size++] = verdict;
			return verdict;
		}

	}

	private IndicatorOutcome indicator(int t, org.siao.catalogue.Indicator indicator, MemberFacts member,
			RuleTable.Verdict verdict) {
		RuleTable.RowCheck decided = verdict.decided();
		IndicatorOutcome.Status status = decided == null ? IndicatorOutcome.Status.UNDETERMINED
				: index.status(t, decided.row());
		return new IndicatorOutcome(indicator, member, status, decided, verdict);
	}

	/** The household's result for a member indicator: any FAIL fails it; unknowns keep it open. */
	private static IndicatorOutcome.Status rollUp(List<IndicatorOutcome> perMember) {
		boolean open = false;
		boolean passed = false;
		for (IndicatorOutcome outcome : perMember) {
			switch (outcome.status()) {
				case FAIL -> {
					return IndicatorOutcome.Status.FAIL;
				}
				case UNDETERMINED -> open = true;
				case PASS -> passed = true;
				default -> {
				}
			}
		}
		return open ? IndicatorOutcome.Status.UNDETERMINED
				: passed ? IndicatorOutcome.Status.PASS : IndicatorOutcome.Status.NOT_APPLICABLE;
	}

	private static String value(IndicatorOutcome.Status status) {
		return status == IndicatorOutcome.Status.UNDETERMINED ? null : status.name();
	}

	private Cell.FeelContext feel(MemberFacts member) {
		if (member == null) {
			if (householdFeel == null) {
				householdFeel = feelOf(null);
			}
			return householdFeel;
		}
		if (memberFeel == null) {
			memberFeel = new Cell.FeelContext[profile.members().size()];
		}
		if (memberFeel[member.index()] == null) {
			memberFeel[member.index()] = feelOf(member);
		}
		return memberFeel[member.index()];
	}

	private Cell.FeelContext feelOf(MemberFacts member) {
		return book.feelContext(() -> {
			Map<String, Object> variables = new HashMap<>(profile.household());
			if (member != null) {
				variables.putAll(member.facts());
			}
			return variables;
		});
	}

}

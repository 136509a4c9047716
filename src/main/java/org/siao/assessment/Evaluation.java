package org.siao.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.survey.Profile;
import org.siao.survey.Profile.MemberFacts;

/**
 * Steps 1 and 2 of an assessment: every indicator table, then every programme table, for the
 * household and for each member. Programme tables read indicator results by code ("INC-3"),
 * as the member's own result or, for the household, rolled up over its members.
 */
final class Evaluation {

	private final RuleBook book;

	private final Profile profile;

	private final List<IndicatorOutcome> indicators = new ArrayList<>();

	private final List<ProgrammeOutcome> programmes = new ArrayList<>();

	// sized for every indicator, so filling them never rehashes
	private final Map<String, String> householdStatus = new HashMap<>(128);

	private final List<Map<String, String>> memberStatus = new ArrayList<>();

	// what a table column reads for the household and for each member: facts, then indicator results
	private final java.util.function.Function<String, Object> householdFacts;

	private final List<java.util.function.Function<String, Object>> memberFacts;

	// one FEEL context per subject, built only if a table has a cell that needs full FEEL
	private final org.siao.rulebook.Cell.FeelContext householdFeel;

	private final List<org.siao.rulebook.Cell.FeelContext> memberFeel;

	private Evaluation(RuleBook book, Profile profile) {
		this.book = book;
		this.profile = profile;
		profile.members().forEach(m -> memberStatus.add(new HashMap<>(128)));
		this.householdFacts = lookup(null);
		this.memberFacts = profile.members().stream().map(this::lookup).toList();
		this.householdFeel = feel(null);
		this.memberFeel = profile.members().stream().map(this::feel).toList();
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
		java.util.function.Function<String, Object> base = member == null ? householdFacts : memberFacts.get(member.index());
		java.util.function.Function<String, Object> facts = name -> answers.containsKey(name) ? answers.get(name) : base.apply(name);
		org.siao.rulebook.Cell.FeelContext feel = book.feelContext(() -> {
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
		return (member == null ? householdFacts : memberFacts.get(member.index())).apply(column);
	}

	private void indicators() {
		BookIndex index = BookIndex.of(book);
		List<RuleTable> tables = book.indicatorTables();
		for (int t = 0; t < tables.size(); t++) {
			RuleTable table = tables.get(t);
			var indicator = index.indicator(t);
			if (table.perMember()) {
				List<IndicatorOutcome> perMember = new ArrayList<>();
				for (MemberFacts member : profile.members()) {
					IndicatorOutcome outcome = indicator(index, t, indicator, member, table.evaluate(memberFacts.get(member.index()), memberFeel.get(member.index())));
					perMember.add(outcome);
					memberStatus.get(member.index()).put(index.code(t), value(outcome.status()));
				}
				indicators.addAll(perMember);
				householdStatus.put(index.code(t), value(rollUp(perMember)));
			}
			else {
				IndicatorOutcome outcome = indicator(index, t, indicator, null, table.evaluate(householdFacts, householdFeel));
				indicators.add(outcome);
				householdStatus.put(index.code(t), value(outcome.status()));
			}
		}
	}

	private void programmes() {
		BookIndex index = BookIndex.of(book);
		List<RuleTable> tables = book.programmeTables();
		for (int t = 0; t < tables.size(); t++) {
			RuleTable table = tables.get(t);
			var programme = index.programme(t);
			if (table.perMember()) {
				for (MemberFacts member : profile.members()) {
					programmes.add(new ProgrammeOutcome(programme, member, table.evaluate(memberFacts.get(member.index()), memberFeel.get(member.index()))));
				}
			}
			else {
				programmes.add(new ProgrammeOutcome(programme, null, table.evaluate(householdFacts, householdFeel)));
			}
		}
	}

	private static IndicatorOutcome indicator(BookIndex index, int t, org.siao.catalogue.Indicator indicator,
			MemberFacts member, RuleTable.Verdict verdict) {
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

	private java.util.function.Function<String, Object> lookup(MemberFacts member) {
		Map<String, Object> household = profile.household();
		if (member == null) {
			return name -> {
				Object fact = household.get(name);
				return fact != null ? fact : householdStatus.get(name);
			};
		}
		Map<String, String> own = memberStatus.get(member.index());
		return name -> {
			Object fact = member.facts().get(name);
			if (fact != null) {
				return fact;
			}
			fact = household.get(name);
			if (fact != null) {
				return fact;
			}
			// a member indicator still open for this member must not borrow the household's result
			return own.containsKey(name) ? own.get(name) : householdStatus.get(name);
		};
	}

	private org.siao.rulebook.Cell.FeelContext feel(MemberFacts member) {
		return book.feelContext(() -> {
			Map<String, Object> variables = new HashMap<>(profile.household());
			if (member != null) {
				variables.putAll(member.facts());
			}
			return variables;
		});
	}

}

package org.siao.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.Tri;
import org.siao.rulebook.plan.Candidate;
import org.siao.rulebook.plan.DeficitFact;
import org.siao.rulebook.plan.PlanResult;
import org.siao.rulebook.plan.Received;
import org.siao.survey.Member;
import org.siao.survey.Survey;

/**
 * Step 3: the eligible rows become candidates, and the plan rules (plan.drl) drop what the
 * household already receives, merge duplicates, keep one of each exclusive group, apply
 * household caps and mark urgent help.
 */
final class PlanStep {

	private PlanStep() {
	}

	/**
	 * {@code standing} holds, by outcome, the programmes that stand for a subject, including
	 * those certain whatever an open question answers, which become candidates at their least amount.
	 */
	static Planned run(RuleBook book, Survey survey, Evaluation evaluation,
			Map<ProgrammeOutcome, OpenAmounts.Standing> standing) {
		List<Candidate> candidates = new ArrayList<>();
		List<ProgrammeOutcome> outcomes = new ArrayList<>();
		// the deficits, found once: every candidate's reasons are looked up among them
		List<IndicatorOutcome> failed = new ArrayList<>();
		for (IndicatorOutcome outcome : evaluation.indicatorOutcomes()) {
			if (outcome.status() == IndicatorOutcome.Status.FAIL) {
				failed.add(outcome);
			}
		}
		for (ProgrammeOutcome outcome : evaluation.programmeOutcomes()) {
			if (!outcome.eligible()) {
				OpenAmounts.Standing certain = standing.isEmpty() ? null : standing.get(outcome);
				if (certain != null) {
					candidates.add(candidate(candidates.size(), outcome, certain.row(), certain.least(), failed));
					outcomes.add(outcome);
				}
				continue;
			}
			// the rows that count under the table's hit policy, each carrying the amount the table pays
			// (a COLLECT SUM pays the sum on every row, and the plan merges them into one offer)
			boolean aggregates = outcome.verdict().table().policy().aggregates();
			for (RuleTable.RowCheck hit : outcome.verdict().counted()) {
				Object amount = aggregates ? outcome.verdict().answer().map(a -> a.value()).orElse(null) : hit.row().output();
				candidates.add(candidate(candidates.size(), outcome, hit,
						amount == null ? null : ((java.math.BigDecimal) amount).longValue(), failed));
				outcomes.add(outcome);
			}
		}
		List<Received> received = new ArrayList<>();
		survey.receives().forEach(code -> received.add(new Received(code, null)));
		for (Member member : survey.members()) {
			member.receives().forEach(code -> received.add(new Received(code, member.id())));
		}
		List<DeficitFact> deficits = new ArrayList<>(failed.size());
		for (IndicatorOutcome outcome : failed) {
			deficits.add(new DeficitFact(outcome.deficitId(), outcome.indicator().code(),
					outcome.member() == null ? null : outcome.member().id(), outcome.indicator().urgent()));
		}
		return new Planned(book.plan(candidates, received, deficits), outcomes);
	}

	/**
	 * What the plan rules concluded, and the table result each candidate came from (by its
	 * {@link Candidate#order()}), so the writer finds a candidate's row without looking its table
	 * and member up by name.
	 */
	record Planned(PlanResult result, List<ProgrammeOutcome> outcomes) {

		ProgrammeOutcome outcome(Candidate candidate) {
			return outcomes.get(candidate.order());
		}

	}

	private static Candidate candidate(int order, ProgrammeOutcome outcome, RuleTable.RowCheck hit, Long amount,
			List<IndicatorOutcome> failed) {
		Programme p = outcome.programme();
		boolean household = p.scope() == Programme.Scope.HOUSEHOLD;
		String memberId = outcome.member() == null ? null : outcome.member().id();
		return new Candidate(order, p.code(), memberId, household ? Candidate.HOUSEHOLD : memberId, household,
				amount, p.priority(), p.exclusiveGroup(),
				p.householdCap() == null ? null : p.householdCap().longValue(), because(hit, outcome, failed),
				outcome.verdict().table().name(), hit.row().number());
	}

	/**
	 * The deficits a row answers: its indicator columns that asked for, and found, "FAIL"; and the
	 * member's deficits the catalogue says the programme answers.
	 */
	private static List<String> because(RuleTable.RowCheck hit, ProgrammeOutcome outcome, List<IndicatorOutcome> failed) {
		Set<String> ids = new LinkedHashSet<>();
		for (IndicatorOutcome deficit : failed) {
			if (outcome.programme().answers().contains(deficit.indicator().code())
					&& (deficit.member() == null ? outcome.member() == null
							: outcome.member() != null && deficit.member().index() == outcome.member().index())) {
				ids.add(deficit.deficitId());
			}
		}
		for (RuleTable.CellCheck cell : hit.cells()) {
			if (cell.state() != Tri.TRUE || !"FAIL".equals(cell.value())) {
				continue;
			}
			String code = cell.column().name();
			for (IndicatorOutcome deficit : failed) {
				if (deficit.indicator().code().equals(code)
						&& (deficit.member() == null || outcome.member() == null
								|| deficit.member().index() == outcome.member().index())) {
					ids.add(deficit.deficitId());
				}
			}
		}
		return List.copyOf(ids);
	}

}

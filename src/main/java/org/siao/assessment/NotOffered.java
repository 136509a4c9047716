package org.siao.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.plan.Candidate;
import org.siao.rulebook.plan.Dropped;
import org.siao.rulebook.plan.PlanResult;
import org.siao.rulebook.plan.Superseded;
import org.siao.survey.Fact;

/**
 * Programmes the household is not offered, and why: set aside by the plan, missed on one
 * condition, or open until a question is answered. Programmes already offered or set aside are
 * "settled" and not repeated here.
 */
final class NotOffered {

	private final RuleBook book;

	private final Evaluation evaluation;

	private final PlanResult plan;

	private final Wording words;

	private final Explanations explain;

	private final OpenQuestions questions;

	private final Receipts receipts;

	NotOffered(RuleBook book, Evaluation evaluation, PlanResult plan, Wording words, Explanations explain,
			OpenQuestions questions, Receipts receipts) {
		this.receipts = receipts;
		this.book = book;
		this.evaluation = evaluation;
		this.plan = plan;
		this.words = words;
		this.explain = explain;
		this.questions = questions;
	}

	List<Assessment.SetAside> setAside() {
		Map<String, Assessment.SetAside> out = new java.util.TreeMap<>();
		for (Dropped d : plan.dropped()) {
			String member = d.candidate().householdScope() ? null : d.candidate().memberId();
			out.putIfAbsent(d.candidate().programme() + "@" + member, new Assessment.SetAside(d.candidate().programme(),
					name(d.candidate().programme()), member, words.word("alreadyReceived")));
		}
		for (Superseded s : plan.superseded()) {
			String member = Candidate.HOUSEHOLD.equals(s.offer().beneficiary()) ? null : s.offer().beneficiary();
			out.putIfAbsent(s.offer().programme() + "@" + member, new Assessment.SetAside(s.offer().programme(),
					name(s.offer().programme()), member, words.word("superseded", name(s.by()))));
		}
		return new ArrayList<>(out.values());
	}

	List<Assessment.NearMiss> nearMisses(Set<String> settled) {
		Map<String, Assessment.NearMiss> out = new LinkedHashMap<>();
		for (ProgrammeOutcome outcome : evaluation.programmeOutcomes()) {
			if (outcome.verdict().nearMisses().isEmpty() || outcome.eligible() || outcome.undetermined()
					|| !explain.mayTellNearMiss(outcome.verdict().table())) {
				continue; // nothing to say, so nothing to look up (most outcomes)
			}
			// the first row missed on a condition the official can act on; the checks below make keys, so they come after
			RuleTable.RowCheck row = firstActionable(outcome.verdict().nearMisses());
			if (row == null) {
				continue;
			}
			Programme p = outcome.programme();
			String member = p.scope() == Programme.Scope.HOUSEHOLD || outcome.member() == null ? null : outcome.member().id();
			String id = p.code() + "@" + member;
			if (out.containsKey(id) || receipts.receives(p, outcome.member()) || settled.contains(id)
					|| (p.scope() == Programme.Scope.HOUSEHOLD && settledAnywhere(settled, p.code()))) {
				continue;
			}
			Assessment.Condition condition = explain.condition(row.failed());
			out.put(id, new Assessment.NearMiss(p.code(), p.name().in(words.language()), member, condition,
					words.word("notEligible", condition.text()), explain.cite(outcome.verdict().table(), row.row())));
		}
		return new ArrayList<>(out.values());
	}

	/** The first row missed only on a fact the official can act on or explain (Fact#nearMiss), null when none is. */
	private static RuleTable.RowCheck firstActionable(List<RuleTable.RowCheck> nearMisses) {
		for (RuleTable.RowCheck row : nearMisses) {
			if (Fact.named(row.failed().column().name()).map(Fact::nearMiss).orElse(false)) {
				return row;
			}
		}
		return null;
	}

	/**
	 * What an unanswered question keeps open, each with the questions that would settle it. A
	 * programme the household receives, or that is offered or set aside already, is not open; a
	 * household programme is open once, whichever members it was asked for; a result no question
	 * the form puts to that member can settle is not listed.
	 */
	List<Assessment.Undetermined> undetermined(Set<String> settled) {
		List<Assessment.Undetermined> out = new ArrayList<>();
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			if (o.status() == IndicatorOutcome.Status.UNDETERMINED) {
				List<String> fields = paths(questions.fieldsFor(o.verdict(), o.member(), 0, o.indicator().urgent()));
				if (!fields.isEmpty()) {
					out.add(new Assessment.Undetermined("INDICATOR", o.indicator().code(), o.indicator().name().in(words.language()),
							o.member() == null ? null : o.member().id(), fields));
				}
			}
		}
		Map<String, Set<String>> open = new LinkedHashMap<>();
		Map<String, Assessment.Undetermined> first = new LinkedHashMap<>();
		for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
			if (!o.undetermined()) {
				continue; // most outcomes: no key to make
			}
			Programme p = o.programme();
			String member = p.scope() == Programme.Scope.HOUSEHOLD || o.member() == null ? null : o.member().id();
			String id = p.code() + "@" + member;
			if (settled.contains(id) || receipts.receives(p, o.member())
					|| (p.scope() == Programme.Scope.HOUSEHOLD && settledAnywhere(settled, p.code()))) {
				continue;
			}
			long money = MoneyTotals.perYear(p, most(o.verdict()));
			List<String> fields = paths(questions.fieldsFor(o.verdict(), o.member(), money, p.urgent() != null));
			if (fields.isEmpty()) {
				continue;
			}
			open.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>()).addAll(fields);
			first.putIfAbsent(id, new Assessment.Undetermined("PROGRAMME", p.code(), p.name().in(words.language()), member, List.of()));
		}
		first.forEach((id, u) -> out.add(new Assessment.Undetermined(u.kind(), u.code(), u.name(), u.member(), List.copyOf(open.get(id)))));
		return out;
	}

	/** The most a programme's open rows could pay, null when none pays money. */
	private static Long most(RuleTable.Verdict verdict) {
		Long most = null;
		for (RuleTable.RowCheck row : verdict.pending()) {
			if (row.row().output() instanceof java.math.BigDecimal n && (most == null || n.longValue() > most)) {
				most = n.longValue();
			}
		}
		return most;
	}

	private static boolean settledAnywhere(Set<String> settled, String code) {
		return settled.contains(code);
	}

	private static List<String> paths(List<OpenQuestions.Field> fields) {
		List<String> paths = new ArrayList<>(fields.size());
		for (OpenQuestions.Field field : fields) {
			if (!paths.contains(field.path())) {
				paths.add(field.path());
			}
		}
		return java.util.Collections.unmodifiableList(paths);
	}

	private String name(String programme) {
		return book.catalogue().programme(programme).map(p -> p.name().in(words.language())).orElse(programme);
	}

}

package org.siao.assessment;

import java.util.ArrayList;
import java.util.HashSet;
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

	NotOffered(RuleBook book, Evaluation evaluation, PlanResult plan, Wording words, Explanations explain,
			OpenQuestions questions) {
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
			Programme p = outcome.programme();
			String member = p.scope() == Programme.Scope.HOUSEHOLD || outcome.member() == null ? null : outcome.member().id();
			if (outcome.eligible() || outcome.undetermined() || settled.contains(p.code() + "@" + member)
					|| (p.scope() == Programme.Scope.HOUSEHOLD && settledAnywhere(settled, p.code()))) {
				continue;
			}
			for (RuleTable.RowCheck row : outcome.verdict().nearMisses()) {
				RuleTable.CellCheck failed = row.failed();
				boolean actionable = Fact.named(failed.column().name()).map(Fact::nearMiss).orElse(false);
				if (actionable) {
					Assessment.Condition condition = explain.condition(failed);
					out.putIfAbsent(p.code() + "@" + member, new Assessment.NearMiss(p.code(), p.name().in(words.language()),
							member, condition, words.word("notEligible", condition.text()),
							Explanations.ref(outcome.verdict().table(), row.row())));
				}
			}
		}
		return new ArrayList<>(out.values());
	}

	List<Assessment.Undetermined> undetermined(Set<String> settled) {
		List<Assessment.Undetermined> out = new ArrayList<>();
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			if (o.status() == IndicatorOutcome.Status.UNDETERMINED) {
				out.add(new Assessment.Undetermined("INDICATOR", o.indicator().code(), o.indicator().name().in(words.language()),
						o.member() == null ? null : o.member().id(), paths(questions.fieldsFor(o.verdict(), o.member()))));
			}
		}
		Set<String> seen = new HashSet<>();
		for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
			Programme p = o.programme();
			String member = p.scope() == Programme.Scope.HOUSEHOLD || o.member() == null ? null : o.member().id();
			if (!o.undetermined() || settled.contains(p.code() + "@" + member)
					|| (p.scope() == Programme.Scope.HOUSEHOLD && settledAnywhere(settled, p.code()))) {
				continue;
			}
			List<String> fields = paths(questions.fieldsFor(o.verdict(), o.member()));
			if (seen.add(p.code() + "@" + member + fields)) {
				out.add(new Assessment.Undetermined("PROGRAMME", p.code(), p.name().in(words.language()), member, fields));
			}
		}
		return out;
	}

	private static boolean settledAnywhere(Set<String> settled, String code) {
		return settled.contains(code);
	}

	private static List<String> paths(List<OpenQuestions.Field> fields) {
		return fields.stream().map(OpenQuestions.Field::path).distinct().toList();
	}

	private String name(String programme) {
		return book.catalogue().programme(programme).map(p -> p.name().in(words.language())).orElse(programme);
	}

}

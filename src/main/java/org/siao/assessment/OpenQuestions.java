package org.siao.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siao.rulebook.RuleTable;
import org.siao.rulebook.Tri;
import org.siao.survey.Fact;
import org.siao.survey.Profile.MemberFacts;

/**
 * Unknown is not false: this finds, for every open result, the survey fields that would settle
 * it, following an open indicator into the facts it waits on, and ranks the questions by how many
 * results each would settle.
 */
final class OpenQuestions {

	private final Evaluation evaluation;

	private final Map<Field, Integer> settles = new LinkedHashMap<>();

	OpenQuestions(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	/** A survey field to ask about, for the household (member null) or one member. */
	record Field(String path, String fact, MemberFacts member) {
	}

	/** The fields one open result waits on; each call also counts toward the ranking. */
	List<Field> fieldsFor(RuleTable.Verdict verdict, MemberFacts member) {
		Set<Field> fields = new LinkedHashSet<>();
		collect(verdict, member, fields, 0);
		fields.forEach(f -> settles.merge(f, 1, Integer::sum));
		return new ArrayList<>(fields);
	}

	List<Map.Entry<Field, Integer>> ranked(int limit) {
		return settles.entrySet().stream()
			.sorted(Map.Entry.<Field, Integer>comparingByValue().reversed())
			.limit(limit)
			.toList();
	}

	private void collect(RuleTable.Verdict verdict, MemberFacts member, Set<Field> fields, int depth) {
		for (RuleTable.RowCheck row : openRows(verdict)) {
			for (RuleTable.CellCheck cell : row.cells()) {
				if (cell.state() != Tri.UNKNOWN) {
					continue;
				}
				String column = cell.column().name();
				var fact = Fact.named(column);
				if (fact.isPresent()) {
					fields.add(field(fact.get(), member));
				}
				else if (depth < 2) {
					for (IndicatorOutcome open : evaluation.indicatorOutcomes()) {
						if (open.indicator().code().equals(column) && open.status() == IndicatorOutcome.Status.UNDETERMINED
								&& (member == null || open.member() == null || open.member().index() == member.index())) {
							collect(open.verdict(), open.member(), fields, depth + 1);
						}
					}
				}
			}
		}
	}

	/** Rows that could still change the result: for FIRST tables, only those above the first match. */
	private static List<RuleTable.RowCheck> openRows(RuleTable.Verdict verdict) {
		if (!verdict.table().hitPolicy().equals("FIRST") || verdict.matched().isEmpty()) {
			return verdict.pending();
		}
		int first = verdict.matched().get(0).row().number();
		return verdict.pending().stream().filter(p -> p.row().number() < first).toList();
	}

	private static Field field(Fact fact, MemberFacts member) {
		if (fact.level() == Fact.Level.MEMBER && member != null) {
			return new Field("members[" + member.index() + "]." + fact.field(), fact.factName(), member);
		}
		return new Field(fact.field(), fact.factName(), null);
	}

}

package org.siao.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * Unknown is not false: this finds, for every open result, the survey fields that could still
 * settle or change it: the unknown cells of rows no answer has ruled out, following an open
 * indicator into the facts it waits on. A field is worth asking only for a member whose rows are
 * still open, and is not put to members the form does not ask ({@link AskedOf}): the result then
 * stays open on it, but the question is not ranked. Questions are ranked by
 * what they can change for the family: money at stake, then urgency, then how many results they settle.
 */
final class OpenQuestions {

	private final Evaluation evaluation;

	private final Map<Field, Stake> stakes = new LinkedHashMap<>();

	OpenQuestions(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	/** A survey field to ask about, for the household (member null) or one member. */
	record Field(String path, String fact, MemberFacts member) {

		// the path names the member: hashing it alone spares hashing every fact of the member's
		@Override
		public int hashCode() {
			return path.hashCode() * 31 + fact.hashCode();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Field f && path.equals(f.path) && fact.equals(f.fact)
					&& (member == f.member || java.util.Objects.equals(member, f.member));
		}

	}

	// "members[2].inSchool" by field and member's place, made once: the same paths come up in every household
	private static final java.util.concurrent.ConcurrentHashMap<String, String[]> MEMBER_PATHS = new java.util.concurrent.ConcurrentHashMap<>();

	private static String memberPath(int index, String field) {
		String[] paths = MEMBER_PATHS.get(field);
		if (paths == null || index >= paths.length) {
			String[] grown = new String[Math.max(index + 1, 16)];
			if (paths != null) {
				System.arraycopy(paths, 0, grown, 0, paths.length);
			}
			paths = grown;
			MEMBER_PATHS.put(field, paths);
		}
		String path = paths[index];
		if (path == null) {
			// a race may make it twice, or lose a slot to a growing array: either way the same text
			path = "members[" + index + "]." + field;
			paths[index] = path;
		}
		return path;
	}

	/** What answering a field can change: how many open results, the most baht a year, and whether help is urgent. */
	record Stake(int settles, long moneyPerYear, boolean urgent) {

		Stake with(long money, boolean urgentToo) {
			return new Stake(settles + 1, Math.max(moneyPerYear, money), urgent || urgentToo);
		}

	}

	/**
	 * The fields one open result waits on, counted toward the ranking with what the result is
	 * worth: {@code moneyPerYear} baht a year, {@code urgent} when it is help that comes first.
	 */
	List<Field> fieldsFor(RuleTable.Verdict verdict, MemberFacts member, long moneyPerYear, boolean urgent) {
		Set<Field> fields = new LinkedHashSet<>();
		boolean[] urgentChain = {urgent};
		collect(verdict, member, fields, 0, urgentChain);
		// the result stays open on every field its rows read; only those the form asks of the member are ranked
		fields.stream().filter(OpenQuestions::asked).forEach(f -> count(f, moneyPerYear, urgentChain[0]));
		return new ArrayList<>(fields);
	}

	/** The fields of some columns only: those that decide the amount of a programme already certain. */
	List<Field> fieldsOf(Collection<String> columns, MemberFacts member, long moneyPerYear, boolean urgent) {
		Set<Field> fields = new LinkedHashSet<>();
		for (String column : columns) {
			Fact.named(column).ifPresent(fact -> add(fact, member, fields));
		}
		fields.stream().filter(OpenQuestions::asked).forEach(f -> count(f, moneyPerYear, urgent));
		return new ArrayList<>(fields);
	}

	private static boolean asked(Field field) {
		return AskedOf.asked(field.fact(), field.member());
	}

	/** The questions worth asking, most worth first. */
	List<Map.Entry<Field, Stake>> ranked(int limit) {
		return stakes.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Field, Stake> e) -> -e.getValue().moneyPerYear())
				.thenComparing(e -> !e.getValue().urgent())
				.thenComparing(e -> -e.getValue().settles()))
			.limit(limit)
			.toList();
	}

	private void count(Field field, long money, boolean urgent) {
		stakes.merge(field, new Stake(1, money, urgent), (a, b) -> a.with(b.moneyPerYear(), b.urgent()));
	}

	private void collect(RuleTable.Verdict verdict, MemberFacts member, Set<Field> fields, int depth, boolean[] urgent) {
		for (RuleTable.RowCheck row : openRows(verdict)) {
			for (RuleTable.CellCheck cell : row.cells()) {
				if (cell.state() != Tri.UNKNOWN) {
					continue;
				}
				String column = cell.column().name();
				var fact = Fact.named(column);
				if (fact.isPresent()) {
					add(fact.get(), member, fields);
				}
				else if (depth < 2) {
					for (IndicatorOutcome open : evaluation.indicatorOutcomes()) {
						if (open.indicator().code().equals(column) && open.status() == IndicatorOutcome.Status.UNDETERMINED
								&& (member == null || open.member() == null || open.member().index() == member.index())) {
							urgent[0] |= open.indicator().urgent() && "FAIL".equals(cellValue(cell));
							collect(open.verdict(), open.member(), fields, depth + 1, urgent);
						}
					}
				}
			}
		}
	}

	private static Object cellValue(RuleTable.CellCheck cell) {
		return cell.cell().text().replace("\"", "");
	}

	/** Rows that could still change the result: for FIRST tables, only those above the first match. */
	private static List<RuleTable.RowCheck> openRows(RuleTable.Verdict verdict) {
		if (verdict.table().policy() != org.siao.rulebook.HitPolicy.FIRST || verdict.matched().isEmpty()) {
			return verdict.pending();
		}
		int first = verdict.matched().get(0).row().number();
		return verdict.pending().stream().filter(p -> p.row().number() < first).toList();
	}

	private void add(Fact fact, MemberFacts member, Set<Field> fields) {
		if (fact.level() == Fact.Level.MEMBER && member != null) {
			fields.add(new Field(memberPath(member.index(), fact.field()), fact.factName(), member));
		}
		else if (fact.field().startsWith("members[].")) {
			// a household count of members (card holders): ask each member whose answer is missing
			String field = fact.field().substring("members[].".length());
			for (MemberFacts m : evaluation.profile().members()) {
				if (m.facts().get(field) == null && !Boolean.FALSE.equals(m.facts().get("disabled"))) {
					fields.add(new Field(memberPath(m.index(), field), field, m));
				}
			}
		}
		else {
			fields.add(new Field(fact.field(), fact.factName(), null));
		}
	}

}

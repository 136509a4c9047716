package org.siao.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.siao.rulebook.RuleTable;
import org.siao.rulebook.Tri;

/**
 * Whether a programme is certain although a question is open, and how much it can pay. When every
 * answer the open questions can get leads to a matching row (disability allowance: 1,000 baht with
 * a welfare card, 800 without), the programme is recommended with the amount as a range, and the
 * question is still asked, for the amount.
 */
final class OpenAmounts {

	// more open answers than this are not worth trying one by one: the programme stays open
	private static final int MOST_OPEN_COLUMNS = 3;

	private static final int MOST_COMBINATIONS = 16;

	private final Evaluation evaluation;

	OpenAmounts(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	/**
	 * A programme result that stands: the row that speaks for it, its least and most amount (null
	 * when not money), and the columns whose answer decides the amount.
	 */
	record Standing(RuleTable.RowCheck row, Long least, Long most, Set<String> deciding) {

		boolean open() {
			return !deciding.isEmpty();
		}

	}

	/** Empty when the programme is not (or not yet certainly) for this subject. */
	Optional<Standing> of(ProgrammeOutcome outcome) {
		RuleTable.Verdict verdict = outcome.verdict();
		if (outcome.eligible()) {
			RuleTable.RowCheck first = verdict.matched().get(0);
			Long amount = amount(verdict);
			return Optional.of(new Standing(first, amount, amount, Set.of()));
		}
		// one open row cannot match whatever the answers: its unknown cells each want some answers only
		if (verdict.pending().size() < 2) {
			return Optional.empty();
		}
		List<String> open = openColumns(verdict.pending());
		if (open.isEmpty() || open.size() > MOST_OPEN_COLUMNS) {
			return Optional.empty();
		}
		List<List<Object>> domains = new ArrayList<>();
		for (String column : open) {
			Optional<List<Object>> domain = SurveyFields.domain(column);
			if (domain.isEmpty()) {
				return Optional.empty();
			}
			domains.add(domain.get());
		}
		if (domains.stream().mapToLong(List::size).reduce(1, (x, y) -> x * y) > MOST_COMBINATIONS) {
			return Optional.empty();
		}
		Long least = null;
		Long most = null;
		boolean money = false;
		for (Map<String, Object> answers : combinations(open, domains)) {
			RuleTable.Verdict possible = evaluation.whatIf(verdict.table(), outcome.member(), answers);
			if (possible.matched().isEmpty()) {
				return Optional.empty();
			}
			Long amount = amount(possible);
			if (amount != null) {
				money = true;
				least = least == null ? amount : Math.min(least, amount);
				most = most == null ? amount : Math.max(most, amount);
			}
		}
		// open columns that cannot change the amount are not worth a question for this programme
		Set<String> deciding = money && !least.equals(most) ? new LinkedHashSet<>(decidingColumns(outcome, open, domains))
				: Set.of();
		return Optional.of(new Standing(verdict.pending().get(0), least, most, Set.copyOf(deciding)));
	}

	/** The columns two of whose answers lead to different amounts (all open ones when that cannot be told apart). */
	private List<String> decidingColumns(ProgrammeOutcome outcome, List<String> open, List<List<Object>> domains) {
		List<String> deciding = new ArrayList<>();
		for (int c = 0; c < open.size(); c++) {
			Set<Long> amounts = new LinkedHashSet<>();
			for (Object value : domains.get(c)) {
				Map<String, Object> answer = new HashMap<>();
				answer.put(open.get(c), value);
				RuleTable.Verdict possible = evaluation.whatIf(outcome.verdict().table(), outcome.member(), answer);
				amounts.add(possible.matched().isEmpty() || !possible.pending().isEmpty() ? null : amount(possible));
			}
			if (amounts.size() > 1) {
				deciding.add(open.get(c));
			}
		}
		return deciding.isEmpty() ? open : deciding;
	}

	/** The amount a matched verdict pays under the table's hit policy (a COLLECT SUM adds its rows). */
	static Long amount(RuleTable.Verdict verdict) {
		return verdict.answer().map(a -> a.value() instanceof BigDecimal n ? n.longValue() : null).orElse(null);
	}

	private static List<String> openColumns(List<RuleTable.RowCheck> rows) {
		Set<String> columns = new LinkedHashSet<>();
		for (RuleTable.RowCheck row : rows) {
			for (RuleTable.CellCheck cell : row.cells()) {
				if (cell.state() == Tri.UNKNOWN) {
					columns.add(cell.column().name());
				}
			}
		}
		return new ArrayList<>(columns);
	}

	private static List<Map<String, Object>> combinations(List<String> columns, List<List<Object>> domains) {
		List<Map<String, Object>> out = new ArrayList<>();
		out.add(new HashMap<>());
		for (int c = 0; c < columns.size(); c++) {
			List<Map<String, Object>> next = new ArrayList<>();
			for (Map<String, Object> partial : out) {
				for (Object value : domains.get(c)) {
					Map<String, Object> more = new HashMap<>(partial);
					more.put(columns.get(c), value);
					next.add(more);
				}
			}
			out = next;
		}
		return out;
	}

}

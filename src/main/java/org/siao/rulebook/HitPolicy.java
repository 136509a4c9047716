package org.siao.rulebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hit policies Siao evaluates, each as DMN 1.5 (§8.2.11) specifies it: which of the matched
 * rows count, and what the table answers. A table that declares any other policy is refused when
 * the rules load, so no table ever runs under a policy other than the one it declares.
 *
 * <p>For a programme table the answer is the amount it pays (in the unit of the catalogue's
 * {@code per}); for an indicator table it is {@code "PASS"}, {@code "FAIL"} or
 * {@code "NOT_APPLICABLE"}.
 */
public enum HitPolicy {

	/** At most one row may match; two matching rows are an error (no answer). */
	UNIQUE("UNIQUE", false),

	/** Several rows may match if they all give the same output (that output); differing outputs are an error. */
	ANY("ANY", false),

	/** The first matching row in table order; the rows below it do not count. */
	FIRST("FIRST", false),

	/** Every matching row counts; the table pays the sum of their amounts. */
	COLLECT_SUM("COLLECT SUM", true),

	/** Every matching row counts; the table pays the smallest of their amounts. */
	COLLECT_MIN("COLLECT MIN", true),

	/** Every matching row counts; the table pays the largest of their amounts. */
	COLLECT_MAX("COLLECT MAX", true);

	/** What the refusal suggests: every policy Siao evaluates, as a table declares it. */
	static final String SUPPORTED = "UNIQUE, ANY, FIRST, or for programme tables COLLECT SUM, COLLECT MIN, COLLECT MAX";

	private final String declared;

	private final boolean aggregates;

	HitPolicy(String declared, boolean aggregates) {
		this.declared = declared;
		this.aggregates = aggregates;
	}

	/** The policy as the table declares it ("COLLECT SUM"). */
	public String declared() {
		return declared;
	}

	/** True when every matched row counts and the answer is an amount computed from all of them. */
	public boolean aggregates() {
		return aggregates;
	}

	/**
	 * The policy a table declares, or empty with the reason Siao does not evaluate it.
	 * @param hitPolicy the DMN {@code hitPolicy} attribute (UNIQUE when absent)
	 * @param aggregation the DMN {@code aggregation} attribute of a COLLECT table, or null
	 */
	static Choice of(String hitPolicy, String aggregation, boolean indicatorTable) {
		String policy = hitPolicy == null ? "UNIQUE" : hitPolicy.replace('_', ' ');
		String declaredAs = aggregation == null ? policy : policy + " " + aggregation;
		HitPolicy found = switch (declaredAs) {
			case "UNIQUE" -> UNIQUE;
			case "ANY" -> ANY;
			case "FIRST" -> FIRST;
			case "COLLECT SUM" -> COLLECT_SUM;
			case "COLLECT MIN" -> COLLECT_MIN;
			case "COLLECT MAX" -> COLLECT_MAX;
			default -> null;
		};
		if (found == null) {
			return new Choice(null, "declares the hit policy " + declaredAs + why(declaredAs) + "; Siao evaluates "
					+ SUPPORTED + ": use one of these");
		}
		if (found.aggregates && indicatorTable) {
			return new Choice(null, "declares the hit policy " + declaredAs
					+ ", which adds up amounts; an indicator answers PASS, FAIL or NOT_APPLICABLE: use UNIQUE, ANY or FIRST");
		}
		return new Choice(found, null);
	}

	private static String why(String declaredAs) {
		return switch (declaredAs) {
			case "COLLECT" -> " (a list of every matching row's output, not one answer)";
			case "COLLECT COUNT" -> " (the number of matching rows, not an amount)";
			case "RULE ORDER", "OUTPUT ORDER" -> " (a list of outputs, not one answer)";
			case "PRIORITY" -> " (which needs a ranked list of output values)";
			default -> "";
		};
	}

	/** A declared policy, or the reason it is refused. */
	record Choice(HitPolicy policy, String refusal) {
	}

	/**
	 * The matched rows that stand behind the answer, in table order: none when the policy's
	 * rule is broken (two rows of a UNIQUE table, differing outputs in an ANY table).
	 */
	public <R> List<R> counted(List<R> matched, java.util.function.Function<R, Object> output) {
		if (matched.isEmpty()) {
			return List.of();
		}
		return switch (this) {
			case UNIQUE -> matched.size() == 1 ? matched : List.of();
			case ANY -> allAgree(matched, output) ? matched : List.of();
			case FIRST -> matched.subList(0, 1);
			case COLLECT_SUM -> matched;
			// the rows paying the smallest (largest) amount stand behind a MIN (MAX)
			case COLLECT_MIN, COLLECT_MAX -> {
				BigDecimal best = (BigDecimal) answer(matched.stream().map(output).toList()).orElseThrow().value();
				yield matched.stream().filter(r -> ((BigDecimal) output.apply(r)).compareTo(best) == 0).toList();
			}
		};
	}

	private static <R> boolean allAgree(List<R> matched, java.util.function.Function<R, Object> output) {
		Object first = output.apply(matched.get(0));
		for (int i = 1; i < matched.size(); i++) {
			if (!Objects.equals(output.apply(matched.get(i)), first)) {
				return false;
			}
		}
		return true;
	}

	/** True when the matched rows break this policy's rule, so the table has no answer (DMN: an error). */
	public <R> boolean conflict(List<R> matched, java.util.function.Function<R, Object> output) {
		return !matched.isEmpty() && counted(matched, output).isEmpty();
	}

	/**
	 * The table's answer from its matched rows' outputs, in table order: empty when no row
	 * matched or the policy's rule is broken. An empty optional and a present null differ: a
	 * matching row of a non-cash programme answers null.
	 */
	public Optional<Answer> answer(List<Object> outputs) {
		if (outputs.isEmpty()) {
			return Optional.empty();
		}
		if (!aggregates) {
			List<Object> counted = counted(outputs, o -> o);
			return counted.isEmpty() ? Optional.empty() : Optional.of(new Answer(counted.get(0)));
		}
		BigDecimal result = null;
		for (Object output : outputs) {
			BigDecimal amount = (BigDecimal) output;
			result = result == null ? amount : switch (this) {
				case COLLECT_SUM -> result.add(amount);
				case COLLECT_MIN -> result.min(amount);
				default -> result.max(amount);
			};
		}
		return Optional.of(new Answer(result));
	}

	/** One table answer; {@code value} may be null (a non-cash programme). */
	public record Answer(Object value) {
	}

}

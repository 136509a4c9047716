package org.siao.rulebook;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kie.dmn.feel.lang.EvaluationContext;
import org.kie.dmn.feel.runtime.UnaryTest;

/**
 * One input entry of a rule row, compiled. Unknown facts get three-valued logic: a cell on an
 * unknown fact is {@link Tri#UNKNOWN} unless the cell is {@code -} or speaks about {@code null}
 * itself, so a missing answer is never read as a "no".
 */
public final class Cell {

	private static final Pattern MENTIONS_NULL = Pattern.compile("\\bnull\\b");

	private final String text;

	private final boolean any;

	private final boolean aboutNull;

	private final CellTest nativeTest;

	private final List<UnaryTest> feelTests;

	private Cell(String text, CellTest nativeTest, List<UnaryTest> feelTests) {
		this.text = text.trim();
		this.any = this.text.equals("-") || this.text.isEmpty();
		this.aboutNull = MENTIONS_NULL.matcher(this.text).find();
		this.nativeTest = nativeTest;
		this.feelTests = feelTests;
	}

	static Cell any() {
		return new Cell("-", null, List.of());
	}

	static Cell nativeCell(String text, CellTest test) {
		return new Cell(text, test, List.of());
	}

	static Cell feelCell(String text, List<UnaryTest> tests) {
		return new Cell(text, null, List.copyOf(tests));
	}

	public String text() {
		return text;
	}

	public boolean isAny() {
		return any;
	}

	/** True when the cell runs on the FEEL engine rather than as a compiled {@link CellTest}. */
	boolean usesFeel() {
		return !any && nativeTest == null;
	}

	/** The compiled shape, for wording the condition in Thai or English; null for FEEL-only cells. */
	public CellTest shape() {
		return nativeTest;
	}

	Tri evaluate(Object value, FeelContext feel) {
		if (any) {
			return Tri.TRUE;
		}
		if (value == null && !aboutNull) {
			return Tri.UNKNOWN;
		}
		if (nativeTest != null) {
			return CellTests.holds(nativeTest, value) ? Tri.TRUE : Tri.FALSE;
		}
		EvaluationContext context = feel.context();
		for (UnaryTest test : feelTests) {
			if (Boolean.TRUE.equals(test.apply(context, value))) {
				return Tri.TRUE;
			}
		}
		return Tri.FALSE;
	}

	/** A FEEL evaluation context over one subject's facts, built only when a FEEL-only cell needs it. */
	public interface FeelContext {

		EvaluationContext context();

		static FeelContext lazy(org.kie.dmn.feel.lang.impl.FEELImpl feel, java.util.function.Supplier<Map<String, Object>> variables) {
			return new FeelContext() {
				private EvaluationContext context;

				@Override
				public EvaluationContext context() {
					if (context == null) {
						context = feel.newEvaluationContext(List.of(), variables.get());
					}
					return context;
				}
			};
		}

	}

}

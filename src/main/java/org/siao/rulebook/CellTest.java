package org.siao.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A DMN input entry in the common shapes policy tables use ({@code < 38000}, {@code [60..69]},
 * {@code "FAIL"}, {@code not(...)}), compiled to plain Java. Entries outside these shapes run on
 * the KIE FEEL engine instead (see {@link Cell}); a test proves both agree with the DMN runtime.
 * <p>
 * The shapes are typed all the way to the answer's wording: a comparison carries its
 * {@link Operator}, not its FEEL text, and a bound is a {@link BigDecimal}, {@link LocalDate},
 * {@link String} or {@link Boolean} as the table wrote it.
 */
public sealed interface CellTest {

	boolean test(Object value);

	/** Any of several tests: FEEL's comma. */
	record AnyOf(List<CellTest> tests) implements CellTest {

		public AnyOf {
			tests = List.copyOf(tests);
		}

		public boolean test(Object value) {
			for (CellTest t : tests) {
				if (t.test(value)) {
					return true;
				}
			}
			return false;
		}

	}

	record Not(CellTest inner) implements CellTest {
		public boolean test(Object value) {
			return !inner.test(value);
		}
	}

	/** FEEL's {@code null}: the answer is missing. */
	record IsNull() implements CellTest {
		public boolean test(Object value) {
			return value == null;
		}
	}

	record EqualTo(Object expected) implements CellTest {
		public boolean test(Object value) {
			if (value instanceof BigDecimal n && expected instanceof BigDecimal e) {
				return n.compareTo(e) == 0;
			}
			return expected.equals(value);
		}
	}

	/** How a comparison cell compares; {@code symbol} is its FEEL spelling. */
	enum Operator {

		BELOW("<"), AT_MOST("<="), ABOVE(">"), AT_LEAST(">=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		static Operator of(String symbol) {
			for (Operator o : values()) {
				if (o.symbol.equals(symbol)) {
					return o;
				}
			}
			throw new IllegalArgumentException(symbol);
		}

		boolean holds(int comparison) {
			return switch (this) {
				case BELOW -> comparison < 0;
				case AT_MOST -> comparison <= 0;
				case ABOVE -> comparison > 0;
				case AT_LEAST -> comparison >= 0;
			};
		}

	}

	record Compare(Operator operator, Object bound) implements CellTest {
		public boolean test(Object value) {
			Integer c = compare(value, bound);
			return c != null && operator.holds(c);
		}
	}

	/** {@code [low..high]}, each end included or not. */
	record Range(Object low, boolean lowIncluded, Object high, boolean highIncluded) implements CellTest {
		public boolean test(Object value) {
			Integer lo = compare(value, low);
			Integer hi = compare(value, high);
			if (lo == null || hi == null) {
				return false;
			}
			return (lowIncluded ? lo >= 0 : lo > 0) && (highIncluded ? hi <= 0 : hi < 0);
		}
	}

	/** Null when the two are not comparable (FEEL's null, which never matches). */
	static Integer compare(Object value, Object bound) {
		if (value instanceof BigDecimal n && bound instanceof BigDecimal b) {
			return n.compareTo(b);
		}
		if (value instanceof LocalDate d && bound instanceof LocalDate b) {
			return d.compareTo(b);
		}
		if (value instanceof String s && bound instanceof String b) {
			return s.compareTo(b);
		}
		return null;
	}

}

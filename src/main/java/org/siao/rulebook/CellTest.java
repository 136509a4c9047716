package org.siao.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A DMN input entry in the common shapes policy tables use ({@code < 38000}, {@code [60..69]},
 * {@code "FAIL"}, {@code not(...)}), compiled to plain Java. Entries outside these shapes run on
 * the KIE FEEL engine instead (see {@link Cell}); a test proves both agree with the DMN runtime.
 */
sealed interface CellTest {

	boolean test(Object value);

	/** Any of several tests: FEEL's comma. */
	record AnyOf(List<CellTest> tests) implements CellTest {
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

	record Compare(String operator, Object bound) implements CellTest {
		public boolean test(Object value) {
			Integer c = compare(value, bound);
			if (c == null) {
				return false;
			}
			return switch (operator) {
				case "<" -> c < 0;
				case "<=" -> c <= 0;
				case ">" -> c > 0;
				case ">=" -> c >= 0;
				default -> throw new IllegalStateException(operator);
			};
		}
	}

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

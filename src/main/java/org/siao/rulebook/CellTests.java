package org.siao.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a compiled {@link CellTest} the way every table evaluation does, with the same answer as
 * {@link CellTest#test}: by its shape, one type check after another, rather than through the
 * interface. Every cell of every table goes through one call site, which sees every shape; the
 * JIT compiler cannot inline such a call, and the call through the interface cost more than the
 * test itself (about a quarter of evaluating the tables, in a profile).
 */
final class CellTests {

	// a comparison between values of different kinds: FEEL's null, never true
	private static final int INCOMPARABLE = 2;

	private CellTests() {
	}

	static boolean holds(CellTest test, Object value) {
		if (test instanceof CellTest.EqualTo equal) {
			return equal(equal.expected(), value);
		}
		if (test instanceof CellTest.Compare compare) {
			int c = compare(value, compare.bound());
			return c != INCOMPARABLE && compare.operator().holds(c);
		}
		if (test instanceof CellTest.Range range) {
			int lo = compare(value, range.low());
			int hi = compare(value, range.high());
			if (lo == INCOMPARABLE || hi == INCOMPARABLE) {
				return false;
			}
			return (range.lowIncluded() ? lo >= 0 : lo > 0) && (range.highIncluded() ? hi <= 0 : hi < 0);
		}
		if (test instanceof CellTest.AnyOf anyOf) {
			List<CellTest> tests = anyOf.tests();
			for (int i = 0; i < tests.size(); i++) {
				if (holds(tests.get(i), value)) {
					return true;
				}
			}
			return false;
		}
		if (test instanceof CellTest.Not not) {
			return !holds(not.inner(), value);
		}
		if (test instanceof CellTest.IsNull) {
			return value == null;
		}
		return test.test(value); // no other shape exists; kept should one be added
	}

	/** As {@link CellTest.EqualTo}: numbers by value (60 equals 60.0), anything else by equals. */
	private static boolean equal(Object expected, Object value) {
		if (expected instanceof String text) {
			return text.equals(value);
		}
		if (expected instanceof Boolean yesNo) {
			return yesNo.equals(value);
		}
		if (expected instanceof BigDecimal number) {
			return value instanceof BigDecimal n ? n.compareTo(number) == 0 : number.equals(value);
		}
		if (expected instanceof LocalDate date) {
			return date.equals(value);
		}
		return expected.equals(value);
	}

	/** As {@link CellTest#compare}, as the sign of the comparison, or {@link #INCOMPARABLE}. */
	private static int compare(Object value, Object bound) {
		if (value instanceof BigDecimal n && bound instanceof BigDecimal b) {
			return Integer.signum(n.compareTo(b));
		}
		if (value instanceof LocalDate d && bound instanceof LocalDate b) {
			return Integer.signum(d.compareTo(b));
		}
		if (value instanceof String s && bound instanceof String b) {
			return Integer.signum(s.compareTo(b));
		}
		return INCOMPARABLE;
	}

}

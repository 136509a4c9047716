package org.siao.rulebook;

import java.util.List;

/** Read-only access to a cell's compiled shape, for code outside this package that words it. */
public final class CellTests {

	private CellTests() {
	}

	/** lt, le, gt, ge, range, not, null, any (a list), or eq. */
	public static String kind(Object shape) {
		if (shape instanceof CellTest.Compare c) {
			return switch (c.operator()) {
				case "<" -> "lt";
				case "<=" -> "le";
				case ">" -> "gt";
				default -> "ge";
			};
		}
		if (shape instanceof CellTest.Range) {
			return "range";
		}
		if (shape instanceof CellTest.Not) {
			return "not";
		}
		if (shape instanceof CellTest.IsNull) {
			return "null";
		}
		if (shape instanceof CellTest.AnyOf) {
			return "any";
		}
		return "eq";
	}

	public static Object bound(Object shape) {
		return shape instanceof CellTest.Compare c ? c.bound() : ((CellTest.EqualTo) shape).expected();
	}

	public static Object low(Object shape) {
		return ((CellTest.Range) shape).low();
	}

	public static Object high(Object shape) {
		return ((CellTest.Range) shape).high();
	}

	public static boolean highIncluded(Object shape) {
		return ((CellTest.Range) shape).highIncluded();
	}

	public static Object inner(Object shape) {
		return ((CellTest.Not) shape).inner();
	}

	public static List<Object> parts(Object shape) {
		return List.copyOf(((CellTest.AnyOf) shape).tests());
	}

}

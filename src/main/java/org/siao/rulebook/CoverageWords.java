package org.siao.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kie.dmn.feel.runtime.Range;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.validation.dtanalysis.model.Bound;
import org.kie.dmn.validation.dtanalysis.model.Hyperrectangle;
import org.kie.dmn.validation.dtanalysis.model.Interval;
import org.kie.dmn.validation.dtanalysis.model.Overlap;

/**
 * A gap or an overlap the validator found, said as the values it covers at its rows ("rows 2 and
 * 3 both match incomePerPerson from 30000 to under 36000"), never as the validator's advice to
 * change the hit policy: the table's policy is the staff's decision, its rows are what they fix.
 */
final class CoverageWords {

	private CoverageWords() {
	}

	/** What an overlap covers: the rows and, per column, the values on which they both match. */
	static String overlap(Overlap overlap, DecisionTable table) {
		List<Integer> rows = overlap.getRules().stream().sorted().toList();
		String where = values(overlap.getOverlap(), table);
		return rowList(rows) + (rows.size() == 2 ? " both match " : " all match ") + (where.isEmpty() ? "every household" : where)
				+ ": change a row's cells so that one value matches only one row";
	}

	/** What a gap leaves out: the values no row matches. */
	static String gap(Hyperrectangle gap, DecisionTable table) {
		String where = values(gap, table);
		return "no row matches " + (where.isEmpty() ? "any household" : where)
				+ ": add a row for these values or widen a row's cells";
	}

	private static String rowList(List<Integer> rows) {
		if (rows.size() == 2) {
			return "rows " + rows.get(0) + " and " + rows.get(1);
		}
		return "rows " + rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** The values of each column the box spans, leaving out the columns it spans whole. */
	private static String values(Hyperrectangle box, DecisionTable table) {
		List<String> parts = new ArrayList<>();
		List<Interval> edges = box.getEdges();
		for (int c = 0; c < edges.size(); c++) {
			String span = span(edges.get(c));
			if (span != null) {
				parts.add(column(table, c) + " " + span);
			}
		}
		return String.join(", ", parts);
	}

	private static String column(DecisionTable table, int c) {
		List<InputClause> inputs = table.getInput();
		if (c < inputs.size() && inputs.get(c).getInputExpression() != null) {
			return inputs.get(c).getInputExpression().getText().trim();
		}
		return "column " + (c + 1);
	}

	/** One column's interval in words; null when it is the whole domain (the column does not matter). */
	private static String span(Interval interval) {
		Bound<?> low = interval.getLowerBound();
		Bound<?> high = interval.getUpperBound();
		boolean noLow = low.getValue() == Interval.NEG_INF;
		boolean noHigh = high.getValue() == Interval.POS_INF;
		if (noLow && noHigh) {
			return null;
		}
		String from = noLow ? null : value(low.getValue());
		String to = noHigh ? null : value(high.getValue());
		boolean lowIn = low.getBoundaryType() == Range.RangeBoundary.CLOSED;
		boolean highIn = high.getBoundaryType() == Range.RangeBoundary.CLOSED;
		if (from != null && from.equals(to)) {
			return from;
		}
		if (noLow) {
			return (highIn ? "up to " : "below ") + to;
		}
		if (noHigh) {
			return lowIn ? from + " and above" : "above " + from;
		}
		return (lowIn ? "from " : "above ") + from + (highIn ? " to " : " to under ") + to;
	}

	private static String value(Object value) {
		if (value instanceof java.math.BigDecimal n) {
			return n.stripTrailingZeros().toPlainString();
		}
		if (value instanceof String s) {
			return "\"" + s + "\"";
		}
		return String.valueOf(value);
	}

}

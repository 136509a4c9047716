package org.siao.policy.dmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of date cells a threshold split by period uses: "open from a date" ({@code >=
 * date("2022-01-01")} or any date, {@code -}), "between two dates" and the single figure of a
 * threshold cell ({@code < 38000}).
 */
final class DateCells {

	private static final Pattern OPEN_FROM = Pattern.compile("\\s*>=\\s*date\\(\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*\\)\\s*");

	private static final Pattern FIGURE = Pattern.compile("(?<![\\w\"-])-?\\d+(\\.\\d+)?(?![\\w\"-])");

	private DateCells() {
	}

	/** The first day of a cell open to the future; LocalDate.MIN for any date; empty otherwise. */
	static Optional<LocalDate> openFrom(String cell) {
		String t = cell.trim();
		if (t.equals("-") || t.isEmpty()) {
			return Optional.of(LocalDate.MIN);
		}
		Matcher m = OPEN_FROM.matcher(t);
		return m.matches() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
	}

	static String between(LocalDate start, LocalDate end) {
		if (start.equals(LocalDate.MIN)) {
			return "< " + date(end);
		}
		return "[" + date(start) + ".." + date(end) + ")";
	}

	static String from(LocalDate start) {
		return ">= " + date(start);
	}

	/** A cell with exactly one figure outside of its dates and strings, such as {@code < 38000}. */
	static boolean hasFigure(String cell) {
		Matcher m = FIGURE.matcher(withoutQuoted(cell));
		int count = 0;
		while (m.find()) {
			count++;
		}
		return count == 1;
	}

	static String withFigure(String cell, BigDecimal value) {
		Matcher m = FIGURE.matcher(withoutQuoted(cell));
		if (!m.find()) {
			return cell;
		}
		return cell.substring(0, m.start()) + value.stripTrailingZeros().toPlainString() + cell.substring(m.end());
	}

	/** Blanks out quoted text (same length), so figures inside date("...") or strings do not count. */
	private static String withoutQuoted(String cell) {
		StringBuilder out = new StringBuilder(cell.length());
		boolean quoted = false;
		for (char c : cell.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				out.append('"');
			}
			else {
				out.append(quoted ? ' ' : c);
			}
		}
		return out.toString();
	}

	private static String date(LocalDate day) {
		return "date(\"" + day + "\")";
	}

}

package org.siao.policy.grid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.siao.rulebook.FeelLists;

/**
 * Checks one cell as it is typed, by its column's type, so the message appears at the cell before
 * anything is saved. The draft's full checks (the loader's, with FEEL and gaps) still run when the
 * cell is saved; this catches what a person typically mistypes: a figure written with a thousands
 * separator ({@code 40,000}), a word in a number column, a date the calendar does not have.
 */
public final class CellCheck {

	private static final Pattern GROUPED = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})+)(?![\\d])");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern DATE = Pattern.compile("date\\(\\s*\"([^\"]*)\"\\s*\\)");

	private static final Pattern COMPARE = Pattern.compile("(<=|>=|<|>|=)?\\s*(.+)");

	private static final Pattern RANGE = Pattern.compile("[\\[(\\]]\\s*(.+?)\\s*\\.\\.\\s*(.+?)\\s*[\\])\\[]");

	private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");

	private CellCheck() {
	}

	/** What is wrong with a cell: a message key of i18n/policy and its arguments. */
	public record Problem(String key, List<Object> arguments) {
	}

	/**
	 * @param type a column type as {@code DmnTable.columnType} gives it: number, date, string,
	 * boolean, "output:&lt;type&gt;" or "text" (annotations, never refused but for length)
	 */
	public static Optional<Problem> check(String type, String raw) {
		String text = raw == null ? "" : raw.trim();
		if (type.equals("text")) {
			return text.length() > 1000 ? problem("policy.cell.tooLong", 1000) : Optional.empty();
		}
		Matcher grouped = GROUPED.matcher(text);
		if (grouped.find() && !insideQuotes(text, grouped.start())) {
			return problem("policy.cell.grouped", grouped.group(1), grouped.group(1).replace(",", ""));
		}
		if (type.startsWith("output:")) {
			return output(type.substring("output:".length()), text);
		}
		if (text.isEmpty()) {
			return problem("policy.cell.empty");
		}
		if (text.equals("-")) {
			return Optional.empty();
		}
		String inner = text;
		if (inner.startsWith("not(") && inner.endsWith(")")) {
			inner = inner.substring(4, inner.length() - 1);
		}
		for (String part : FeelLists.items(inner)) {
			Optional<Problem> problem = test(type, part.trim());
			if (problem.isPresent()) {
				return problem;
			}
		}
		return Optional.empty();
	}

	private static Optional<Problem> test(String type, String part) {
		if (part.isEmpty()) {
			return problem("policy.cell.empty");
		}
		if (part.equals("null")) {
			return Optional.empty();
		}
		Matcher range = RANGE.matcher(part);
		if (range.matches() && (type.equals("number") || type.equals("date"))) {
			return value(type, range.group(1)).or(() -> value(type, range.group(2)));
		}
		Matcher compare = COMPARE.matcher(part);
		compare.matches();
		if (compare.group(1) != null && !(type.equals("number") || type.equals("date"))) {
			return problem("policy.cell.noCompare");
		}
		return value(type, compare.group(2).trim());
	}

	private static Optional<Problem> value(String type, String value) {
		switch (type) {
			case "number" -> {
				return NUMBER.matcher(value).matches() ? Optional.empty() : problem("policy.cell.number", value);
			}
			case "date" -> {
				Matcher date = DATE.matcher(value);
				if (!date.matches()) {
					return problem("policy.cell.date", value);
				}
				try {
					LocalDate.parse(date.group(1));
					return Optional.empty();
				}
				catch (DateTimeParseException e) {
					return problem("policy.cell.noSuchDate", date.group(1));
				}
			}
			case "boolean" -> {
				return value.equals("true") || value.equals("false") ? Optional.empty()
						: problem("policy.cell.boolean", value);
			}
			case "string" -> {
				return STRING.matcher(value).matches() ? Optional.empty() : problem("policy.cell.string", value);
			}
			default -> {
				return Optional.empty();
			}
		}
	}

	private static Optional<Problem> output(String type, String text) {
		if (text.isEmpty()) {
			return problem("policy.cell.empty");
		}
		if (text.equals("null")) {
			return Optional.empty();
		}
		return switch (type) {
			case "number", "string", "boolean" -> value(type, text);
			default -> STRING.matcher(text).matches() || NUMBER.matcher(text).matches() || text.equals("true")
					|| text.equals("false") ? Optional.empty() : problem("policy.cell.output", text);
		};
	}

	private static boolean insideQuotes(String text, int at) {
		int quotes = 0;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '"') {
				quotes++;
			}
		}
		return quotes % 2 == 1;
	}

	private static Optional<Problem> problem(String key, Object... arguments) {
		return Optional.of(new Problem(key, List.of(arguments)));
	}

}

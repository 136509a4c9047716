package org.siao.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compiles the simple shapes of FEEL unary tests; anything else is left to FEEL (empty result). */
final class CellParser {

	private static final Pattern COMPARE = Pattern.compile("(<=|>=|<|>)\\s*(.+)");

	private static final Pattern RANGE = Pattern.compile("([\\[(\\]])\\s*(.+?)\\s*\\.\\.\\s*(.+?)\\s*([\\])\\[])");

	private static final Pattern DATE = Pattern.compile("date\\(\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*\\)");

	private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

	private CellParser() {
	}

	static Optional<CellTest> parse(String text) {
		String t = text.trim();
		if (t.startsWith("not(") && t.endsWith(")")) {
			return list(t.substring(4, t.length() - 1)).map(CellTest.Not::new);
		}
		return list(t);
	}

	private static Optional<CellTest> list(String text) {
		List<String> parts = splitTopLevel(text);
		if (parts == null) {
			return Optional.empty();
		}
		List<CellTest> tests = new ArrayList<>();
		for (String part : parts) {
			Optional<CellTest> test = single(part.trim());
			if (test.isEmpty()) {
				return Optional.empty();
			}
			tests.add(test.get());
		}
		return Optional.of(tests.size() == 1 ? tests.get(0) : new CellTest.AnyOf(List.copyOf(tests)));
	}

	private static Optional<CellTest> single(String t) {
		if (t.equals("null")) {
			return Optional.of(new CellTest.IsNull());
		}
		Matcher compare = COMPARE.matcher(t);
		if (compare.matches()) {
			return endpoint(compare.group(2)).map(bound -> new CellTest.Compare(CellTest.Operator.of(compare.group(1)), bound));
		}
		Matcher range = RANGE.matcher(t);
		if (range.matches()) {
			Optional<Object> low = endpoint(range.group(2));
			Optional<Object> high = endpoint(range.group(3));
			if (low.isEmpty() || high.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new CellTest.Range(low.get(), range.group(1).equals("["), high.get(), range.group(4).equals("]")));
		}
		return value(t).map(CellTest.EqualTo::new);
	}

	private static Optional<Object> value(String t) {
		if (t.equals("true") || t.equals("false")) {
			return Optional.of(Boolean.valueOf(t));
		}
		return endpoint(t);
	}

	private static Optional<Object> endpoint(String raw) {
		String t = raw.trim();
		Matcher string = STRING.matcher(t);
		if (string.matches()) {
			return Optional.of(string.group(1));
		}
		Matcher date = DATE.matcher(t);
		if (date.matches()) {
			try {
				return Optional.of(LocalDate.parse(date.group(1)));
			}
			catch (DateTimeParseException e) {
				return Optional.empty();
			}
		}
		if (t.matches("-?\\d+(\\.\\d+)?")) {
			return Optional.of(new BigDecimal(t));
		}
		return Optional.empty();
	}

	/** Splits on commas outside quotes, brackets and parentheses; null if unbalanced. */
	private static List<String> splitTopLevel(String text) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '(' || c == '[')) {
				depth++;
			}
			else if (!quoted && (c == ')' || c == ']')) {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		if (quoted) {
			return null;
		}
		parts.add(text.substring(start));
		return parts;
	}

}

package org.siao.rulebook;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table's output entry: a number (an amount in baht), a "text" (an indicator's answer) or null.
 * Read without FEEL: an output is a constant, never an expression that runs when the table loads.
 */
record OutputLiteral(Object value) {

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

	private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

	static Optional<OutputLiteral> parse(String text) {
		String t = text == null ? "" : text.trim();
		if (t.equals("null")) {
			return Optional.of(new OutputLiteral(null));
		}
		if (NUMBER.matcher(t).matches()) {
			return Optional.of(new OutputLiteral(new BigDecimal(t).stripTrailingZeros()));
		}
		var string = STRING.matcher(t);
		return string.matches() ? Optional.of(new OutputLiteral(string.group(1))) : Optional.empty();
	}

}

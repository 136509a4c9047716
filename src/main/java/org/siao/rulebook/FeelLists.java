package org.siao.rulebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of a cell written as a list ({@code "A", "B"}, {@code < 10, [20..30]}): split on the
 * commas that stand outside quotes, brackets and parentheses. A closing bracket with nothing open
 * (the {@code ]} that starts an open range, {@code ]60..70]}) is not counted as one, so a list of
 * such ranges still splits. Used by the loader's cell checks and by the policy grid's check as it
 * is typed, so both read a list the same way.
 */
public final class FeelLists {

	private FeelLists() {
	}

	public static List<String> items(String text) {
		List<String> items = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (ch == '(' || ch == '[')) {
				depth++;
			}
			else if (!quoted && (ch == ')' || ch == ']') && depth > 0) {
				depth--;
			}
			else if (!quoted && depth == 0 && ch == ',') {
				items.add(text.substring(start, i));
				start = i + 1;
			}
		}
		items.add(text.substring(start));
		return items;
	}

}

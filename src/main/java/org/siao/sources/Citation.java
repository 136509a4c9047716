package org.siao.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document a row or catalogue entry cites, as written in its source text:
 * {@code [cabinet-old-age-2554]} or {@code [cdd-smartsurveys §question 11]}, with where to read it.
 */
public record Citation(String key, String section, String title, String link) {

	/** A citation in square brackets: a key of lower-case letters, digits and hyphens, then an optional § and section. */
	private static final Pattern CITED = Pattern.compile("\\[([a-z0-9][a-z0-9-]*)(?:\\s*§\\s*([^\\]]+))?\\]");

	/** What a source text must start with when no public document is cited, followed by why. */
	public static final String UNCONFIRMED = "UNCONFIRMED:";

	/** The keys and sections a source text cites, in order, not yet looked up. */
	public static List<Citation> in(String sourceText) {
		List<Citation> found = new ArrayList<>();
		if (sourceText == null) {
			return found;
		}
		Matcher m = CITED.matcher(sourceText);
		while (m.find()) {
			found.add(new Citation(m.group(1), m.group(2) == null ? null : m.group(2).trim(), null, null));
		}
		return found;
	}

}

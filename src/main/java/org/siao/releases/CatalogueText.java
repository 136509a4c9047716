package org.siao.releases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue file read as text: the comment header, then one block per entry (a programme or
 * indicator code at the start of a line, and its indented lines), so entries can be merged one by
 * one without reformatting the file.
 */
final class CatalogueText {

	private static final Pattern KEY = Pattern.compile("^([^\\s#][^:\\n]*):", Pattern.MULTILINE);

	private CatalogueText() {
	}

	static boolean isCatalogue(String path) {
		return path.startsWith(Bundle.RULES + "catalogue/") && path.endsWith(".yaml");
	}

	/** The text before the first entry. */
	static String header(String yaml) {
		Matcher key = KEY.matcher(yaml);
		return key.find() ? yaml.substring(0, key.start()) : yaml;
	}

	/** Entries by code, in file order, each its own text up to the next entry. */
	static Map<String, String> entries(String yaml) {
		Map<String, String> entries = new LinkedHashMap<>();
		Matcher key = KEY.matcher(yaml);
		String code = null;
		int start = -1;
		while (key.find()) {
			if (code != null) {
				entries.put(code, yaml.substring(start, key.start()));
			}
			code = key.group(1).strip().replaceAll("^[\"']|[\"']$", "");
			start = key.start();
		}
		if (code != null) {
			entries.put(code, terminated(yaml.substring(start)));
		}
		return entries;
	}

	private static String terminated(String block) {
		return block.endsWith("\n") ? block : block + "\n";
	}

}

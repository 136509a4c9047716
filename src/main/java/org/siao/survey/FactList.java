package org.siao.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The list of facts a table column may name, as rules/README.md shows it, written from
 * {@link Fact} and the labels the pages use: the README never has its own copy to drift. Run
 * {@link #main} after changing a fact; a test fails while the README differs.
 */
public final class FactList {

	/** The README's generated part sits between these two lines. */
	public static final String BEGIN = "<!-- facts: generated from Fact.java by FactList; do not edit by hand -->";

	public static final String END = "<!-- end of facts -->";

	private FactList() {
	}

	/** The markdown table of every fact. */
	public static String markdown() {
		StringBuilder table = new StringBuilder();
		table.append("| column name | about | survey field | type | unit | meaning | ความหมาย |\n");
		table.append("|---|---|---|---|---|---|---|\n");
		for (Fact fact : Fact.values()) {
			String type = fact.type() == Fact.Type.CHOICE
					? "one of " + String.join(", ", fact.choices().stream().map(c -> "`\"" + c + "\"`").toList())
					: fact.type().words();
			table.append("| `").append(fact.factName()).append("` | ")
				.append(fact.level().name().toLowerCase(Locale.ROOT)).append(" | `")
				.append(fact.field()).append("` | ")
				.append(type).append(" | ")
				.append(fact.unit() == null ? "" : fact.unit()).append(" | ")
				.append(fact.label(Locale.ENGLISH)).append(" | ")
				.append(fact.label(Locale.forLanguageTag("th"))).append(" |\n");
		}
		return table.toString();
	}

	/** The README with its generated part replaced by the current list. */
	public static String withCurrentList(String readme) {
		int begin = readme.indexOf(BEGIN);
		int end = readme.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("the README has no generated fact list between its markers");
		}
		return readme.substring(0, begin + BEGIN.length()) + "\n\n" + markdown() + "\n" + readme.substring(end);
	}

	/** Rewrites the fact list of the README given (rules/README.md by default). */
	public static void main(String[] args) throws IOException {
		Path readme = Path.of(args.length > 0 ? args[0] : "rules/README.md");
		Files.writeString(readme, withCurrentList(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

}

package org.siao.policy.grid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Changes one Thai/English text of a catalogue entry ({@code benefit: {th: "...", en: "..."}}) by
 * rewriting that one line of the YAML file, so every comment and every other entry stays as the
 * staff wrote it.
 */
public final class CatalogueText {

	/** The texts the pages let policy staff change; the rest (kind, scope, amounts) belongs in the tables. */
	public static final Set<String> FIELDS = Set.of("name", "agency", "benefit", "apply");

	private CatalogueText() {
	}

	public static byte[] set(byte[] yaml, String code, String field, String th, String en) {
		if (!FIELDS.contains(field)) {
			throw new IllegalArgumentException("policy.catalogue.field");
		}
		List<String> lines = new ArrayList<>(new String(yaml, StandardCharsets.UTF_8).lines().toList());
		int entry = lines.indexOf(code + ":");
		if (entry < 0) {
			throw new IllegalArgumentException("policy.catalogue.noEntry");
		}
		String line = "  " + field + ": {th: " + quoted(th) + ", en: " + quoted(en) + "}";
		int at = entry + 1;
		for (; at < lines.size() && (lines.get(at).startsWith(" ") || lines.get(at).isEmpty()); at++) {
			if (lines.get(at).startsWith("  " + field + ":")) {
				lines.set(at, line);
				return join(lines, yaml);
			}
		}
		lines.add(entry + 1, line);
		return join(lines, yaml);
	}

	private static byte[] join(List<String> lines, byte[] original) {
		String text = String.join("\n", lines);
		if (original.length > 0 && original[original.length - 1] == '\n') {
			text += "\n";
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A YAML double-quoted scalar: backslashes and quotes escaped, line breaks as spaces. */
	static String quoted(String text) {
		String clean = (text == null ? "" : text).replace("\r", " ").replace("\n", " ").trim();
		return "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}

package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.siao.rulebook.RulesFolder;

/**
 * The content of one release: every file of the rules folder under {@code rules/} and every case
 * under {@code casebook/}, by path ("rules/programmes/cash.dmn", "casebook/elderly/widow.yaml").
 * Its version is a hash of every path and byte, so the same content is always the same version.
 */
public record Bundle(Map<String, byte[]> files, String version) {

	public static final String RULES = "rules/";

	public static final String CASEBOOK = "casebook/";

	public static Bundle of(Map<String, byte[]> files) {
		TreeMap<String, byte[]> sorted = new TreeMap<>(files);
		return new Bundle(Collections.unmodifiableMap(sorted), hash(sorted));
	}

	/** A rules folder and a casebook (paths relative to each folder) as one bundle. */
	public static Bundle of(Map<String, byte[]> rules, Map<String, byte[]> casebook) {
		Map<String, byte[]> files = new TreeMap<>();
		rules.forEach((path, bytes) -> files.put(RULES + path, bytes));
		casebook.forEach((path, bytes) -> files.put(CASEBOOK + path, bytes));
		return of(files);
	}

	/** The rules folder of this bundle; its version names the rules alone, as assessments report it. */
	public RulesFolder rules(String origin) {
		return RulesFolder.of(origin, under(RULES));
	}

	/** The case files, by path inside the casebook. */
	public Map<String, byte[]> casebook() {
		return under(CASEBOOK);
	}

	public Map<String, byte[]> under(String prefix) {
		Map<String, byte[]> out = new TreeMap<>();
		files.forEach((path, bytes) -> {
			if (path.startsWith(prefix)) {
				out.put(path.substring(prefix.length()), bytes);
			}
		});
		return out;
	}

	public String text(String path) {
		byte[] bytes = files.get(path);
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	static String hash(Map<String, byte[]> sorted) {
		return org.siao.rulebook.RulesFolder.hash(sorted);
	}

}

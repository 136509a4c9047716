package org.siao.areas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the area list ({@code code,parent,level,name_th,name_en}) and refuses it whole, naming the
 * line, when a row is malformed: a picker built on a half-read list would silently miss places.
 */
final class AreaFile {

	static final String RESOURCE = "areas/areas.csv";

	private static final String HEADER = "code,parent,level,name_th,name_en";

	private AreaFile() {
	}

	static List<Area> read(String resource) {
		InputStream in = AreaFile.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("The area list " + resource + " is missing from the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse(resource, reader.lines().toList());
		}
		catch (IOException e) {
			throw new IllegalStateException("The area list " + resource + " cannot be read: " + e.getMessage(), e);
		}
	}

	static List<Area> parse(String name, List<String> lines) {
		if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
			throw new IllegalStateException("The area list " + name + " must start with the header " + HEADER);
		}
		List<Area> areas = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String problem = problem(lines.get(i), codes);
			if (problem != null) {
				throw new IllegalStateException("The area list " + name + ", line " + (i + 1) + ": " + problem);
			}
			String[] cells = lines.get(i).split(",", -1);
			Area area = new Area(cells[0].strip(), cells[3].strip(), cells[4].strip());
			codes.add(area.code());
			areas.add(area);
		}
		if (areas.isEmpty()) {
			throw new IllegalStateException("The area list " + name + " has no areas");
		}
		return areas;
	}

	/** What is wrong with a line, or null; a parent must come before its children. */
	private static String problem(String line, Set<String> known) {
		String[] cells = line.split(",", -1);
		if (cells.length != 5) {
			return "expected 5 columns, found " + cells.length;
		}
		String code = cells[0].strip();
		String parent = cells[1].strip();
		String level = cells[2].strip();
		int length = switch (level) {
			case "province" -> 2;
			case "district" -> 4;
			case "subdistrict" -> 6;
			default -> -1;
		};
		if (length < 0) {
			return "level must be province, district or subdistrict, not '" + level + "'";
		}
		if (!code.matches("\\d{" + length + "}")) {
			return "a " + level + " code has " + length + " digits, not '" + code + "'";
		}
		if (known.contains(code)) {
			return "code " + code + " appears twice";
		}
		String expectedParent = length == 2 ? "" : code.substring(0, length - 2);
		if (!parent.equals(expectedParent)) {
			return "code " + code + " must have parent '" + expectedParent + "', not '" + parent + "'";
		}
		if (!parent.isEmpty() && !known.contains(parent)) {
			return "parent " + parent + " of " + code + " is not listed before it";
		}
		if (cells[3].isBlank() || cells[4].isBlank()) {
			return "code " + code + " needs both a Thai and an English name";
		}
		return null;
	}

}

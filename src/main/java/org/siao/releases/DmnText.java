package org.siao.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision tables of a DMN file read as text, with where each row stands, so rows can be
 * compared by their rule id and a merge can put rows back without touching the rest of the file
 * (its layout, diagram and comments stay as the editor wrote them). Namespace prefixes
 * ({@code dmn:rule}) are allowed, as the KIE editor writes them.
 */
final class DmnText {

	private static final Pattern TABLE = Pattern.compile(
			"<(?:\\w+:)?decisionTable\\b([^>]*)>(.*?)</(?:\\w+:)?decisionTable>", Pattern.DOTALL);

	private static final Pattern DECISION = Pattern.compile("<(?:\\w+:)?decision\\b[^>]*?\\bname=\"([^\"]*)\"");

	/** A rule with the whitespace before it, so rows joined back keep the file's indentation. */
	private static final Pattern RULE = Pattern.compile("(\\s*)<(?:\\w+:)?rule\\b([^>]*)>(.*?)</(?:\\w+:)?rule>", Pattern.DOTALL);

	private static final Pattern COLUMN = Pattern.compile(
			"<(?:\\w+:)?(input|output|annotation)\\b([^>]*?)(/>|>(.*?)</(?:\\w+:)?\\1>)", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile(
			"<(?:\\w+:)?(?:inputEntry|outputEntry|annotationEntry)\\b[^>]*>.*?<(?:\\w+:)?text>(.*?)</(?:\\w+:)?text>.*?</(?:\\w+:)?(?:inputEntry|outputEntry|annotationEntry)>"
					+ "|<(?:\\w+:)?(?:inputEntry|outputEntry|annotationEntry)\\b[^>]*/>",
			Pattern.DOTALL);

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

	private static final Pattern HIT_POLICY = Pattern.compile("\\bhitPolicy=\"([^\"]*)\"");

	private DmnText() {
	}

	/** One decision table: its name (the decision's), columns, rows, and where its rows stand in the text. */
	record Table(String name, String hitPolicy, List<String> columns, Map<String, Row> rows, int rowsStart, int rowsEnd) {

		List<String> ids() {
			return List.copyOf(rows.keySet());
		}

		int number(String id) {
			return ids().indexOf(id) + 1;
		}

	}

	/** A row: its text (with the whitespace before it) and its cells in column order. */
	record Row(String id, String text, List<String> cells) {
	}

	static Map<String, Table> tables(String xml) {
		Map<String, Table> tables = new LinkedHashMap<>();
		Matcher table = TABLE.matcher(xml);
		while (table.find()) {
			String name = decisionBefore(xml, table.start());
			String body = table.group(2);
			int bodyStart = table.start(2);
			List<String> columns = new ArrayList<>();
			Matcher column = COLUMN.matcher(body);
			int firstRule = firstRule(body);
			while (column.find() && (firstRule < 0 || column.start() < firstRule)) {
				columns.add(columnName(column.group(1), column.group(2), column.group(4), columns.size()));
			}
			Map<String, Row> rows = new LinkedHashMap<>();
			Matcher rule = RULE.matcher(body);
			int start = -1;
			int end = -1;
			while (rule.find()) {
				if (start < 0) {
					start = bodyStart + rule.start();
				}
				end = bodyStart + rule.end();
				Matcher id = ID.matcher(rule.group(2));
				String ruleId = id.find() ? id.group(1) : "#" + (rows.size() + 1);
				List<String> cells = new ArrayList<>();
				Matcher cell = CELL.matcher(rule.group(3));
				while (cell.find()) {
					cells.add(cell.group(1) == null ? "" : unescape(cell.group(1).strip()));
				}
				rows.put(ruleId, new Row(ruleId, rule.group(), cells));
			}
			if (start < 0) {
				// no rows: new rows go just before the end of the table
				start = table.end(2);
				end = table.end(2);
			}
			Matcher hit = HIT_POLICY.matcher(table.group(1));
			String key = name == null ? "table " + (tables.size() + 1) : name;
			tables.put(key, new Table(key, hit.find() ? hit.group(1) : "UNIQUE", columns, rows, start, end));
		}
		return tables;
	}

	/** The file with every row taken out: what is left is the tables' layout. */
	static String layout(String xml) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Table t : tables(xml).values()) {
			out.append(xml, at, t.rowsStart());
			at = t.rowsEnd();
		}
		return out.append(xml.substring(at)).toString();
	}

	private static int firstRule(String body) {
		Matcher rule = RULE.matcher(body);
		return rule.find() ? rule.start() : -1;
	}

	private static String decisionBefore(String xml, int position) {
		Matcher decision = DECISION.matcher(xml.substring(0, position));
		String name = null;
		while (decision.find()) {
			name = decision.group(1);
		}
		return name == null ? null : unescape(name);
	}

	private static String columnName(String kind, String attributes, String body, int index) {
		for (String attribute : List.of("label", "name")) {
			Matcher m = Pattern.compile("\\b" + attribute + "=\"([^\"]*)\"").matcher(attributes);
			if (m.find()) {
				return unescape(m.group(1));
			}
		}
		if (body != null) {
			Matcher text = Pattern.compile("<(?:\\w+:)?text>(.*?)</(?:\\w+:)?text>", Pattern.DOTALL).matcher(body);
			if (text.find()) {
				return unescape(text.group(1).strip());
			}
		}
		return kind.equals("output") ? "output" : kind + " " + (index + 1);
	}

	static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}

}

package org.siao.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.siao.households.HouseholdCode;
import org.siao.survey.Survey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CSV import: a header naming the columns ({@link SurveyColumns}), then one row per
 * member, the household's code first. A household's rows come one after the other; its household
 * columns are read from its first row (later rows leave them blank or repeat them). Streamed: one
 * household's rows in memory at a time, plus one number per household seen, to tell a household
 * whose rows are split apart (its later rows are reported, never merged into or over the first).
 */
final class CsvSurveys implements SurveyReader {

	/** The header could not be used: nothing of the file is read. */
	public static final class BadHeader extends Exception {

		BadHeader(String message) {
			super(message, null, false, false);
		}

	}

	private final BufferedReader in;

	private final JsonMapper json;

	private final ImportWords words;

	private final List<SurveyColumns.Column> columns;

	private final LongSet seen = new LongSet();

	private final NumberedLines lines;

	/** The next row, read ahead to know where a household ends. */
	private Row ahead;

	private record Row(int line, String key, String[] cells, String problem) {
	}

	CsvSurveys(BufferedReader in, JsonMapper json, ImportWords words) throws IOException, BadHeader {
		this.in = in;
		this.json = json;
		this.words = words;
		this.columns = header(in.readLine(), words);
		this.lines = new NumberedLines(in, 1);
		this.ahead = row();
	}

	/** The columns named by the header line, or why the file cannot be read. */
	static List<SurveyColumns.Column> header(String line, ImportWords words) throws BadHeader {
		if (line == null || line.isBlank()) {
			throw new BadHeader(words.text("csv.header.empty"));
		}
		List<String> names = split(line.startsWith("\uFEFF") ? line.substring(1) : line);
		if (names == null) {
			throw new BadHeader(words.text("csv.quote"));
		}
		if (!names.get(0).strip().equals(SurveyColumns.KEY)) {
			if (SurveyColumns.personal(names.get(0))) {
				throw new BadHeader(words.text("csv.header.personal", names.get(0).strip()));
			}
			throw new BadHeader(words.text("csv.header.first"));
		}
		List<SurveyColumns.Column> columns = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (String raw : names.subList(1, names.size())) {
			String name = raw.strip();
			var column = SurveyColumns.named(name);
			if (column.isEmpty()) {
				throw new BadHeader(words.text(SurveyColumns.personal(name) ? "csv.header.personal" : "csv.header.unknown",
						name));
			}
			if (!named.add(name)) {
				throw new BadHeader(words.text("csv.header.twice", name));
			}
			columns.add(column.get());
		}
		return columns;
	}

	@Override
	public Entry next() throws IOException {
		if (ahead == null) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		Row first = ahead;
		do {
			rows.add(ahead);
			ahead = row();
		}
		while (ahead != null && ahead.key().equals(first.key()) && !first.key().isEmpty());
		return household(rows);
	}

	private Row row() throws IOException {
		String text = lines.next();
		if (text == null) {
			return null;
		}
		int number = lines.number();
		List<String> cells = split(text);
		if (cells == null) {
			int comma = text.indexOf(',');
			return new Row(number, (comma < 0 ? text : text.substring(0, comma)).strip(), null, words.text("csv.quote"));
		}
		String key = cells.get(0).strip();
		if (cells.size() != columns.size() + 1) {
			return new Row(number, key, null, words.text("csv.cells", cells.size(), columns.size() + 1));
		}
		return new Row(number, key, cells.subList(1, cells.size()).toArray(String[]::new), null);
	}

	/** One household from its rows: its survey, or every bad row with its reason. */
	private Entry household(List<Row> rows) {
		int last = rows.get(rows.size() - 1).line();
		Row first = rows.get(0);
		var code = HouseholdCode.parse(first.key());
		if (code.isEmpty()) {
			return new Entry.Unread(last, rows.stream()
				.map(r -> new ImportRuns.Problem(r.line(), r.problem() != null ? r.problem() : words.text("household.code")))
				.toList());
		}
		if (!seen.add(Long.parseLong(code.get().village()) * 1_000_000L + code.get().number())) {
			return new Entry.Unread(last, rows.stream()
				.map(r -> new ImportRuns.Problem(r.line(), words.text("csv.split", first.key())))
				.toList());
		}
		List<ImportRuns.Problem> problems = new ArrayList<>();
		Map<String, Object> survey = new LinkedHashMap<>();
		Map<String, String> householdCells = new HashMap<>();
		List<Map<String, Object>> members = new ArrayList<>();
		for (Row row : rows) {
			if (row.problem() != null) {
				problems.add(new ImportRuns.Problem(row.line(), row.problem()));
				continue;
			}
			Map<String, Object> member = new LinkedHashMap<>();
			String reason = null;
			for (int i = 0; i < columns.size() && reason == null; i++) {
				SurveyColumns.Column column = columns.get(i);
				String cell = row.cells()[i].strip();
				if (cell.isEmpty()) {
					continue;
				}
				if (cell.matches("\\d{13}")) {
					reason = words.text("csv.idNumber", column.name());
					continue;
				}
				if (!column.member()) {
					String before = householdCells.putIfAbsent(column.name(), cell);
					if (before != null) {
						if (!before.equals(cell)) {
							reason = words.text("csv.differs", column.name(), first.line());
						}
						continue;
					}
				}
				Object value;
				try {
					value = value(column, cell);
				}
				catch (IllegalArgumentException e) {
					reason = e.getMessage();
					continue;
				}
				if (column.member()) {
					member.put(column.path().get(0), value);
				}
				else {
					put(survey, column.path(), value);
				}
			}
			if (reason != null) {
				problems.add(new ImportRuns.Problem(row.line(), reason));
			}
			members.add(member);
		}
		if (!problems.isEmpty()) {
			String notKept = words.text("csv.notKept", first.key());
			return new Entry.Unread(last,
					problems.stream().map(p -> new ImportRuns.Problem(p.line(), p.reason() + " (" + notKept + ")")).toList());
		}
		HouseholdCode household = code.get();
		survey.put("location", Map.of("province", household.province(), "district", household.district(), "subdistrict",
				household.subdistrict(), "village", household.village()));
		survey.put("members", members);
		try {
			return new Entry.Read(last, first.key(), json.convertValue(survey, Survey.class), first.line(),
					rows.stream().mapToInt(Row::line).toArray());
		}
		catch (JacksonException | IllegalArgumentException e) {
			String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
			return new Entry.Unread(last, List.of(new ImportRuns.Problem(first.line(), words.text("csv.survey", message))));
		}
	}

	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> survey, List<String> path, Object value) {
		Map<String, Object> at = survey;
		for (String step : path.subList(0, path.size() - 1)) {
			at = (Map<String, Object>) at.computeIfAbsent(step, k -> new LinkedHashMap<>());
		}
		at.put(path.get(path.size() - 1), value);
	}

	/** A cell's value in the type of its column, as JSON would carry it; the reason in the user's words otherwise. */
	private Object value(SurveyColumns.Column column, String cell) {
		if (column.list()) {
			List<Object> items = new ArrayList<>();
			for (String item : cell.split(";")) {
				if (!item.isBlank()) {
					items.add(scalar(column, item.strip()));
				}
			}
			return items;
		}
		return scalar(column, cell);
	}

	private Object scalar(SurveyColumns.Column column, String cell) {
		Class<?> type = column.type();
		if (type == Boolean.class) {
			if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
				return Boolean.parseBoolean(cell.toLowerCase(java.util.Locale.ROOT));
			}
			throw new IllegalArgumentException(words.text("csv.boolean", column.name(), cell));
		}
		if (type == Integer.class || type == Long.class) {
			if (!cell.matches("\\d{1,12}")) {
				throw new IllegalArgumentException(words.text("csv.number", column.name(), cell));
			}
			return Long.parseLong(cell);
		}
		if (type == Double.class) {
			try {
				return Double.parseDouble(cell);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException(words.text("csv.decimal", column.name(), cell));
			}
		}
		if (type == LocalDate.class) {
			try {
				return LocalDate.parse(cell).toString();
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException(words.text("csv.date", column.name(), cell));
			}
		}
		if (type.isEnum()) {
			if (!column.choices().contains(cell)) {
				throw new IllegalArgumentException(words.text("csv.choice", column.name(), cell,
						String.join(", ", column.choices())));
			}
			return cell;
		}
		return Objects.requireNonNull(cell);
	}

	/** The cells of one line (RFC 4180 quoting, within the line); null when a quote is left open. */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		cells.add(cell.toString());
		return cells;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

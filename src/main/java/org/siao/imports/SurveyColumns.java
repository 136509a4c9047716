package org.siao.imports;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siao.survey.Member;
import org.siao.survey.Survey;

/**
 * The columns of a CSV import, read off the {@link Survey} and {@link Member} records themselves
 * so that a field added to the survey is a column the day it is added, never a list kept by hand
 * that drifts. Household fields are named by their path in the JSON survey
 * ({@code income.mainOccupation}, {@code saves}), member fields by {@code member.} and their name
 * ({@code member.ageYears}); lists are written with {@code ;} between items. The location is not
 * a column: it is the household code's village.
 */
final class SurveyColumns {

	/** The household's code, first in every row. */
	static final String KEY = "household";

	/** A CSV column: its name, its path in the survey's JSON, the Java type of a value (of an item, for lists). */
	record Column(String name, List<String> path, Class<?> type, boolean list, boolean member) {

		/** The values a choice column takes, for messages; empty for other columns. */
		List<String> choices() {
			return type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()
					: List.of();
		}

	}

	private static final Map<String, Column> ALL = columns();

	private SurveyColumns() {
	}

	/** Every column in a stable order: the household's first, then the members'. */
	static List<Column> all() {
		return List.copyOf(ALL.values());
	}

	/** The header line naming every column, the household's code first. */
	static String header() {
		return KEY + "," + String.join(",", ALL.keySet());
	}

	/**
	 * The columns as a markdown table for docs/import-csv.md, between {@link #BEGIN} and
	 * {@link #END}; a test fails while the page differs, {@link #main} rewrites it.
	 */
	static String markdown() {
		StringBuilder table = new StringBuilder("| column | row | value |\n|---|---|---|\n");
		table.append("| `").append(KEY).append("` | every row, first | the household's code: village (8 digits), `-`, number |\n");
		for (Column column : ALL.values()) {
			String type = column.type().isEnum() ? "one of " + String.join(", ", column.choices())
					: column.type() == Boolean.class ? "true or false"
							: column.type() == LocalDate.class ? "a date, 2024-06-15"
									: column.type() == Double.class ? "a number"
											: column.type() == String.class ? "text" : "a whole number";
			table.append("| `").append(column.name()).append("` | ")
				.append(column.member() ? "each member's row" : "the household's first row")
				.append(" | ").append(type).append(column.list() ? ", several separated by `;`" : "").append(" |\n");
		}
		return table.toString();
	}

	static final String BEGIN = "<!-- columns: generated from the survey records by SurveyColumns; do not edit by hand -->";

	static final String END = "<!-- end of columns -->";

	/** The page with its generated part replaced by the current columns. */
	static String withCurrentColumns(String page) {
		int begin = page.indexOf(BEGIN);
		int end = page.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("the page has no generated column list between its markers");
		}
		return page.substring(0, begin + BEGIN.length()) + "\n\n" + markdown() + "\n" + page.substring(end);
	}

	/** Rewrites the column list of docs/import-csv.md (or the page given). */
	public static void main(String[] args) throws java.io.IOException {
		java.nio.file.Path page = java.nio.file.Path.of(args.length > 0 ? args[0] : "docs/import-csv.md");
		java.nio.file.Files.writeString(page, withCurrentColumns(java.nio.file.Files.readString(page)));
	}

	static Optional<Column> named(String name) {
		return Optional.ofNullable(ALL.get(name));
	}

	private static Map<String, Column> columns() {
		Map<String, Column> columns = new LinkedHashMap<>();
		for (RecordComponent field : Survey.class.getRecordComponents()) {
			if (field.getName().equals("location") || field.getName().equals("members")) {
				continue;
			}
			if (field.getType().isRecord()) {
				for (RecordComponent inner : field.getType().getRecordComponents()) {
					add(columns, field.getName() + "." + inner.getName(), List.of(field.getName(), inner.getName()), inner,
							false);
				}
			}
			else {
				add(columns, field.getName(), List.of(field.getName()), field, false);
			}
		}
		for (RecordComponent field : Member.class.getRecordComponents()) {
			add(columns, "member." + field.getName(), List.of(field.getName()), field, true);
		}
		return columns;
	}

	private static void add(Map<String, Column> columns, String name, List<String> path, RecordComponent field,
			boolean member) {
		boolean list = List.class.isAssignableFrom(field.getType());
		Class<?> type = list ? (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]
				: field.getType();
		if (!(type == String.class || type == Boolean.class || type == Integer.class || type == Long.class
				|| type == Double.class || type == LocalDate.class || type.isEnum())) {
			// a survey field of a kind a cell cannot hold: the CSV format must be thought about, not guessed
			throw new IllegalStateException("survey field " + name + " has no CSV form");
		}
		columns.put(name, new Column(name, List.copyOf(path), type, list, member));
	}

	/**
	 * Whether a column's name says it would hold a name, an ID number or an address: the file is
	 * refused before any line is read. Letters (with Thai vowel and tone marks) and digits only, any case, in English or Thai.
	 */
	static boolean personal(String header) {
		String plain = header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{Nd}]", "");
		for (String word : PERSONAL) {
			if (plain.contains(word)) {
				return true;
			}
		}
		return plain.equals("name") || plain.equals("pid") || plain.equals("cid");
	}

	private static final List<String> PERSONAL = new ArrayList<>(List.of("firstname", "lastname", "surname",
			"fullname", "givenname", "familyname", "membername", "headname", "nationalid", "citizenid", "idcard",
			"idnumber", "idno", "passport", "address", "phone", "telephone", "ชื่อ", "นามสกุล", "สกุล",
			"บัตรประชาชน", "เลขประจำตัว", "เลขบัตร", "ที่อยู่", "บ้านเลขที่", "โทรศัพท์"));

}

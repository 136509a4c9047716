package org.siao.assessment;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Language;
import org.siao.rulebook.Cell;
import org.siao.rulebook.CellTests;
import org.siao.rulebook.RuleTable;

/**
 * Puts facts, values and table conditions into Thai or English words, so the official can read a
 * reason aloud to the family: "อายุ 72 ปี: ตั้งแต่ 60 ขึ้นไป" / "age 72 years: at least 60".
 */
final class Wording {

	private final Language language;

	private static final java.util.Map<Language, java.util.Map<String, String>> WORDS = new java.util.EnumMap<>(Language.class);

	static {
		for (Language language : Language.values()) {
			ResourceBundle bundle = ResourceBundle.getBundle("i18n.words", language.locale(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			java.util.Map<String, String> words = new java.util.HashMap<>();
			bundle.keySet().forEach(key -> words.put(key, bundle.getString(key)));
			WORDS.put(language, java.util.Map.copyOf(words));
		}
	}

	private final java.util.Map<String, String> bundle;

	private final Catalogue catalogue;

	/**
	 * Never used to format, only copied: building a DecimalFormat (pattern parsing, locale symbols
	 * looked up) cost more than a copy, on every assessment. Reading it to clone is safe from any thread.
	 */
	private static final DecimalFormat NUMBERS = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));

	// one per assessment, so one thread: DecimalFormat is not thread-safe
	private final DecimalFormat numbers = (DecimalFormat) NUMBERS.clone();

	Wording(Language language, Catalogue catalogue) {
		this.language = language;
		this.catalogue = catalogue;
		this.bundle = WORDS.get(language);
	}

	Language language() {
		return language;
	}

	String word(String key, Object... args) {
		String text = find("word." + key);
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	/** A column's name: a fact's label, or an indicator's name for an indicator column. */
	String label(String column) {
		return catalogue.indicator(column).map(i -> i.code() + " " + i.name().in(language))
			.orElseGet(() -> findOr("fact." + column + ".label", column));
	}

	String question(String fact) {
		return findOr("fact." + fact + ".question", fact);
	}

	String value(String column, Object value) {
		if (value == null) {
			return word("null");
		}
		String unit = findOr("fact." + column + ".unit", "");
		String shown = value(value);
		return unit.isEmpty() ? shown : shown + " " + unit;
	}

	String value(Object value) {
		if (value instanceof BigDecimal n) {
			return number(n);
		}
		if (value instanceof Boolean || value instanceof String) {
			return findOr("value." + value, String.valueOf(value));
		}
		return String.valueOf(value);
	}

	String number(Number n) {
		return numbers.format(n);
	}

	/** What a cell asks for, in words; the FEEL text itself when it has no simple shape. */
	String test(Cell cell) {
		return cell.shape() == null ? cell.text() : test(cell.shape());
	}

	private String test(Object shape) {
		return switch (CellTests.kind(shape)) {
			case "lt" -> word("lt", value(CellTests.bound(shape)));
			case "le" -> word("le", value(CellTests.bound(shape)));
			case "gt" -> word("gt", value(CellTests.bound(shape)));
			case "ge" -> word("ge", value(CellTests.bound(shape)));
			case "range" -> word(CellTests.highIncluded(shape) ? "range" : "rangeBelow", value(CellTests.low(shape)),
					value(CellTests.high(shape)));
			case "not" -> word("not", test(CellTests.inner(shape)));
			case "null" -> word("unknown");
			case "any" -> CellTests.parts(shape).stream().map(this::test).collect(Collectors.joining(word("or")));
			default -> value(CellTests.bound(shape));
		};
	}

	/** One condition of a row, with the household's value: "income per person 31,200 baht/person/year: below 38,000". */
	String condition(RuleTable.CellCheck check) {
		String column = check.column().name();
		Object shape = check.cell().shape();
		if (shape != null && CellTests.kind(shape).equals("eq")) {
			return check.state() == org.siao.rulebook.Tri.FALSE
					? word("required", label(column), value(column, check.value()), test(check.cell()))
					: word("is", label(column), value(column, check.value()));
		}
		return word("evidence", label(column), value(column, check.value()), test(check.cell()));
	}

	private String find(String key) {
		String word = bundle.get(key);
		if (word == null) {
			throw new IllegalStateException("no word for " + key);
		}
		return word;
	}

	private String findOr(String key, String fallback) {
		return bundle.getOrDefault(key, fallback);
	}

}

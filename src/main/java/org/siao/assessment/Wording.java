package org.siao.assessment;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Language;
import org.siao.rulebook.Cell;
import org.siao.rulebook.CellTest;
import org.siao.rulebook.RuleTable;

/**
 * Puts facts, values and table conditions into Thai or English words, so the official can read a
 * reason aloud to the family: "อายุ 72 ปี: ตั้งแต่ 60 ขึ้นไป" / "age 72 years: at least 60".
 */
final class Wording {

	private final Language language;

	private final Lexicon lexicon;

	private final Catalogue catalogue;

	/**
	 * Never used to format, only copied: building a DecimalFormat (pattern parsing, locale symbols
	 * looked up) cost more than a copy, on every assessment. Reading it to clone is safe from any thread.
	 */
	private static final DecimalFormat NUMBERS = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));

	// one per assessment, so one thread: DecimalFormat is not thread-safe; copied only when a
	// number with a fraction is written (most answers have none)
	private DecimalFormat numbers;

	// what is the same for every household on this rule book, null when words are made without one
	private final BookWords book;

	Wording(Language language, Catalogue catalogue) {
		this(language, catalogue, null);
	}

	Wording(Language language, Catalogue catalogue, BookWords book) {
		this.language = language;
		this.catalogue = catalogue;
		this.lexicon = Lexicon.of(language);
		this.book = book;
	}

	Language language() {
		return language;
	}

	BookWords book() {
		return book;
	}

	String word(String key, Object... args) {
		Lexicon.Template template = lexicon.template(key);
		if (template == null) {
			throw new IllegalStateException("no word for word." + key);
		}
		return template.fill(args);
	}

	/** A column's name: a fact's label, or an indicator's name (never its code) for an indicator column. */
	String label(String column) {
		String known = book == null ? null : book.label(column);
		if (known != null) {
			return known;
		}
		var indicator = catalogue.indicator(column);
		if (indicator.isPresent()) {
			return indicator.get().name().in(language);
		}
		String label = lexicon.label(column);
		return label == null ? column : label;
	}

	/** A household question, which names no member. */
	String question(String fact) {
		return findOr("fact." + fact + ".question", fact);
	}

	/**
	 * A question about one member, naming the member as the official knows them ("Does the son (40)
	 * receive a state pension?"), in the words that fit the member's age where the form has them.
	 */
	String question(String fact, String member, Integer age) {
		String text = null;
		if (age != null) {
			String band = age < 6 ? "young" : age < 15 ? "child" : "adult";
			text = lexicon.get("fact." + fact + ".question." + band);
		}
		if (text == null) {
			text = findOr("fact." + fact + ".question", fact);
		}
		return text.replace("{0}", member);
	}

	/** "the son, 40" / "ลูกชาย อายุ 40": relation to the head, sex where the words differ, and age. */
	String member(String relation, String sex, Integer age, boolean inSentence) {
		String who = sex == null ? null : lexicon.get("relation." + relation + "." + sex);
		if (who == null) {
			who = findOr("relation." + relation, relation);
		}
		if (age == null) {
			return who;
		}
		if (age < 1) {
			return word("member.baby", who);
		}
		return word(inSentence ? "member.inSentence" : "member", who, age);
	}

	/** An answer shown as a choice: "P.2", "the breadwinner died". */
	String choice(String value) {
		return findOr("value." + value, value);
	}

	/** The separator between the parts of a reason: a space in Thai, a comma in English. */
	String separator() {
		return find("word.separator");
	}

	String value(String column, Object value) {
		if (value == null) {
			return word("null");
		}
		String unit = lexicon.unit(column);
		if (unit == null) {
			unit = "";
		}
		String shown = value(value);
		return unit.isEmpty() ? shown : shown + " " + unit;
	}

	String value(Object value) {
		if (value instanceof BigDecimal n) {
			return number(n);
		}
		if (value instanceof Boolean || value instanceof String) {
			String shown = String.valueOf(value);
			String words = lexicon.value(shown);
			return words == null ? shown : words;
		}
		if (value instanceof java.time.LocalDate date) {
			return org.siao.survey.BuddhistEra.format(date, lexicon.locale());
		}
		return String.valueOf(value);
	}

	String number(Number n) {
		if (n instanceof Long whole) {
			return grouped(whole);
		}
		if (n instanceof BigDecimal d && d.scale() <= 0 && d.precision() - d.scale() <= 18) {
			return grouped(d.longValueExact());
		}
		if (numbers == null) {
			numbers = (DecimalFormat) NUMBERS.clone();
		}
		return numbers.format(n);
	}

	/** A whole number as "#,##0" writes it (most amounts and facts are whole), without DecimalFormat. */
	private static String grouped(long n) {
		String digits = Long.toString(n);
		int start = n < 0 ? 1 : 0;
		int length = digits.length() - start;
		if (length <= 3) {
			return digits;
		}
		StringBuilder out = new StringBuilder(digits.length() + length / 3);
		out.append(digits, 0, start);
		int head = length % 3 == 0 ? 3 : length % 3;
		out.append(digits, start, start + head);
		for (int i = start + head; i < digits.length(); i += 3) {
			out.append(',').append(digits, i, i + 3);
		}
		return out.toString();
	}

	/** What a cell asks for, in words; the FEEL text itself when it has no simple shape. */
	String test(Cell cell) {
		return cell.shape() == null ? cell.text() : lexicon.cellTest(cell, c -> test(c.shape()));
	}

	private String test(CellTest shape) {
		if (shape instanceof CellTest.Compare c) {
			String key = switch (c.operator()) {
				case BELOW -> "lt";
				case AT_MOST -> "le";
				case ABOVE -> "gt";
				case AT_LEAST -> "ge";
			};
			return word(key, value(c.bound()));
		}
		if (shape instanceof CellTest.Range r) {
			return word(r.highIncluded() ? "range" : "rangeBelow", value(r.low()), value(r.high()));
		}
		if (shape instanceof CellTest.Not n) {
			return word("not", test(n.inner()));
		}
		if (shape instanceof CellTest.IsNull) {
			return word("unknown");
		}
		if (shape instanceof CellTest.AnyOf any) {
			// the words around "or" carry their own spaces: a properties file drops leading ones
			return any.tests().stream().map(this::test).collect(Collectors.joining(" " + word("or") + " "));
		}
		return value(((CellTest.EqualTo) shape).expected());
	}

	/** One condition of a row, with the household's value: "income per person 31,200 baht/person/year: below 38,000". */
	String condition(RuleTable.CellCheck check) {
		String column = check.column().name();
		if (check.cell().shape() instanceof CellTest.EqualTo equal) {
			Object wanted = equal.expected();
			if (wanted instanceof Boolean yes && lexicon.yes(column) != null) {
				if (check.value() == null) {
					return word("is", label(column), word("null"));
				}
				return check.state() == org.siao.rulebook.Tri.FALSE ? word("requiredFact", yesNo(column, (Boolean) check.value()), yesNo(column, yes))
						: yesNo(column, (Boolean) check.value());
			}
			return check.state() == org.siao.rulebook.Tri.FALSE
					? word("required", label(column), value(column, check.value()), test(check.cell()))
					: word("is", label(column), value(column, check.value()));
		}
		return word("evidence", label(column), value(column, check.value()), test(check.cell()));
	}

	/** A yes/no fact in the words that fit it: "มีบัตรสวัสดิการแห่งรัฐ", "not in school". */
	String yesNo(String fact, boolean value) {
		String words = value ? lexicon.yes(fact) : lexicon.no(fact);
		return words != null ? words : label(fact) + ": " + value(value);
	}

	/** One condition as a short phrase for a reason: "อายุ 72 ปี", "ไม่ได้รับบำนาญจากรัฐ". */
	String phrase(RuleTable.CellCheck check) {
		String column = check.column().name();
		Object value = check.value();
		if (value instanceof Boolean b && lexicon.yes(column) != null) {
			return yesNo(column, b);
		}
		// a number reads with its unit ("อายุ 72 ปี"); a named answer after the question's label
		return word(value instanceof BigDecimal ? "fact" : "is", label(column), value(column, value));
	}

	private String find(String key) {
		String word = lexicon.get(key);
		if (word == null) {
			throw new IllegalStateException("no word for " + key);
		}
		return word;
	}

	private String findOr(String key, String fallback) {
		String word = lexicon.get(key);
		return word == null ? fallback : word;
	}

}

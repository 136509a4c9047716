package org.siao.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as Thai officials read and write them: the year in the Buddhist era (BE = CE + 543).
 * Surveys store ISO dates; only what people see and type is in BE.
 */
public final class BuddhistEra {

	/** Years between the Buddhist and the common era. */
	public static final int OFFSET = 543;

	private static final String[] THAI_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private BuddhistEra() {
	}

	public static int toBuddhist(int commonEraYear) {
		return commonEraYear + OFFSET;
	}

	public static int toCommon(int buddhistEraYear) {
		return buddhistEraYear - OFFSET;
	}

	/** The date from its day, month and BE year, as a form gives them. */
	public static LocalDate of(int day, int month, int buddhistEraYear) {
		return LocalDate.of(toCommon(buddhistEraYear), month, day);
	}

	/** "29 พ.ย. 2569" in Thai, "29 Nov 2569 BE" in English: the same BE year in both languages. */
	public static String format(LocalDate date, Locale locale) {
		int year = toBuddhist(date.getYear());
		if ("th".equals(locale.getLanguage())) {
			return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + year;
		}
		return ENGLISH.format(date) + " " + year + " BE";
	}

}

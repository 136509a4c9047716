package org.siao.areas;

import java.util.Locale;

/**
 * One administrative area with its DOPA geocode: a province (2 digits), a district (4 digits, its
 * province's code first) or a sub-district (6 digits, its district's code first).
 */
public record Area(String code, String nameTh, String nameEn) {

	/** How deep an area sits, read from the length of its code. */
	public enum Level {

		PROVINCE, DISTRICT, SUBDISTRICT

	}

	/** The name in the caller's language: English for {@code en}, Thai otherwise. */
	public String name(Locale locale) {
		return locale != null && locale.getLanguage().equals("en") ? nameEn : nameTh;
	}

	public Level level() {
		return switch (code.length()) {
			case 2 -> Level.PROVINCE;
			case 4 -> Level.DISTRICT;
			default -> Level.SUBDISTRICT;
		};
	}

	/** The code of the area this one lies in; null for a province. */
	public String parentCode() {
		return code.length() == 2 ? null : code.substring(0, code.length() - 2);
	}

}

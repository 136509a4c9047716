package org.siao.catalogue;

import java.util.Locale;

public enum Language {

	TH, EN;

	public static Language of(Locale locale) {
		return locale != null && locale.getLanguage().equals("en") ? EN : TH;
	}

	public Locale locale() {
		return this == EN ? Locale.ENGLISH : Locale.forLanguageTag("th");
	}

}

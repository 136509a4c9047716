package org.siao.imports;

import java.util.Locale;
import java.util.ResourceBundle;

/** The reasons an import gives, in Thai (the default) or English: {@code i18n/imports*.properties}. */
final class ImportWords {

	private static final ResourceBundle.Control EXACT = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ResourceBundle bundle;

	private final Locale locale;

	private ImportWords(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("i18n.imports", locale, EXACT);
	}

	static ImportWords of(Locale locale) {
		return new ImportWords(locale != null && "en".equals(locale.getLanguage()) ? Locale.ROOT
				: Locale.forLanguageTag("th"));
	}

	Locale locale() {
		return locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale;
	}

	String text(String key, Object... args) {
		String text = bundle.getString(key);
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

}

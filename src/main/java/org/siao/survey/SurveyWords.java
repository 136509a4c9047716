package org.siao.survey;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Siao's words for problems with a survey, in Thai (the default) or English: the messages of
 * {@code i18n/problems*.properties}, and the labels of the fields, taken from the facts' labels in
 * {@code i18n/words*.properties} where a field is a fact of the same name.
 */
public final class SurveyWords {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final ResourceBundle.Control EXACT = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Locale locale;

	private final ResourceBundle problems;

	private final ResourceBundle facts;

	private SurveyWords(Locale locale) {
		this.locale = locale;
		this.problems = ResourceBundle.getBundle("i18n.problems", locale, EXACT);
		this.facts = ResourceBundle.getBundle("i18n.words", locale, EXACT);
	}

	/** English when the locale's language is English, otherwise Thai. */
	public static SurveyWords of(Locale locale) {
		return new SurveyWords(locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : THAI);
	}

	public Locale locale() {
		return locale;
	}

	/** The text of a key with {0}, {1}... filled in; the key itself if it has no text (a bug, never a crash). */
	public String text(String key, Object... args) {
		String text = find(key).orElse(key);
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	public Optional<String> find(String key) {
		try {
			return Optional.of(problems.getString(key));
		}
		catch (MissingResourceException e) {
			return Optional.empty();
		}
	}

	/** The label of one survey field by its name in the form: own words first, then the fact of that name. */
	Optional<String> fieldLabel(String key, String leaf) {
		Optional<String> own = find("field." + key);
		if (own.isPresent()) {
			return own;
		}
		try {
			return Optional.of(facts.getString("fact." + leaf + ".label"));
		}
		catch (MissingResourceException e) {
			return Optional.empty();
		}
	}

	/** A grade as officials write it: ป.4, ม.3 / P.4, M.3. */
	String grade(Grade grade) {
		return text("grade." + grade.name());
	}

}

package org.siao.drafts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.siao.catalogue.Language;

/** What the draft API says when it refuses something, in Thai (the default) or English. */
final class DraftMessages {

	private DraftMessages() {
	}

	static String get(Locale locale, String key, Object... arguments) {
		Language language = Language.of(locale);
		ResourceBundle bundle = ResourceBundle.getBundle("i18n/drafts", language.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
	}

}

package org.siao.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.siao.catalogue.Language;

/**
 * The answer's words in one language (i18n/words*.properties), read once and sorted by what they
 * are for: templates ("word.*", with their {0} {1} places found once), and per fact its label,
 * unit, yes/no wording and question. An assessment looks words up by a fact or key it already
 * has, so it builds no "fact." + name + ".label" string per condition.
 */
final class Lexicon {

	private static final Map<Language, Lexicon> BY_LANGUAGE = new EnumMap<>(Language.class);

	static {
		for (Language language : Language.values()) {
			ResourceBundle bundle = ResourceBundle.getBundle("i18n.words", language.locale(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			Map<String, String> all = new HashMap<>();
			bundle.keySet().forEach(key -> all.put(key, bundle.getString(key)));
			BY_LANGUAGE.put(language, new Lexicon(all, language.locale()));
		}
	}

	static Lexicon of(Language language) {
		return BY_LANGUAGE.get(language);
	}

	private final java.util.Locale locale;

	/** The language's locale, made once ({@link Language#locale()} parses a language tag per call). */
	java.util.Locale locale() {
		return locale;
	}

	// what a table cell asks for, in words: the same for every household, so worded once per cell;
	// emptied when it grows past any real rule set's cells (old rule books' cells are not kept)
	private final java.util.concurrent.ConcurrentHashMap<org.siao.rulebook.Cell, String> cellTests = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int MOST_CELLS_REMEMBERED = 20_000;

	String cellTest(org.siao.rulebook.Cell cell, java.util.function.Function<org.siao.rulebook.Cell, String> wording) {
		String words = cellTests.get(cell);
		if (words == null) {
			if (cellTests.size() > MOST_CELLS_REMEMBERED) {
				cellTests.clear();
			}
			words = wording.apply(cell);
			cellTests.put(cell, words);
		}
		return words;
	}

	private final Map<String, String> all;

	private final Map<String, Template> templates = new HashMap<>();

	private final Map<String, String> labels = new HashMap<>();

	private final Map<String, String> units = new HashMap<>();

	private final Map<String, String> yes = new HashMap<>();

	private final Map<String, String> no = new HashMap<>();

	private final Map<String, String> values = new HashMap<>();

	private Lexicon(Map<String, String> all, java.util.Locale locale) {
		this.all = Map.copyOf(all);
		this.locale = locale;
		all.forEach((key, text) -> {
			if (key.startsWith("word.")) {
				templates.put(key.substring("word.".length()), new Template(text));
			}
			else if (key.startsWith("value.")) {
				values.put(key.substring("value.".length()), text);
			}
			else if (key.startsWith("fact.")) {
				sortFact(key.substring("fact.".length()), text);
			}
		});
	}

	private void sortFact(String rest, String text) {
		if (rest.endsWith(".label")) {
			labels.put(rest.substring(0, rest.length() - ".label".length()), text);
		}
		else if (rest.endsWith(".unit")) {
			units.put(rest.substring(0, rest.length() - ".unit".length()), text);
		}
		else if (rest.endsWith(".yes")) {
			yes.put(rest.substring(0, rest.length() - ".yes".length()), text);
		}
		else if (rest.endsWith(".no")) {
			no.put(rest.substring(0, rest.length() - ".no".length()), text);
		}
	}

	/** Any entry by its full key, null when there is none. */
	String get(String key) {
		return all.get(key);
	}

	/** A "word.*" template by the part after "word.", null when there is none. */
	Template template(String key) {
		return templates.get(key);
	}

	String label(String fact) {
		return labels.get(fact);
	}

	String unit(String fact) {
		return units.get(fact);
	}

	String yes(String fact) {
		return yes.get(fact);
	}

	String no(String fact) {
		return no.get(fact);
	}

	/** An answer's words ("value.P2"), null when the answer is shown as it is. */
	String value(String value) {
		return values.get(value);
	}

	/**
	 * A text with numbered places {0} {1}. Filling it gives what replacing "{0}", then "{1}", ...
	 * in turn gives, without a search per place; an argument that itself holds a "{" is filled
	 * that slow way, so the result never differs.
	 */
	static final class Template {

		private final String text;

		// the text between places, and the number of each place; places[i] sits after literals[i]
		private final String[] literals;

		private final int[] places;

		Template(String text) {
			this.text = text;
			List<String> literal = new ArrayList<>();
			List<Integer> place = new ArrayList<>();
			int from = 0;
			int i = 0;
			while (i < text.length()) {
				int close = text.charAt(i) == '{' ? text.indexOf('}', i) : -1;
				if (close > i + 1 && isNumber(text, i + 1, close)) {
					literal.add(text.substring(from, i));
					place.add(Integer.parseInt(text.substring(i + 1, close)));
					i = close + 1;
					from = i;
				}
				else {
					i++;
				}
			}
			literal.add(text.substring(from));
			this.literals = literal.toArray(String[]::new);
			this.places = place.stream().mapToInt(Integer::intValue).toArray();
		}

		private static boolean isNumber(String text, int from, int to) {
			if (to - from > 3) {
				return false;
			}
			for (int i = from; i < to; i++) {
				if (text.charAt(i) < '0' || text.charAt(i) > '9') {
					return false;
				}
			}
			// "{01}" is not what replace("{1}") finds
			return to - from == 1 || text.charAt(from) != '0';
		}

		String fill(Object... args) {
			if (places.length == 0) {
				return text;
			}
			String[] shown = new String[args.length];
			for (int a = 0; a < args.length; a++) {
				shown[a] = String.valueOf(args[a]);
				if (shown[a].indexOf('{') >= 0) {
					return slowFill(shown);
				}
			}
			StringBuilder out = new StringBuilder(text.length() + 32);
			for (int p = 0; p < places.length; p++) {
				out.append(literals[p]);
				int n = places[p];
				if (n < shown.length) {
					out.append(shown[n]);
				}
				else {
					out.append('{').append(n).append('}');
				}
			}
			return out.append(literals[places.length]).toString();
		}

		private String slowFill(String[] shown) {
			String out = text;
			for (int a = 0; a < shown.length; a++) {
				out = out.replace("{" + a + "}", shown[a]);
			}
			return out;
		}

	}

}

package org.siao.assessment.print;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places Thai vowel and tone marks the way a text shaper would. The PDF renderer draws each
 * character with its default glyph, and Sarabun's default tone marks sit low, for a bare consonant:
 * after an upper vowel (ที่, เบี้ย) they land on the vowel and vanish into it. The font carries raised,
 * left-shifted and dropped forms of these marks, reached only through OpenType substitution, which
 * the renderer lacks. So the text is given, mark by mark, a private-use character that
 * {@link PrintFont} maps to the right form, and {@link TextLayer} maps back to the real character
 * so the PDF's text still reads (and is searched and copied) as ordinary Thai.
 */
final class ThaiMarks {

	/** The alternate forms used, by glyph name; the i-th is given the private-use character FIRST + i. */
	static final List<String> FORMS = List.of("uni0E48.small", "uni0E49.small", "uni0E4A.small", "uni0E4B.small",
			"uni0E4C.small", "uni0E48.narrow", "uni0E49.narrow", "uni0E4A.narrow", "uni0E4B.narrow", "uni0E4C.narrow",
			"uni0E31.narrow", "uni0E34.narrow", "uni0E35.narrow", "uni0E36.narrow", "uni0E37.narrow", "uni0E47.narrow",
			"uni0E4D.narrow", "uni0E38.small", "uni0E39.small", "uni0E3A.small");

	/** The first private-use character given to a form (U+F700, where legacy Thai fonts keep theirs). */
	static final char FIRST = '\uF700';

	/** Each form's character by mark and kind of form: "\u0E48.small" → U+F700. */
	private static final Map<String, Character> CHARS = chars();

	private ThaiMarks() {
	}

	/** The text with each mark that needs another form replaced by that form's character; same length. */
	static String shape(String text) {
		char[] chars = text.toCharArray();
		char base = 0;
		boolean above = false;
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (isUpperVowel(c)) {
				above = true;
				chars[i] = isTall(base) ? form(c, ".narrow") : c;
			}
			else if (isToneMark(c)) {
				boolean beforeAm = i + 1 < chars.length && chars[i + 1] == '\u0E33';
				chars[i] = above || beforeAm ? form(c, ".small") : isTall(base) ? form(c, ".narrow") : c;
			}
			else if (isLowerVowel(c)) {
				chars[i] = hasTail(base) ? form(c, ".small") : c;
			}
			else {
				base = c;
				above = false;
			}
		}
		return new String(chars);
	}

	/** The real Thai character behind a form's character; any other character as it is. */
	static char plain(char c) {
		int i = c - FIRST;
		if (i < 0 || i >= FORMS.size()) {
			return c;
		}
		return (char) Integer.parseInt(FORMS.get(i).substring(3, 7), 16);
	}

	static String plain(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = plain(chars[i]);
		}
		return new String(chars);
	}

	private static char form(char c, String suffix) {
		return CHARS.getOrDefault(c + suffix, c);
	}

	private static Map<String, Character> chars() {
		Map<String, Character> chars = new HashMap<>();
		for (int i = 0; i < FORMS.size(); i++) {
			String name = FORMS.get(i);
			chars.put((char) Integer.parseInt(name.substring(3, 7), 16) + name.substring(7), (char) (FIRST + i));
		}
		return Map.copyOf(chars);
	}

	/** ั ิ ี ึ ื ็ and nikhahit: marks that sit above the consonant. */
	private static boolean isUpperVowel(char c) {
		return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37') || c == '\u0E47' || c == '\u0E4D';
	}

	/** ่ ้ ๊ ๋ and the silencer ์. */
	private static boolean isToneMark(char c) {
		return c >= '\u0E48' && c <= '\u0E4C';
	}

	/** ุ ู ฺ */
	private static boolean isLowerVowel(char c) {
		return c >= '\u0E38' && c <= '\u0E3A';
	}

	/** ป ฝ ฟ ฬ: their stems rise to where the marks go, so the marks move left. */
	private static boolean isTall(char c) {
		return c == '\u0E1B' || c == '\u0E1D' || c == '\u0E1F' || c == '\u0E2C';
	}

	/** ญ ฎ ฏ ฐ: their tails hang where the lower vowels go, so the vowels drop. */
	private static boolean hasTail(char c) {
		return c == '\u0E0D' || c == '\u0E0E' || c == '\u0E0F' || c == '\u0E10';
	}

}

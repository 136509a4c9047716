package org.siao.assessment.print;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaks between Thai words. Thai is written without spaces, and the renderer's default
 * breaker (US rules) would let a Thai sentence run off the page; Java's Thai line breaker finds
 * word boundaries from its dictionary and breaks Latin text as before.
 */
final class ThaiLineBreaker implements FSTextBreaker {

	private final BreakIterator words = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));

	@Override
	public int next() {
		return words.next();
	}

	@Override
	public void setText(String text) {
		// the marks' print forms are unknown to the dictionary: break the plain text (same length)
		words.setText(ThaiMarks.plain(text));
	}

}

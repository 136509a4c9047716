package org.siao.imports;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A file's lines with their line numbers, blank lines passed over: how both import formats read,
 * so that a bad line is reported at the number an editor shows for it.
 */
final class NumberedLines {

	private final BufferedReader in;

	private int number;

	/** Reads on from {@code in}, which has already given {@code linesRead} lines (a CSV header). */
	NumberedLines(BufferedReader in, int linesRead) {
		this.in = in;
		this.number = linesRead;
	}

	/** The next line that is not blank, or null at the end of the file; {@link #number()} is its number. */
	String next() throws IOException {
		String text;
		do {
			text = in.readLine();
			number++;
			if (text == null) {
				return null;
			}
		}
		while (text.isBlank());
		return text;
	}

	int number() {
		return number;
	}

}

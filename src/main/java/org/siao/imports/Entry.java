package org.siao.imports;

import java.util.List;

import org.siao.survey.Survey;

/**
 * What a file reader gives the importer, in file order: a household's survey read from its line
 * (JSON Lines) or rows (CSV), or the lines that could not be read, each with its reason.
 * {@code lastLine} is the last line the entry covers: an import that stops resumes after it.
 */
sealed interface Entry {

	int lastLine();

	/** A household's survey; {@code memberLines[i]} is the line of member i (all the same line in JSON Lines). */
	record Read(int lastLine, String household, Survey survey, int firstLine, int[] memberLines) implements Entry {

		/** The line a problem with this field belongs to: a member's own row when the field is a member's. */
		int lineOf(String field) {
			if (field != null && field.startsWith("members[")) {
				int end = field.indexOf(']');
				try {
					int index = Integer.parseInt(field.substring(8, end));
					if (index >= 0 && index < memberLines.length) {
						return memberLines[index];
					}
				}
				catch (RuntimeException e) {
					// not a member's index after all: the household's first line
				}
			}
			return firstLine;
		}

	}

	/**
	 * A line read but not yet parsed: the reader only splits the file, and the assessing threads
	 * parse it into a {@link Read} or an {@link Unread}. Parsing a line costs about as much as a
	 * third of assessing it, so on the reader's thread, which also stores, it would cap the import
	 * at one core's worth of parsing once assessing gets faster.
	 */
	record Unparsed(int lastLine, java.util.function.Supplier<Entry> parse) implements Entry {
	}

	/** Lines that could not be read, each with its reason; nothing of them is kept. */
	record Unread(int lastLine, List<ImportRuns.Problem> problems) implements Entry {
	}

}

package org.siao.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON Lines, one household a line: {@code {"household":"40010105-12","survey":{...}}}. */
final class JsonLinesSurveys implements SurveyReader {

	/** One line of the file. */
	record Line(String household, org.siao.survey.Survey survey) {
	}

	private final BufferedReader in;

	private final JsonMapper json;

	private final ImportWords words;

	private final NumberedLines lines;

	JsonLinesSurveys(BufferedReader in, JsonMapper json, ImportWords words) {
		this.in = in;
		this.lines = new NumberedLines(in, 0);
		this.json = json;
		this.words = words;
	}

	/** The next non-blank line, left to be parsed on an assessing thread (see {@link Entry.Unparsed}). */
	@Override
	public Entry next() throws IOException {
		String line = lines.next();
		if (line == null) {
			return null;
		}
		int at = lines.number();
		return new Entry.Unparsed(at, () -> parse(line, at));
	}

	/** One line as a household's survey, or why it is not one. Thread-safe: called on the assessing threads. */
	Entry parse(String text, int lineNumber) {
		Line line;
		try {
			line = json.readValue(text, Line.class);
		}
		catch (JacksonException e) {
			return bad(lineNumber, words.text("json.notJson", e.getOriginalMessage()));
		}
		if (line.survey() == null || line.household() == null) {
			return bad(lineNumber, words.text("json.needs"));
		}
		int[] lines = new int[line.survey().members().size()];
		java.util.Arrays.fill(lines, lineNumber);
		return new Entry.Read(lineNumber, line.household(), line.survey(), lineNumber, lines);
	}

	private static Entry bad(int lineNumber, String reason) {
		return new Entry.Unread(lineNumber, List.of(new ImportRuns.Problem(lineNumber, reason)));
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

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

	private int number;

	JsonLinesSurveys(BufferedReader in, JsonMapper json, ImportWords words) {
		this.in = in;
		this.json = json;
		this.words = words;
	}

	@Override
	public Entry next() throws IOException {
		String text;
		do {
			text = in.readLine();
			number++;
			if (text == null) {
				return null;
			}
		}
		while (text.isBlank());
		Line line;
		try {
			line = json.readValue(text, Line.class);
		}
		catch (JacksonException e) {
			return bad(words.text("json.notJson", e.getOriginalMessage()));
		}
		if (line.survey() == null || line.household() == null) {
			return bad(words.text("json.needs"));
		}
		int[] lines = new int[line.survey().members().size()];
		java.util.Arrays.fill(lines, number);
		return new Entry.Read(number, line.household(), line.survey(), number, lines);
	}

	private Entry bad(String reason) {
		return new Entry.Unread(number, List.of(new ImportRuns.Problem(number, reason)));
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

package org.siao.policy.effect;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.siao.survey.Survey;
import tools.jackson.databind.json.JsonMapper;

/**
 * Households uploaded to try a draft on: JSON Lines, one survey a line, each exactly the body the
 * assessment API takes. A line that cannot be read is reported by its number, never its content.
 */
public final class HouseholdUpload {

	/** An upload read: the households and the numbers of the lines that could not be read. */
	public record Read(List<Household> households, List<Integer> badLines) {
	}

	public static final int MAX_HOUSEHOLDS = 2000;

	private HouseholdUpload() {
	}

	public static Read read(byte[] bytes, JsonMapper json) {
		List<Household> households = new ArrayList<>();
		List<Integer> bad = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null && households.size() < MAX_HOUSEHOLDS) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				try {
					households.add(new Household("#" + number, null, json.readValue(line, Survey.class)));
				}
				catch (RuntimeException e) {
					bad.add(number);
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return new Read(households, bad);
	}

}

package org.siao.households;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.siao.survey.Survey;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey as stored: its JSON without the unanswered (null) fields, gzip-compressed. A household
 * of four takes a few hundred bytes.
 */
final class SurveyCodec {

	private final JsonMapper json;

	SurveyCodec(JsonMapper json) {
		this.json = json.rebuild()
			.changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	byte[] write(Survey survey) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
			json.writeValue(zip, survey);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	Survey read(byte[] stored) {
		try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
			return json.readValue(zip, Survey.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

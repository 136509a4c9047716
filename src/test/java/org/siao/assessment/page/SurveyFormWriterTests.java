package org.siao.assessment.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.siao.survey.Survey;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/** A revisit starts from the last survey: written into the form and read back, it is the same survey. */
class SurveyFormWriterTests {

	@Test
	void aStoredSurveyComesBackThroughTheFormUnchanged() throws Exception {
		Survey survey;
		try (var in = getClass().getResourceAsStream("/grandmother.json")) {
			survey = JsonMapper.builder().build().readValue(in, Survey.class);
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/pages");
		messages.setDefaultEncoding("UTF-8");
		FormReader.Reading reading = new FormReader(messages, Locale.ENGLISH).read(SurveyFormWriter.write(survey));

		assertThat(reading.errors().isEmpty()).isTrue();
		assertThat(reading.survey()).isEqualTo(survey);
	}

}

package org.siao.properties;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Properties of the assessment API, signed in as an official (as a session would be: the password
 * check, deliberately slow, is tested elsewhere): whatever survey is sent, valid or
 * broken, the answer is never a server error; a valid survey is answered, and the order of the
 * keys in its JSON does not change the answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiPropertyTests {

	static final Path RULES = org.siao.TestRules.copy();

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
	}

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse send(String body, String language) throws Exception {
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body)
			.header("Accept-Language", language).with(user("official").roles("OFFICIAL"))).andReturn().getResponse();
	}

	@TestFactory
	Stream<DynamicTest> aValidSurveyIsAnsweredWhateverTheOrderOfItsKeys() {
		return EnginePropertyTests.seeds(40).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
			Random random = new Random(seed);
			JsonNode survey = EnginePropertyTests.SURVEYS.valid(random);
			String language = random.nextBoolean() ? "en" : "th";
			MockHttpServletResponse answer = send(survey.toString(), language);
			assertThat(answer.getStatus()).as("household %s: %s", survey, answer.getContentAsString()).isEqualTo(200);
			MockHttpServletResponse shuffled = send(Surveys.shuffledKeys(survey, random).toString(), language);
			assertThat(shuffled.getContentAsString()).as("household %s", survey).isEqualTo(answer.getContentAsString());
		}));
	}

	@TestFactory
	Stream<DynamicTest> aBrokenSurveyIsNeverAServerError() {
		return EnginePropertyTests.seeds(60).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
			Random random = new Random(seed);
			String body = EnginePropertyTests.SURVEYS.invalid(random).toString();
			if (random.nextInt(4) == 0) {
				body = body.substring(0, random.nextInt(body.length()));
			}
			MockHttpServletResponse answer = send(body, random.nextBoolean() ? "en" : "th");
			assertThat(answer.getStatus()).as("%s -> %s", body, answer.getContentAsString()).isLessThan(500);
		}));
	}

}

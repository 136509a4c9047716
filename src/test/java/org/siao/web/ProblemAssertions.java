package org.siao.web;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user may be answered with when a request is wrong: a 4xx problem, in words, without Java. */
final class ProblemAssertions {

	/** Words that only Java or its libraries would write. */
	static final List<String> JAVA_WORDS = List.of("org.", "java.", "Exception", "tools.jackson", "Cannot deserialize",
			"constructor", "jakarta.", "springframework", "Source:", "EXCEEDS_PAD", "Value(");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAssertions() {
	}

	/** A 4xx problem JSON with a type page, a title and nothing a Java program would write. */
	static void assertProblem(String what, int status, String contentType, String body) {
		assertThat(status).as(what + ": status (body " + body + ")").isBetween(400, 499);
		assertThat(contentType).as(what + ": content type").startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.path("type").asString()).as(what + ": type").startsWith("/problems/");
		assertThat(problem.path("title").asString()).as(what + ": title").isNotBlank();
		assertThat(problem.path("status").asInt()).as(what + ": status in the body").isEqualTo(status);
		assertNoJava(what, body);
	}

	static void assertNoJava(String what, String body) {
		for (String word : JAVA_WORDS) {
			assertThat(body).as(what + ": no Java words").doesNotContain(word);
		}
	}

}

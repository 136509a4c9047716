package org.siao.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every rule behind an answer links the documents it cites, as GET /api/v1/sources lists them. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class ExplanationSourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleBooks ruleBooks;

	@Test
	void everyRuleBehindARecommendationLinksItsDocumentsOrSaysWhyNone() throws Exception {
		String answer = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
				.content(Files.readString(Path.of("src/test/resources/grandmother.json"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> rules = JsonPath.read(answer, "$.recommendations[*].rules[*]");
		assertThat(rules).isNotEmpty();
		Sources sources = ruleBooks.current().sources();
		int linked = 0;
		for (Map<String, Object> rule : rules) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> citations = (List<Map<String, Object>>) rule.get("citations");
			if (citations.isEmpty()) {
				assertThat((String) rule.get("source")).as(rule.toString()).startsWith(Citation.UNCONFIRMED);
			}
			for (Map<String, Object> citation : citations) {
				Source listed = sources.get((String) citation.get("key")).orElseThrow();
				assertThat(citation.get("link")).isEqualTo(listed.link());
				assertThat(citation.get("title")).isEqualTo(listed.title().en());
				linked++;
			}
		}
		assertThat(linked).isPositive();
	}

}

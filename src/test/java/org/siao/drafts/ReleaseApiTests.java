package org.siao.drafts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two drafts of one release: the second finds live moved, rebases row by row, and both changes end up live. */
@SpringBootTest
@AutoConfigureMockMvc
class ReleaseApiTests {

	static final Path RULES = org.siao.TestRules.copy();

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
		// compiling a draft on a loaded build machine can take longer than the service's limit
		registry.add("siao.drafts.check-timeout", () -> "120s");
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
	}

	@Autowired
	MockMvc mvc;

	private String draft(String from, String to) throws Exception {
		String text = Files.readString(RULES.resolve("programmes/cash.dmn"));
		assertThat(text).contains(from);
		var file = new MockMultipartFile("file", "cash.dmn", "application/xml", text.replace(from, to).getBytes());
		var result = mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "programmes/cash.dmn")
			.with(httpBasic("policy", "siao-policy"))).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	/** The value the live cash table holds in one output cell, read rather than remembered. */
	private static long cell(String elementId) throws Exception {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + elementId + "\"><text>(\\d+)</text>")
			.matcher(Files.readString(RULES.resolve("programmes/cash.dmn")));
		assertThat(m.find()).as("cash.dmn has an amount cell %s", elementId).isTrue();
		return Long.parseLong(m.group(1));
	}

	/** A draft that sets one output cell to a new amount. */
	private String draft(String elementId, long to) throws Exception {
		String at = "id=\"" + elementId + "\"><text>";
		return draft(at + cell(elementId) + "</text>", at + to + "</text>");
	}

	private org.springframework.test.web.servlet.ResultActions publish(String id) throws Exception {
		return mvc.perform(post("/api/v1/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"test\",\"acceptFailingCases\":true}").header("Accept-Language", "en")
			.with(httpBasic("policy", "siao-policy")));
	}

	private String fourElders() throws Exception {
		var c = org.siao.casebook.CasebookReader.read(Path.of("casebook")).stream()
			.filter(x -> x.path().equals("elderly/four-age-bands.yaml")).findFirst().orElseThrow();
		String body = new tools.jackson.databind.json.JsonMapper().writeValueAsString(c.survey());
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("official", "siao-official"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theSecondDraftIsRefusedWithTheChangesSinceThenRebasedAndBothChangesGoLive() throws Exception {
		String firstBand = "dt_OLD_AGE_ALLOWANCE_r1_o";
		String secondBand = "dt_OLD_AGE_ALLOWANCE_r2_o";
		long first = cell(firstBand) + 50;
		long second = cell(secondBand) + 50;
		String a = draft(firstBand, first);
		String b = draft(secondBand, second);
		String conflicting = draft(firstBand, first + 10);
		publish(a).andExpect(status().isOk());

		publish(b).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://siao.example/problems/live-moved"))
			.andExpect(jsonPath("$.rebase").value("/api/v1/drafts/" + b + "/rebase"))
			.andExpect(jsonPath("$.changes[0].table").value("OLD-AGE-ALLOWANCE"))
			.andExpect(jsonPath("$.changes[0].newValue").value(String.valueOf(first)));
		assertThat(fourElders()).contains("\"amount\":" + first).doesNotContain("\"amount\":" + second);

		mvc.perform(post("/api/v1/drafts/" + b + "/rebase").with(httpBasic("policy", "siao-policy")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.conflicts").isEmpty());
		publish(b).andExpect(status().isOk());
		assertThat(fourElders()).contains("\"amount\":" + first).contains("\"amount\":" + second);

		mvc.perform(post("/api/v1/drafts/" + conflicting + "/rebase").header("Accept-Language", "en")
			.with(httpBasic("policy", "siao-policy"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.conflicts[0].table").value("OLD-AGE-ALLOWANCE"))
			.andExpect(jsonPath("$.conflicts[0].row").value(1));
		mvc.perform(get("/api/v1/rules/releases").with(httpBasic("official", "siao-official"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].state").value("LIVE")).andExpect(jsonPath("$[1].state").value("SUPERSEDED"));
	}

	@Test
	void aFailingCaseTakesTheDraftsOutcomeWhenAccepted() throws Exception {
		String thirdBand = "dt_OLD_AGE_ALLOWANCE_r3_o";
		String id = draft(thirdBand, cell(thirdBand) + 20);
		mvc.perform(get("/api/v1/drafts/" + id + "/casebook").with(httpBasic("policy", "siao-policy")))
			.andExpect(jsonPath("$.changes[?(@.path == 'elderly/four-age-bands.yaml')].failsNow").value(hasItem(true)));
		mvc.perform(post("/api/v1/drafts/" + id + "/casebook/elderly/four-age-bands.yaml/accept")
			.with(httpBasic("policy", "siao-policy"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.edits[?(@.path == 'casebook/elderly/four-age-bands.yaml')].kind").value(hasItem("CHANGED")));
		mvc.perform(get("/api/v1/drafts/" + id + "/casebook").with(httpBasic("policy", "siao-policy")))
			.andExpect(jsonPath("$.changes[?(@.path == 'elderly/four-age-bands.yaml')].failsNow").value(hasItem(false)));
	}

}

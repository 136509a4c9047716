package org.siao.drafts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With four-eyes on, a publish waits for a second policy officer; a scheduled one goes live at its time. */
@SpringBootTest
@AutoConfigureMockMvc
class FourEyesTests {

	static final Path RULES = org.siao.TestRules.copy();

	static final RequestPostProcessor DRAFTER = httpBasic("policy", "siao-policy");

	static final RequestPostProcessor SECOND = httpBasic("policy2", "second-pass");

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
		// compiling a draft on a loaded build machine can take longer than the service's limit
		registry.add("siao.drafts.check-timeout", () -> "120s");
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
		registry.add("siao.rules.four-eyes", () -> "true");
		// a list given here replaces the configured one whole: the two usual users, and a second policy officer
		registry.add("siao.security.users[0].name", () -> "official");
		registry.add("siao.security.users[0].password", () -> "{noop}siao-official");
		registry.add("siao.security.users[0].roles", () -> "OFFICIAL");
		registry.add("siao.security.users[1].name", () -> "policy");
		registry.add("siao.security.users[1].password", () -> "{noop}siao-policy");
		registry.add("siao.security.users[1].roles", () -> "POLICY");
		registry.add("siao.security.users[2].name", () -> "policy2");
		registry.add("siao.security.users[2].password", () -> "{noop}second-pass");
		registry.add("siao.security.users[2].roles", () -> "POLICY");
	}

	@Autowired
	MockMvc mvc;

	private String live() throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/rules").with(DRAFTER)).andReturn().getResponse().getContentAsString(),
				"$.release");
	}

	private String draft(String note) throws Exception {
		String text = Files.readString(RULES.resolve("programmes/cash.dmn"));
		// a note added to the file: a change that moves no outcome
		var file = new MockMultipartFile("file", "cash.dmn", "application/xml", (text + "\n<!-- " + note + " -->\n").getBytes());
		return JsonPath.read(mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "programmes/cash.dmn").with(DRAFTER))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void theDrafterCannotApproveTheirOwnDraftAndAnotherOfficerPublishesIt() throws Exception {
		String before = live();
		String id = draft("reviewed");
		mvc.perform(post("/api/v1/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"needs a second look\"}").with(DRAFTER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("AWAITING_APPROVAL"));
		assertThat(live()).isEqualTo(before);

		mvc.perform(post("/api/v1/drafts/" + id + "/approve").header("Accept-Language", "en").with(DRAFTER))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Another policy officer")));
		assertThat(live()).isEqualTo(before);

		mvc.perform(post("/api/v1/drafts/" + id + "/approve").with(SECOND)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LIVE")).andExpect(jsonPath("$.approvedBy").value("policy2"))
			.andExpect(jsonPath("$.user").value("policy"));
		assertThat(live()).isNotEqualTo(before);
	}

	@Test
	void anApprovedScheduledReleaseGoesLiveAtItsTime() throws Exception {
		String before = live();
		String id = draft("scheduled");
		// far enough ahead for the publish and the approval to happen first on a busy machine
		String at = Instant.now().plusSeconds(20).toString();
		mvc.perform(post("/api/v1/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"from the next minute\",\"effectiveAt\":\"" + at + "\"}").with(DRAFTER))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("AWAITING_APPROVAL"));
		String version = JsonPath.read(mvc.perform(post("/api/v1/drafts/" + id + "/approve").with(SECOND))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SCHEDULED")).andReturn().getResponse()
			.getContentAsString(), "$.version");
		assertThat(live()).isEqualTo(before);
		mvc.perform(get("/api/v1/rules/releases").with(DRAFTER)).andExpect(jsonPath("$[0].state").value("SCHEDULED"));
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!live().equals(version)) {
			assertThat(System.nanoTime()).as("went live within 60 s").isLessThan(deadline);
			Thread.sleep(100);
		}
		mvc.perform(get("/api/v1/rules/releases/" + version).with(DRAFTER)).andExpect(jsonPath("$.release.state").value("LIVE"))
			.andExpect(jsonPath("$.changes[0].kind").value("FILE_CHANGED"));
	}

}

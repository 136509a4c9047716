package org.siao.drafts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft whose check runs too long (simulated: a check that waits until it is interrupted) is
 * stopped at the time limit and reported, and officials' assessments are answered all the while.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SlowDraftCheckTests {

	static final Path RULES = org.siao.TestRules.copy();

	static final CountDownLatch STARTED = new CountDownLatch(1);

	static final CountDownLatch INTERRUPTED = new CountDownLatch(1);

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
		registry.add("siao.rules.watch-interval", () -> "0s");
		registry.add("siao.drafts.check-timeout", () -> "2s");
	}

	@TestConfiguration
	static class SlowCheck {

		@Bean
		@Primary
		org.siao.releases.RulesCompiler slowCompiler() {
			org.siao.rulebook.RuleBookLoader loader = new org.siao.rulebook.RuleBookLoader(Clock.systemUTC());
			return new org.siao.releases.RulesCompiler(folder -> {
				if (!folder.origin().equals("draft")) {
					return loader.check(folder);
				}
				STARTED.countDown();
				try {
					Thread.sleep(Duration.ofMinutes(5).toMillis());
				}
				catch (InterruptedException e) {
					INTERRUPTED.countDown();
				}
				throw new IllegalStateException("the check was stopped");
			}, 5);
		}

	}

	@Autowired
	MockMvc mvc;

	@Test
	void aSlowCheckIsStoppedAndReportedWhileAssessmentsAreAnswered() throws Exception {
		// a changed table (a new line at its end): something new to compile
		byte[] table = (Files.readString(RULES.resolve("programmes/cash.dmn")) + "\n").getBytes();
		var file = new MockMultipartFile("file", "cash.dmn", "application/xml", table);
		CompletableFuture<MockHttpServletResponse> upload = CompletableFuture.supplyAsync(() -> {
			try {
				return mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "programmes/cash.dmn")
					.header("Accept-Language", "en").with(httpBasic("policy", "siao-policy"))).andReturn().getResponse();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(STARTED.await(30, TimeUnit.SECONDS)).as("the check started").isTrue();
		String survey = Files.readString(Path.of("src/test/resources/grandmother.json"));
		while (!upload.isDone()) {
			mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(survey)
				.with(httpBasic("official", "siao-official"))).andExpect(status().isOk());
		}
		MockHttpServletResponse response = upload.get();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type")).isEqualTo(DraftUploadProblems.TOO_SLOW.toString());
		assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
			.startsWith("The draft's check took longer than 2 s and was stopped");
		assertThat(INTERRUPTED.await(10, TimeUnit.SECONDS)).as("the check's worker was interrupted").isTrue();
	}

}

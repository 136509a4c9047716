package org.siao.system;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health, info and metrics for operators; request ids; and logs that never hold household data,
 * checked with the service's own loggers turned up to DEBUG and Spring's web layer too.
 */
@SpringBootTest(properties = { "logging.level.root=INFO", "logging.level.org.siao=DEBUG", "logging.level.siao=DEBUG",
		"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.security=INFO" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	static final RequestPostProcessor OFFICIAL = httpBasic("official", "siao-official");

	static final RequestPostProcessor POLICY = httpBasic("policy", "siao-policy");

	@Autowired
	MockMvc mvc;

	private static String grandmother() throws Exception {
		return Files.readString(Path.of("src/test/resources/grandmother.json"));
	}

	private static MockHttpServletRequestBuilder assess(String body) {
		return post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body).with(OFFICIAL);
	}

	private String liveVersion() throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/rules").with(OFFICIAL)).andReturn().getResponse().getContentAsString(), "$.version");
	}

	private double metric(String name, String tag) throws Exception {
		var response = mvc.perform(get("/actuator/metrics/" + name).param("tag", tag).with(POLICY)).andReturn().getResponse();
		if (response.getStatus() == 404) {
			return 0;
		}
		java.util.List<Number> values = JsonPath.read(response.getContentAsString(), "$.measurements[?(@.statistic == 'COUNT')].value");
		return values.get(0).doubleValue();
	}

	@Test
	void healthIsPublicButOnlyPolicyStaffSeeWhichRulesAreLive() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(POLICY))
			.andExpect(jsonPath("$.components.rules.status").value("UP"))
			.andExpect(jsonPath("$.components.rules.details.version").value(liveVersion()));
	}

	@Test
	void infoAndMetricsNeedThePolicyRole() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics").with(OFFICIAL)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/actuator/info").with(OFFICIAL)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(POLICY)).andExpect(status().isOk());
		mvc.perform(get("/actuator/info").with(POLICY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.version").value(liveVersion()));
	}

	@Test
	void assessmentsAndRejectedSurveysAreCounted() throws Exception {
		double ok = metric("siao.assessments", "outcome:ok");
		double badJson = metric("siao.surveys.rejected", "reason:invalid-json");
		double invalid = metric("siao.assessments", "outcome:invalid");
		double inconsistent = metric("siao.surveys.rejected", "reason:inconsistent");

		mvc.perform(assess(grandmother())).andExpect(status().isOk());
		mvc.perform(assess("{\"members\": [")).andExpect(status().isBadRequest());
		mvc.perform(assess(grandmother().replace("\"id\": \"m2\"", "\"id\": \"m1\""))).andExpect(status().isBadRequest());

		assertThat(metric("siao.assessments", "outcome:ok")).isEqualTo(ok + 1);
		assertThat(metric("siao.surveys.rejected", "reason:invalid-json")).isEqualTo(badJson + 1);
		assertThat(metric("siao.assessments", "outcome:invalid")).isEqualTo(invalid + 1);
		assertThat(metric("siao.surveys.rejected", "reason:inconsistent")).isEqualTo(inconsistent + 1);
		mvc.perform(get("/actuator/metrics/siao.assessments").with(POLICY))
			.andExpect(jsonPath("$.availableTags[?(@.tag == 'outcome')]").exists());
	}

	@Test
	void eachResponseCarriesTheRequestIdItWasLoggedUnder() throws Exception {
		mvc.perform(get("/api/v1/rules").with(OFFICIAL).header("X-Request-Id", "visit-2024-06-15-a"))
			.andExpect(header().string("X-Request-Id", "visit-2024-06-15-a"));
		mvc.perform(get("/api/v1/rules").with(OFFICIAL))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
		mvc.perform(get("/api/v1/rules").header("X-Request-Id", "bad id\r\nforged: line"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void nothingAHouseholdAnsweredReachesTheLog(CapturedOutput output) throws Exception {
		String distinctive = grandmother().replace("\"mainOccupation\": 48000", "\"mainOccupation\": 987654")
			.replace("\"m1\"", "\"zq7x\"");
		mvc.perform(assess(distinctive).header("X-Request-Id", "pii-check-1")).andExpect(status().isOk());
		mvc.perform(assess(distinctive.replace("\"annualIncome\": 48000", "\"annualIncome\": -987654")))
			.andExpect(status().isBadRequest());
		mvc.perform(assess(distinctive.replace("\"id\": \"m2\"", "\"id\": \"zq7x\""))).andExpect(status().isBadRequest());
		mvc.perform(assess(distinctive.replace("\"annualIncome\": 48000", "\"annualIncome\": \"zq7x-987654\"")))
			.andExpect(status().isBadRequest());
		mvc.perform(assess(distinctive.replace("\"saves\": true", "\"savesZq7x\": 987654"))).andExpect(status().isBadRequest());
		mvc.perform(assess(distinctive.substring(0, distinctive.indexOf("zq7x") + 4))).andExpect(status().isBadRequest());

		assertThat(output.getAll()).as("the log was captured at all").contains("pii-check-1")
			.doesNotContain("987654")
			.doesNotContainIgnoringCase("zq7x");
	}

}

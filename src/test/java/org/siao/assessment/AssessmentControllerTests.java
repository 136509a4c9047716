package org.siao.assessment;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class AssessmentControllerTests {

	@Autowired
	MockMvc mvc;

	private static String grandmother() throws Exception {
		return Files.readString(Path.of("src/test/resources/grandmother.json"));
	}

	@Autowired
	Assessor assessor;

	@Autowired
	tools.jackson.databind.ObjectMapper json;

	/**
	 * What the live rules answer for the same household, straight from the engine: the amounts
	 * and lines belong to the staff, so the API is checked against the rule book in force rather
	 * than against figures copied into this test.
	 */
	private Assessment direct(org.siao.catalogue.Language language) throws Exception {
		return assessor.assess(json.readValue(grandmother(), org.siao.survey.Survey.class), language);
	}

	private static Assessment.Recommendation oldAge(Assessment a) {
		return a.recommendations().stream().filter(r -> r.programme().equals("OLD-AGE-ALLOWANCE")).findFirst()
			.orElseThrow(() -> new AssertionError("the grandmother (72) is offered no old-age allowance by the live rules"));
	}

	private ResultActions assess(String body, String language) throws Exception {
		var request = post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body);
		return mvc.perform(language == null ? request : request.header("Accept-Language", language));
	}

	@Test
	void answersInThaiByDefaultWithDeficitsEvidenceAndRankedHelp() throws Exception {
		Assessment expected = direct(org.siao.catalogue.Language.TH);
		Assessment.Recommendation oldAge = oldAge(expected);
		assertThat(oldAge.amount()).isPositive();
		var income = expected.deficits().stream().filter(d -> d.id().equals("INC-3")).findFirst();
		assess(grandmother(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("th"))
			.andExpect(jsonPath("$.rulesVersion").isNotEmpty())
			.andExpect(jsonPath("$.dimensions.length()").value(5))
			.andExpect(jsonPath("$.deficits[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(
					expected.deficits().stream().map(Assessment.Deficit::id).toArray())))
			.andExpect(jsonPath("$.recommendations[0].rank").value(1))
			.andExpect(jsonPath("$.recommendations[?(@.programme == 'OLD-AGE-ALLOWANCE')].name").value(hasItem("เบี้ยยังชีพผู้สูงอายุ")))
			.andExpect(jsonPath("$.recommendations[?(@.programme == 'OLD-AGE-ALLOWANCE')].amount").value(hasItem(oldAge.amount().intValue())))
			.andExpect(jsonPath("$.recommendations[?(@.programme == 'ELDERLY-HOME-REPAIR')].because[*]").value(hasItem("LIV-1")))
			.andExpect(jsonPath("$.recommendations[?(@.programme == 'ELDERLY-HOME-REPAIR')].rules[0].source").isNotEmpty())
			.andExpect(jsonPath("$.setAside[?(@.programme == 'RURAL-HOUSE-REPAIR')].reason").value(hasItem("ใช้ ปรับสภาพแวดล้อมที่อยู่อาศัยผู้สูงอายุ แทน")));
		if (income.isPresent()) {
			// the household's own figure (67,200 baht over 3 people), then the line the rules draw
			String text = income.get().evidence().get(1).text();
			assertThat(text).startsWith("รายได้เฉลี่ยต่อคน 22,400 บาท/คน/ปี: น้อยกว่า ");
			assess(grandmother(), null)
				.andExpect(jsonPath("$.deficits[?(@.id == 'INC-3')].evidence[1].text").value(hasItem(text)));
		}
	}

	@Test
	void answersInEnglishWhenAsked() throws Exception {
		Assessment.Recommendation oldAge = oldAge(direct(org.siao.catalogue.Language.EN));
		String baht = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(oldAge.amount());
		assertThat(oldAge.amountText()).contains(baht + " baht");
		assess(grandmother(), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.recommendations[?(@.programme == 'OLD-AGE-ALLOWANCE')].amountText").value(hasItem(oldAge.amountText())))
			.andExpect(jsonPath("$.deficits[?(@.id == 'EDU-2@m3')].evidence[*].text").value(hasItem("age 13 years: 6 to 14")));
	}

	@Test
	void anUnansweredQuestionLeavesResultsOpenAndIsAskedNext() throws Exception {
		String body = grandmother().replaceFirst("\"income\": \\{[^}]*\\},", "");
		assess(body, "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.deficits[*].id").value(not(hasItem("INC-3"))))
			.andExpect(jsonPath("$.undetermined[?(@.code == 'INC-3')].questions[*]").value(hasItem("income")))
			.andExpect(jsonPath("$.nextQuestions[0].field").value("income"));
	}

	@Test
	void aFieldOutOfRangeIsNamedByItsPath() throws Exception {
		String body = grandmother().replace("\"annualIncome\": 48000", "\"annualIncome\": -5");
		assess(body, null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value("members[0].annualIncome"));
	}

	@Test
	void answersThatContradictEachOtherAreRefused() throws Exception {
		String body = grandmother().replace("\"grade\": \"P4\"", "\"grade\": \"M3\"").replace("\"2015-01-15\"", "\"2022-01-15\"");
		assess(body, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[1].grade"))
			.andExpect(jsonPath("$.errors[0].message").value("member 2 (m2), grade: M.3 is not possible at age 2 (at least 13 years)"));
		assess(body, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("สมาชิกคนที่ 2 (m2) ชั้นเรียน: ม.3 เป็นไปไม่ได้ที่อายุ 2 ปี (ต้องอายุอย่างน้อย 13 ปี)"));
	}

	@Test
	void duplicateMemberIdsAreRefused() throws Exception {
		assess(grandmother().replace("\"id\": \"m3\"", "\"id\": \"m2\""), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[2].id"));
	}

	@Test
	void aFieldSiaoDoesNotTakeIsRefusedNotIgnored() throws Exception {
		assess(grandmother().replace("\"id\": \"m1\",", "\"id\": \"m1\", \"nationalId\": \"1234567890123\","), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[0].nationalId"))
			.andExpect(content().string(not(containsString("1234567890123"))));
	}

	@Test
	void anUnknownValueIsNamed() throws Exception {
		assess(grandmother().replace("\"sex\": \"FEMALE\"", "\"sex\": \"F\""), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[0].sex"));
	}

	@Test
	void anUnknownProgrammeIsNamed() throws Exception {
		assess(grandmother().replace("\"hardships\": []", "\"hardships\": [], \"receives\": [\"FREE-MONEY\"]"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receives[0]"));
	}

	@Test
	void malformedJsonGetsAProblemNotAStackTrace() throws Exception {
		assess("{\"assessmentDate\": \"2024-06-15\", \"members\": [", "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("The request body cannot be read"))
			.andExpect(jsonPath("$.type").value("/problems/unreadable-body"))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		String body = "{\"pad\": \"" + "x".repeat(300_000) + "\"}";
		assess(body, null).andExpect(status().isPayloadTooLarge());
	}

}

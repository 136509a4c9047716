package org.siao.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Errors name the field in the user's language (Thai unless English is asked for) and say what is wanted. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class ProblemMessagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aMissingAnswerIsNamedInThaiByDefaultAndInEnglishWhenAsked() throws Exception {
		String body = StrictReadingTests.grandmother().replace("\"relation\": \"GRANDCHILD\",", "");
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/invalid-survey"))
			.andExpect(jsonPath("$.title").value("มีคำตอบในแบบสำรวจที่ต้องแก้ไข"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("members[1].relation")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("สมาชิกคนที่ 2 (m2) ความสัมพันธ์กับหัวหน้าครัวเรือน: ต้องระบุ")))
			.andExpect(content().string(not(containsString("must not be null"))));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-GB")
			.content(body))
			.andExpect(jsonPath("$.title").value("Some answers in the survey need correcting"))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("member 2 (m2), relation to the head: is required")));
	}

	@Test
	void numbersOutOfRangeSayTheLimitAsPeopleWriteIt() throws Exception {
		String body = StrictReadingTests.grandmother().replace("\"annualIncome\": 48000", "\"annualIncome\": 100000001");
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(body))
			.andExpect(jsonPath("$.errors[0].field").value("members[0].annualIncome"))
			.andExpect(jsonPath("$.errors[0].message").value("member 1 (m1), own income: must be at most 100,000,000"));
	}

	@Test
	void aBuddhistEraYearWrittenAsIsoIsRefusedSayingSo() throws Exception {
		String body = StrictReadingTests.grandmother().replace("\"2024-06-15\"", "\"2569-11-29\"");
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assessmentDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("looks like a Buddhist-era year: write 2026 for 2569")));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(StrictReadingTests.grandmother().replace("\"1952-01-15\"", "\"2495-01-15\"")))
			.andExpect(jsonPath("$.errors[0].field").value("members[0].birthDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("ดูเหมือนเป็นปีพุทธศักราช: เขียน 1952 แทน 2495")));
	}

	@Test
	void anAssessmentDateInTheFutureOrBefore2000IsRefused() throws Exception {
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(StrictReadingTests.grandmother().replace("\"2024-06-15\"", "\"2399-01-01\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("assessment date: is in the future")));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(StrictReadingTests.grandmother().replace("\"2024-06-15\"", "\"1999-12-31\"")))
			.andExpect(jsonPath("$.errors[0].message").value("assessment date: must be 2000-01-01 or later"));
	}

	@Test
	void aBirthDateBefore1880OrAfterTheAssessmentIsRefused() throws Exception {
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(StrictReadingTests.grandmother().replace("\"1952-01-15\"", "\"0001-01-01\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[0].birthDate"))
			.andExpect(jsonPath("$.errors[0].message").value("member 1 (m1), date of birth: must be 1880-01-01 or later"));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(StrictReadingTests.grandmother().replace("\"1952-01-15\"", "\"2024-06-16\"")))
			.andExpect(jsonPath("$.errors[0].message").value("member 1 (m1), date of birth: is after the assessment date"));
	}

	@Test
	void everyOtherMistakeGetsTheSameProblemShapeInTheUsersLanguage() throws Exception {
		mvc.perform(get("/api/v1/assessments"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("POST")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/method-not-allowed"))
			.andExpect(jsonPath("$.title").value("ที่อยู่นี้ไม่รับคำขอแบบนี้"))
			.andExpect(jsonPath("$.detail").value("ใช้ POST"));
		mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/not-found"))
			.andExpect(jsonPath("$.title").value("There is nothing at this address"));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("the survey: the request has no body: send the survey as JSON"));
	}

	@Test
	void errorOpenedDirectlyIsAPageThatDoesNotExistNotAFailure() throws Exception {
		mvc.perform(get("/error").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/not-found"))
			.andExpect(jsonPath("$.title").value("There is nothing at this address"));
	}

}

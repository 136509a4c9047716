package org.siao.assessment.page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class SurveyPageTests {

	@Autowired
	MockMvc mvc;

	private String start(MockHttpSession session) throws Exception {
		String location = mvc.perform(get("/survey/new").session(session)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Test
	void anUnknownSurveyIsAFriendlyPageNotJson() throws Exception {
		mvc.perform(get("/survey/nothing-here").accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("ไม่พบหน้านี้")));
		mvc.perform(post("/survey/nothing/members/x").with(csrf()).accept("text/html"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void aFormThatDoesNotFitComesBackWithMessagesAndEverythingTyped() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String id = start(session);
		mvc.perform(post("/survey/" + id).session(session).with(csrf())
			.param("assessmentDate.day", "15").param("assessmentDate.month", "6").param("assessmentDate.year", "2567")
			.param("householdNumber", "นางสมศรี")
			.param("members[0].id", "m1").param("members[0].relation", "HEAD").param("members[0].ageYears", "สิบ")
			.param("income.other", "7200"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ต้องเป็นตัวเลขไม่เกิน 6 หลัก ห้ามใส่ชื่อ")))
			.andExpect(content().string(containsString("value=\"สิบ\"")))
			.andExpect(content().string(containsString("value=\"7200\"")));
	}

	@Test
	void aSurveyThatFitsGoesToItsAnswer() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String id = start(session);
		mvc.perform(post("/survey/" + id).session(session).with(csrf())
			.param("assessmentDate.day", "15").param("assessmentDate.month", "6").param("assessmentDate.year", "2567")
			.param("location.province", "40").param("location.district", "4001").param("location.subdistrict", "400101")
			.param("location.villageNumber", "5")
			.param("members[0].id", "m1").param("members[0].relation", "HEAD").param("members[0].ageYears", "72"))
			.andExpect(redirectedUrl("/answers/" + id));
		mvc.perform(get("/answers/" + id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("40010105")))
			.andExpect(content().string(containsString("15 มิ.ย. 2567")));
	}

}

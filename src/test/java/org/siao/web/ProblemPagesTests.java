package org.siao.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A problem's type is a page of Siao that explains it, open to anyone, in Thai or English. */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyProblemTypeHasAPageInBothLanguagesWithoutSigningIn() throws Exception {
		for (ProblemType type : ProblemType.values()) {
			mvc.perform(get(type.type().toString()))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(allOf(containsString("lang=\"th\""), not(containsString("problem.")),
						containsString(String.valueOf(type.status())))));
			mvc.perform(get(type.type().toString()).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("lang=\"en\""), not(containsString("problem.")))));
		}
		mvc.perform(get("/problems/invalid-survey").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<h1>Some answers in the survey need correcting</h1>")));
	}

	@Test
	@WithMockUser(roles = "OFFICIAL")
	void theTypeOfARealProblemLeadsToItsPage() throws Exception {
		String problem = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String type = JsonPath.read(problem, "$.type");
		mvc.perform(get(type)).andExpect(status().isOk())
			.andExpect(content().string(containsString("อ่านเนื้อหาของคำขอไม่ได้")));
	}

	@Test
	void anUnknownProblemIsNotFound() throws Exception {
		mvc.perform(get("/problems/no-such-problem")).andExpect(status().isNotFound());
	}

}

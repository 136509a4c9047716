package org.siao.households;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siao.users.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Keeping, following up and area access through the API and the pages: the configured official
 * (Khon Kaen, 40) keeps a household; an official of another province gets 404 on every route.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdRoutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserStore users;

	@Autowired
	PasswordEncoder encoder;

	private static final RequestPostProcessor OFFICIAL = httpBasic("official", "siao-official");

	private static final RequestPostProcessor CHIANG_MAI = httpBasic("cm-official", "chiang-mai-1");

	private String grandmother;

	@BeforeEach
	void setUp() throws Exception {
		users.add("cm-official", encoder.encode("chiang-mai-1"), List.of("OFFICIAL"), "50");
		try (var in = getClass().getResourceAsStream("/grandmother.json")) {
			grandmother = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String keep(String code, String survey) throws Exception {
		return mvc.perform(put("/api/v1/households/" + code + "/visits").with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content(survey))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void anOfficialOfAnotherAreaFindsNothingOnAnyRoute() throws Exception {
		keep("40010105-31", grandmother);
		String code = "40010105-31";
		mvc.perform(get("/api/v1/households/" + code).with(CHIANG_MAI)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/households").with(CHIANG_MAI)).andExpect(content().string(not(containsString(code))));
		mvc.perform(get("/api/v1/households/export.csv").with(CHIANG_MAI)).andExpect(content().string(not(containsString(code))));
		mvc.perform(put("/api/v1/households/" + code + "/visits").with(CHIANG_MAI)
			.contentType(MediaType.APPLICATION_JSON).content(grandmother)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/households/" + code + "/items/1").with(CHIANG_MAI)
			.contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"APPLIED\"}")).andExpect(status().isNotFound());
		RequestPostProcessor page = user("cm-official").roles("OFFICIAL");
		mvc.perform(get("/households/" + code).with(page)).andExpect(status().isNotFound());
		mvc.perform(get("/households/" + code + "/revisit").with(page)).andExpect(status().isNotFound());
		mvc.perform(get("/households/" + code + "/visits/1/rerun").with(page)).andExpect(status().isNotFound());
		mvc.perform(post("/households/" + code + "/items/1").with(page).with(csrf()).param("state", "APPLIED"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/households").with(page)).andExpect(content().string(not(containsString(code))));

		mvc.perform(get("/api/v1/households/" + code).with(OFFICIAL)).andExpect(status().isOk());
		mvc.perform(get("/households/" + code).with(user("official").roles("OFFICIAL")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(code)));
	}

	@Test
	void planItemsMoveThroughTheirStatesAndARevisitShowsWhatChanged() throws Exception {
		String code = "40010105-32";
		String first = keep(code, grandmother);
		String programme = com.jayway.jsonpath.JsonPath.read(first, "$.items[0].programme");
		Integer item = com.jayway.jsonpath.JsonPath.read(first, "$.items[0].id");

		mvc.perform(post("/api/v1/households/" + code + "/items/" + item).with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"RECEIVED\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/households/" + code + "/items/" + item).with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"APPLIED\",\"date\":\"2024-07-01\",\"note\":\"form sent\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].state").value("APPLIED"));
		mvc.perform(post("/api/v1/households/" + code + "/items/" + item).with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"RECEIVED\",\"date\":\"2024-09-01\"}"))
			.andExpect(status().isOk());

		// six months later the family says it receives the programme: the revisit lists it as received
		String later = grandmother.replace("\"2024-06-15\"", "\"2024-12-15\"");
		mvc.perform(put("/api/v1/households/" + code + "/visits").with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content(later))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits.length()").value(2))
			.andExpect(jsonPath("$.changes[1].first").value(false))
			.andExpect(jsonPath("$.changes[1].helpReceived[0]").value(org.hamcrest.Matchers.startsWith(programme)))
			.andExpect(jsonPath("$.events[*].state").value(org.hamcrest.Matchers.hasItems("APPLIED", "RECEIVED")));

		// the same day again replaces the visit: still two
		mvc.perform(put("/api/v1/households/" + code + "/visits").with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content(later))
			.andExpect(jsonPath("$.visits.length()").value(2));
	}

	@Test
	void aSurveyOfAnotherVillageOrAnInvalidOneIsNotKept() throws Exception {
		mvc.perform(put("/api/v1/households/40010106-1/visits").with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content(grandmother))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/households/40010105-902/visits").with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content(grandmother.replace("\"id\": \"m1\"", "\"id\": \"Somsri Jaidee\"")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/households/40010105-902").with(OFFICIAL)).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		mvc.perform(get("/admin/users").with(user("official").roles("OFFICIAL"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("name", "kk-district").param("password", "long-enough-1").param("roles", "OFFICIAL")
			.param("area", "4001"))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(users.find("kk-district").orElseThrow().area()).isEqualTo("4001");
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("name", "no-area").param("password", "long-enough-1").param("roles", "OFFICIAL"))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(users.find("no-area")).isEmpty();
		mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("kk-district")));
	}

}

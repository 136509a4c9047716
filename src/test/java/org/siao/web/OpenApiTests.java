package org.siao.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API describes itself: title, the build's version, how to sign in, and every survey field. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BuildProperties build;

	@Test
	void theDescriptionHasTitleVersionAndSignIn() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Siao"))
			.andExpect(jsonPath("$.info.version").value(build.getVersion()))
			.andExpect(jsonPath("$.info.description").value(containsString("Accept-Language: en")))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.schemas.Survey.properties.assessmentDate.example").value("2024-06-15"))
			.andExpect(jsonPath("$.components.schemas.Member.properties.relation.enum").value(hasItems("HEAD", "GRANDCHILD")))
			.andExpect(jsonPath("$.components.schemas.Member.properties.grade.enum").value(hasItems("P4", "M3")));
	}

	@Test
	void everyFieldOfTheSurveyIsDescribedWithAnExample() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		for (String schema : new String[] { "Survey", "Member", "Location", "Income", "Housing", "Water", "FoodSafety",
				"MedicineUse", "Hygiene" }) {
			Map<String, Map<String, Object>> properties = JsonPath.read(docs, "$.components.schemas." + schema + ".properties");
			assertThat(properties).as(schema).isNotEmpty();
			properties.forEach((name, property) -> {
				assertThat(property.get("description")).as(schema + "." + name + " description").isNotNull();
				if (property.get("$ref") == null && !"array".equals(property.get("type")) || "Member".equals(schema)) {
					assertThat(property.get("example")).as(schema + "." + name + " example").isNotNull();
				}
			});
		}
	}

}

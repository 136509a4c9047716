package org.siao.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class CatalogueControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheProgrammesWithAgencyDocumentsAndSource() throws Exception {
		mvc.perform(get("/api/v1/programmes")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(30)))
			.andExpect(jsonPath("$[?(@.code == 'DISABILITY-ALLOWANCE')].name").value(hasItem("เบี้ยความพิการ")))
			.andExpect(jsonPath("$[?(@.code == 'DISABILITY-ALLOWANCE')].documents[0]").value(hasItem("บัตรประจำตัวคนพิการ")))
			.andExpect(jsonPath("$[?(@.code == 'DISABILITY-ALLOWANCE')].source").isNotEmpty())
			.andExpect(jsonPath("$[0]").value(org.hamcrest.Matchers.hasKey("apply")));
	}

	@Test
	void listsTheIndicatorsOfTheFiveDimensionsInEnglish() throws Exception {
		mvc.perform(get("/api/v1/indicators").header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(21))
			.andExpect(jsonPath("$[?(@.code == 'INC-3')].dimensionName").value(hasItem("Economy, occupation and income")));
	}

	@Test
	void theRulesEndpointNamesTheLiveVersionAndItsTables() throws Exception {
		mvc.perform(get("/api/v1/rules")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").isNotEmpty())
			.andExpect(jsonPath("$.files[*].path").value(hasItem("plan.drl")))
			.andExpect(jsonPath("$.tables.length()").value(61));
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/assessments']").exists());
	}

}

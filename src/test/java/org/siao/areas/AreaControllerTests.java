package org.siao.areas;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class AreaControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Test
	void listsEveryProvinceInThai() throws Exception {
		mvc.perform(get("/api/v1/areas")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(areas.provinces().size()))
			.andExpect(jsonPath("$[0].name").value(areas.provinces().get(0).nameTh()))
			.andExpect(jsonPath("$[?(@.code == '40')].name").value(hasItem("ขอนแก่น")));
	}

	@Test
	void aProvinceComesWithItsDistrictsInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/areas/40").header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Khon Kaen"))
			.andExpect(jsonPath("$.level").value("PROVINCE"))
			.andExpect(jsonPath("$.children.length()").value(areas.districts("40").size()))
			.andExpect(jsonPath("$.children[?(@.code == '4001')].name").value(hasItem("Mueang Khon Kaen")));
	}

	@Test
	void aDistrictComesWithItsSubdistrictsAndItsProvince() throws Exception {
		mvc.perform(get("/api/v1/areas/4001")).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("เมืองขอนแก่น"))
			.andExpect(jsonPath("$.parent").value("40"))
			.andExpect(jsonPath("$.children.length()").value(areas.subdistricts("4001").size()))
			.andExpect(jsonPath("$.children[?(@.code == '400101')].name").value(hasItem("ในเมือง")));
		mvc.perform(get("/api/v1/areas/400101")).andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("SUBDISTRICT"))
			.andExpect(jsonPath("$.children.length()").value(0));
	}

	@Test
	void anUnknownCodeIsAProblemInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/areas/4099")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("ไม่พบพื้นที่"))
			.andExpect(jsonPath("$.detail").value(containsString("4099")));
		mvc.perform(get("/api/v1/areas/4099").header("Accept-Language", "en")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Unknown area"))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	@WithAnonymousUser
	void areasAreForSignedInUsers() throws Exception {
		mvc.perform(get("/api/v1/areas")).andExpect(status().isUnauthorized());
	}

}

package org.siao.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages are Thai until the official switches; the switch is remembered; the API keeps Accept-Language. */
@SpringBootTest
@AutoConfigureMockMvc
class PageLocaleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAreThaiWhateverTheBrowserPrefers() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"th\"")))
			.andExpect(content().string(containsString("เข้าสู่ระบบ")));
	}

	@Test
	void theSwitchTurnsPagesToEnglishAndIsRemembered() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Sign in")))
			.andExpect(cookie().value("siao-lang", "en"));
		mvc.perform(get("/login").cookie(new Cookie("siao-lang", "en")))
			.andExpect(content().string(containsString("Sign in")));
	}

}

package org.siao.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages: sign in with a form, a session, CSRF on every post, sign out. */
@SpringBootTest
@AutoConfigureMockMvc
class WebSignInTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageAskedForBeforeSigningInLeadsToTheSignInPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/policy/anything")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingInWithTheFormStartsANewSessionAndSigningOutEndsIt() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String planted = before.getId();
		var signedIn = mvc.perform(post("/login").session(before).param("username", "official").param("password", "siao-official").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("official").withRoles("OFFICIAL"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
		assertThat(session.getId()).isNotEqualTo(planted);

		mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aWrongPasswordOnTheFormGoesBackToTheFormWithAnError() throws Exception {
		mvc.perform(post("/login").param("username", "official").param("password", "not-it").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void formsArePostedOnlyWithTheirCsrfToken() throws Exception {
		mvc.perform(post("/login").param("username", "official").param("password", "siao-official"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		mvc.perform(post("/logout").with(httpBasic("official", "siao-official"))).andExpect(status().isForbidden());
	}

	@Test
	void policyPagesNeedThePolicyRole() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/login").param("username", "official").param("password", "siao-official").with(csrf()))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/policy/drafts").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void theApiAnswersWithoutRedirectsInThaiByDefault() throws Exception {
		mvc.perform(get("/api/v1/rules"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", org.hamcrest.Matchers.hasItem("Basic realm=\"siao\"")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("กรุณาเข้าสู่ระบบ"));
		mvc.perform(get("/api/v1/rules").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Sign in to use Siao"));
		mvc.perform(get("/api/v1/rules").with(httpBasic("official", "siao-official"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/rules/rollback").with(httpBasic("official", "siao-official")).header("Accept-Language", "en")
				.contentType("application/json").content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not allowed"));
	}

	@Test
	void theApiKeepsNoSession() throws Exception {
		var result = mvc.perform(get("/api/v1/rules").with(httpBasic("official", "siao-official"))).andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

}

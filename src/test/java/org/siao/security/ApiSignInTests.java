package org.siao.security;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tokens, the remembered Basic password and the throttle, through the real filter chains. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ApiSignInTests {

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	PasswordEncoder encoder;

	@Autowired
	ApiTokens tokens;

	@BeforeEach
	void forgetEarlierSignIns() {
		tokens.revokeAll("official");
		tokens.revokeAll("policy");
		clearInvocations(encoder);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String token(String user, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.expiresAt").isNotEmpty())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	@Test
	void httpBasicChecksThePasswordHashOnceAndThenRemembersIt() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/rules").with(httpBasic("official", "siao-official"))).andExpect(status().isOk());
		}
		verify(encoder, times(1)).matches(anyString(), anyString());

		mvc.perform(get("/api/v1/rules").with(httpBasic("official", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/rules").with(httpBasic("official", "wrong"))).andExpect(status().isUnauthorized());
		verify(encoder, times(3)).matches(anyString(), anyString());

		tokens.revokeAll("official");
		mvc.perform(get("/api/v1/rules").with(httpBasic("official", "siao-official"))).andExpect(status().isOk());
		verify(encoder, times(4)).matches(anyString(), anyString());
	}

	@Test
	void aTokenIsSignedInForOnceThenUsedWithoutThePasswordUntilRevoked() throws Exception {
		String token = token("policy", "siao-policy");
		verify(encoder, times(1)).matches(any(), any());

		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/drafts/none").header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		verify(encoder, times(1)).matches(any(), any());

		mvc.perform(delete("/api/v1/tokens/current").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Sign in to use Siao"));
	}

	@Test
	void aTokenCarriesItsUsersRoleAndComesFromBasicToo() throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic("official", "siao-official")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		mvc.perform(get("/api/v1/drafts/none").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());

		mvc.perform(delete("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongPasswordIsRefusedAndLoggedWithoutThePassword(CapturedOutput output) throws Exception {
		mvc.perform(post("/api/v1/tokens").with(from("192.0.2.10")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"user\":\"official\",\"password\":\"Hunter2-zq7x\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("กรุณาเข้าสู่ระบบ"));
		mvc.perform(get("/api/v1/rules").with(from("192.0.2.10")).with(httpBasic("official", "Hunter3-zq7x")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/rules").with(from("192.0.2.10")).with(httpBasic("Hunter4-zq7x", "x")))
			.andExpect(status().isUnauthorized());

		assertThat(output.getAll()).contains("Sign-in failed for user 'official' from 192.0.2.10")
			.contains("Sign-in failed for an unknown user from 192.0.2.10")
			.doesNotContain("zq7x");
	}

	@Test
	void repeatedFailuresMakeThatUserAndAddressWaitWhileTheUserSignsInElsewhere() throws Exception {
		SignInThrottle.Policy policy = SignInThrottle.Policy.standard();
		for (int i = 0; i < policy.freeFailures(); i++) {
			mvc.perform(get("/api/v1/rules").with(from("198.51.100.7")).with(httpBasic("policy", "guess" + i)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/rules").with(from("198.51.100.7")).with(httpBasic("policy", "siao-policy")).header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.title").value("Too many failed sign-ins"));
		mvc.perform(post("/api/v1/tokens").with(from("198.51.100.7")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"user\":\"policy\",\"password\":\"siao-policy\"}"))
			.andExpect(status().isTooManyRequests());
		mvc.perform(post("/login").with(from("198.51.100.7")).param("username", "policy").param("password", "siao-policy").with(csrf()))
			.andExpect(redirectedUrl("/login?error=wait"));

		mvc.perform(get("/api/v1/rules").with(from("198.51.100.8")).with(httpBasic("policy", "siao-policy")))
			.andExpect(status().isOk());
	}

}

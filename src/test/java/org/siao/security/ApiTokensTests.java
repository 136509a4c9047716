package org.siao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensTests {

	private final FakeTicker time = new FakeTicker();

	private final Instant now = Instant.parse("2026-01-05T02:00:00Z");

	private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), time);

	private final ApiTokens tokens = new ApiTokens(Duration.ofMinutes(30), Duration.ofHours(8), time,
			Clock.fixed(now, ZoneOffset.UTC), verified);

	private static Authentication user(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(name, null, AuthorityUtils.createAuthorityList("ROLE_OFFICIAL"));
	}

	@Test
	void aTokenStandsForItsUserUntilItHasNotBeenUsedForTheIdleTime() {
		ApiTokens.Issued issued = tokens.issue(user("official"));
		assertThat(issued.expiresAt()).isEqualTo(now.plus(Duration.ofHours(8)));
		assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(43);

		time.advance(Duration.ofMinutes(29));
		assertThat(tokens.find(issued.token())).map(Authentication::getName).contains("official");
		time.advance(Duration.ofMinutes(29));
		assertThat(tokens.find(issued.token())).as("used 29 minutes ago").isPresent();
		time.advance(Duration.ofMinutes(31));
		assertThat(tokens.find(issued.token())).as("unused for 31 minutes").isEmpty();
	}

	@Test
	void aTokenInUseStillEndsAtItsLifetime() {
		ApiTokens.Issued issued = tokens.issue(user("official"));
		for (int i = 0; i < 16; i++) {
			time.advance(Duration.ofMinutes(29));
			assertThat(tokens.find(issued.token())).isPresent();
		}
		time.advance(Duration.ofMinutes(29)); // 8 h 13 min after it was issued
		assertThat(tokens.find(issued.token())).isEmpty();
	}

	@Test
	void revokingEndsOneTokenOrEveryTokenOfAUser() {
		ApiTokens.Issued first = tokens.issue(user("official"));
		ApiTokens.Issued second = tokens.issue(user("official"));
		ApiTokens.Issued other = tokens.issue(user("policy"));
		assertThat(first.token()).isNotEqualTo(second.token());

		assertThat(tokens.revoke(first.token())).isTrue();
		assertThat(tokens.revoke(first.token())).isFalse();
		assertThat(tokens.find(first.token())).isEmpty();
		assertThat(tokens.find(second.token())).isPresent();

		verified.remember("official", "secret", user("official"));
		tokens.revokeAll("official");
		assertThat(tokens.find(second.token())).isEmpty();
		assertThat(verified.find("official", "secret")).as("the remembered Basic password").isNull();
		assertThat(tokens.find(other.token())).isPresent();
	}

	@Test
	void aMadeUpTokenSignsNobodyIn() {
		tokens.issue(user("official"));
		assertThat(tokens.find("not-a-token")).isEmpty();
	}

}

package org.siao.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Bearer tokens for API clients: a password is checked once, at sign-in, and the token stands for
 * the user afterwards. A token is 256 random bits; only its SHA-256 is kept, in memory, so a copy of
 * the store signs nobody in. A token ends after {@code idle} without use, at {@code lifetime} after
 * it was issued, when revoked, or when the service restarts.
 */
final class ApiTokens {

	/** What the client gets: the token once, and the latest moment it can be valid. */
	record Issued(String token, Instant expiresAt) {
	}

	private record Held(Authentication user, long deadlineNanos) {
	}

	private final Cache<String, Held> tokens;

	private final SecureRandom random = new SecureRandom();

	// looked up once per thread, not per request: finding a provider costs more than the hash
	private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(ApiTokens::newSha256);

	private final Duration lifetime;

	private final Ticker ticker;

	private final Clock clock;

	private final VerifiedPasswords verified;

	ApiTokens(Duration idle, Duration lifetime, Ticker ticker, Clock clock, VerifiedPasswords verified) {
		this.lifetime = lifetime;
		this.ticker = ticker;
		this.clock = clock;
		this.verified = verified;
		long idleNanos = idle.toNanos();
		this.tokens = Caffeine.newBuilder().ticker(ticker).maximumSize(100_000).expireAfter(new Expiry<String, Held>() {

			@Override
			public long expireAfterCreate(String key, Held held, long now) {
				return Math.min(idleNanos, held.deadlineNanos() - now);
			}

			@Override
			public long expireAfterUpdate(String key, Held held, long now, long remaining) {
				return remaining;
			}

			@Override
			public long expireAfterRead(String key, Held held, long now, long remaining) {
				// each use restarts the idle time, never past the token's lifetime
				return Math.min(idleNanos, held.deadlineNanos() - now);
			}

		}).build();
	}

	Issued issue(Authentication user) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Authentication holder = UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, user.getAuthorities());
		tokens.put(hash(token), new Held(holder, ticker.read() + lifetime.toNanos()));
		return new Issued(token, clock.instant().plus(lifetime));
	}

	Optional<Authentication> find(String token) {
		Held held = tokens.getIfPresent(hash(token));
		return held == null ? Optional.empty() : Optional.of(held.user());
	}

	/** Ends one token; true when it was live. */
	boolean revoke(String token) {
		return tokens.asMap().remove(hash(token)) != null;
	}

	/**
	 * Ends every token of a user and forgets their verified HTTP Basic password: what a password
	 * change or a "sign out everywhere" must call.
	 */
	void revokeAll(String user) {
		tokens.asMap().values().removeIf(held -> held.user().getName().equals(user));
		verified.forget(user);
	}

	private String hash(String token) {
		return HexFormat.of().formatHex(sha256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}

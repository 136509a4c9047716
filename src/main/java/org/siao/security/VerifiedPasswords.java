package org.siao.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.core.Authentication;

/**
 * Remembers, for a few minutes, that a user and password were checked against the stored bcrypt
 * hash, so scripts using HTTP Basic pay for bcrypt once, not on every request. The cache is keyed
 * by an HMAC of user and password under a key made at start and never stored, so neither the
 * password nor anything that could be checked against guesses offline is kept.
 */
final class VerifiedPasswords {

	private final Cache<String, Authentication> verified;

	private final SecretKeySpec key;

	// a Mac is not thread-safe and getting one costs a provider look-up: one per thread
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	VerifiedPasswords(Duration lifetime, Ticker ticker) {
		this.verified = Caffeine.newBuilder().ticker(ticker).maximumSize(10_000).expireAfterWrite(lifetime).build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The user as signed in before with exactly this password, or null. */
	Authentication find(String user, String password) {
		return verified.getIfPresent(fingerprint(user, password));
	}

	void remember(String user, String password, Authentication signedIn) {
		verified.put(fingerprint(user, password), signedIn);
	}

	/** After a password change or a revocation: the next request checks the password again. */
	void forget(String user) {
		verified.asMap().values().removeIf(a -> a.getName().equals(user));
	}

	private String fingerprint(String user, String password) {
		Mac mac = macs.get();
		byte[] name = user.getBytes(StandardCharsets.UTF_8);
		// the name's length first, so ("ab", "c") and ("a", "bc") differ
		mac.update(java.nio.ByteBuffer.allocate(4).putInt(name.length).array());
		mac.update(name);
		return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

}

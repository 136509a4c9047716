package org.siao.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: try again after {@code retryAfterSeconds}; no password was checked. */
class SignInThrottled extends AuthenticationException {

	private final long retryAfterSeconds;

	SignInThrottled(long retryAfterSeconds) {
		super("Too many failed sign-ins; try again in " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}

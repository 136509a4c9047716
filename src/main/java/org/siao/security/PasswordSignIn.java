package org.siao.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password sign-in (the form, HTTP Basic, a token request) comes through here: a user and
 * password verified in the last minutes is answered from {@link VerifiedPasswords} without bcrypt;
 * otherwise the {@link SignInThrottle} may refuse before the hash is checked, and the outcome is
 * counted and logged (user and address, never the password).
 */
final class PasswordSignIn implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger("siao.security");

	private final AuthenticationProvider passwords;

	private final UserDetailsService users;

	private final VerifiedPasswords verified;

	private final SignInThrottle throttle;

	PasswordSignIn(AuthenticationProvider passwords, UserDetailsService users, VerifiedPasswords verified,
			SignInThrottle throttle) {
		this.passwords = passwords;
		this.users = users;
		this.verified = verified;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String user = request.getName();
		String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
		Authentication known = verified.find(user, password);
		if (known != null) {
			return UsernamePasswordAuthenticationToken.authenticated(known.getPrincipal(), null, known.getAuthorities());
		}
		String address = address(request);
		try {
			throttle.check(user, address);
		}
		catch (SignInThrottled e) {
			log.warn("Sign-in refused for {} from {}: too many failures, retry in {} s", who(user), address, e.retryAfterSeconds());
			throw e;
		}
		try {
			Authentication signedIn = passwords.authenticate(request);
			throttle.succeeded(user, address);
			if (signedIn.getPrincipal() instanceof CredentialsContainer principal) {
				// the cached principal is shared by later requests: it must not carry the hash
				principal.eraseCredentials();
			}
			verified.remember(user, password, signedIn);
			log.info("Signed in: {} from {}", who(user), address);
			return signedIn;
		}
		catch (BadCredentialsException e) {
			throttle.failed(user, address);
			log.warn("Sign-in failed for {} from {}", who(user), address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication request) {
		return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown address";
	}

	/**
	 * Names a known user; an unknown name is not logged, since it is often a password typed into
	 * the wrong field (and it could carry line breaks forged into the log).
	 */
	private String who(String user) {
		try {
			return "user '" + users.loadUserByUsername(user).getUsername() + "'";
		}
		catch (UsernameNotFoundException e) {
			return "an unknown user";
		}
	}

}

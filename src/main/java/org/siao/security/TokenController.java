package org.siao.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API clients sign in here once, with {@code {"user","password"}} or HTTP Basic, and send the
 * token they get as {@code Authorization: Bearer} afterwards. A token is not renewed by itself:
 * a new one needs the password again.
 */
@RestController
class TokenController {

	private final AuthenticationManager signIn;

	private final ApiTokens tokens;

	TokenController(AuthenticationManager signIn, ApiTokens tokens) {
		this.signIn = signIn;
		this.tokens = tokens;
	}

	record Credentials(String user, String password) {
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<ApiTokens.Issued> create(@RequestBody(required = false) Credentials credentials, HttpServletRequest request) {
		Authentication user;
		if (credentials != null && credentials.user() != null && credentials.password() != null) {
			var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.user(), credentials.password());
			attempt.setDetails(new WebAuthenticationDetails(request));
			user = signIn.authenticate(attempt);
		}
		else {
			user = SecurityContextHolder.getContext().getAuthentication();
			boolean byPassword = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
					&& BearerTokenFilter.token(request).isEmpty();
			if (!byPassword) {
				throw new BadCredentialsException("a token is issued for a user and password only");
			}
		}
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(tokens.issue(user));
	}

	/** Signs this token out. */
	@DeleteMapping("/api/v1/tokens/current")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		boolean revoked = BearerTokenFilter.token(request).map(tokens::revoke).orElse(false);
		return revoked ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	/** Signs the user out everywhere: every token, and the remembered HTTP Basic password. */
	@DeleteMapping("/api/v1/tokens")
	ResponseEntity<Void> revokeAll(Authentication user) {
		tokens.revokeAll(user.getName());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(SignInThrottled.class)
	void throttled(SignInThrottled e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		SignInProblems.throttled(request, response, e.retryAfterSeconds());
	}

	@ExceptionHandler(AuthenticationException.class)
	void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
		SignInProblems.unauthorized(request, response);
	}

}

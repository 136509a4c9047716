package org.siao.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its {@code Authorization: Bearer} token: a hash and a map look-up, no
 * password check. An unknown, expired or revoked token is refused outright rather than treated as
 * anonymous, so the client learns at once that it must sign in again.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** The token in the request, if it carries one. */
	static Optional<String> token(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Optional.empty();
		}
		return Optional.of(header.substring(BEARER.length()).trim());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> token = token(request);
		if (token.isPresent()) {
			Optional<Authentication> user = tokens.find(token.get());
			if (user.isEmpty()) {
				SignInProblems.unauthorized(request, response);
				return;
			}
			SecurityContext context = contexts.createEmptyContext();
			context.setAuthentication(user.get());
			contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

}

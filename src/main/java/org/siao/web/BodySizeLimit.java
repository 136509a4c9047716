package org.siao.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.siao.system.ServiceMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized bodies before anything reads them: one household's survey is a few kilobytes. */
@Component
class BodySizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxDraftBytes;

	private final ServiceMetrics metrics;

	BodySizeLimit(@Value("${siao.max-body-bytes:262144}") long maxBytes,
			@Value("${siao.max-draft-bytes:6000000}") long maxDraftBytes, ServiceMetrics metrics) {
		this.metrics = metrics;
		this.maxBytes = maxBytes;
		this.maxDraftBytes = maxDraftBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		// a draft (a zip of the rules) or a village file of surveys is larger than one household
		long limit = request.getRequestURI().startsWith("/api/v1/drafts") ? maxDraftBytes : maxBytes;
		if (length > limit || (length < 0 && request.getHeader("Transfer-Encoding") != null)) {
			metrics.rejected("too-large");
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
					+ "\"detail\":\"A request body must be sent with Content-Length and be at most " + limit + " bytes\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}

package org.siao.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.siao.system.ServiceMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized bodies before anything reads them: one household's survey is a few kilobytes. */
@Component
class BodySizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxDraftBytes;

	private final long maxImportBytes;

	private final Problems problems;

	private final ServiceMetrics metrics;

	BodySizeLimit(@Value("${siao.max-body-bytes:262144}") long maxBytes,
			@Value("${siao.max-draft-bytes:6000000}") long maxDraftBytes,
			@Value("${siao.max-import-bytes:1073741824}") long maxImportBytes, Problems problems, ServiceMetrics metrics) {
		this.maxBytes = maxBytes;
		this.maxDraftBytes = maxDraftBytes;
		this.maxImportBytes = maxImportBytes;
		this.problems = problems;
		this.metrics = metrics;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		// a draft (a zip of the rules) is larger than one household; a district's file of surveys is
		// larger still, but the import copies it to a temporary file as it arrives, never into memory
		String uri = request.getRequestURI();
		long limit = uri.startsWith("/api/v1/imports") || uri.equals("/imports") ? maxImportBytes
				: uri.startsWith("/api/v1/drafts") ? maxDraftBytes : maxBytes;
		if (length > limit) {
			metrics.rejected("too-large");
			problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, limit);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			// a chunked body's size is known only once read; the limit must hold before that
			problems.write(request, response, ProblemType.LENGTH_REQUIRED);
			return;
		}
		chain.doFilter(request, response);
	}

}

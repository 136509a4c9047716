package org.siao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.siao.survey.SurveyWords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and writes RFC 9457 problems in the user's language, one shape for every error: {@code type}
 * (a page of Siao that explains it), {@code title}, {@code status}, {@code detail}, and for a bad
 * survey {@code errors}: [{field, label, message}]. Filters that answer before Spring MVC (the body
 * size limit, sign-in and access checks) write with {@link #write}.
 */
@Component
public class Problems {

	private final JsonMapper json;

	private final ObjectProvider<LocaleResolver> locales;

	Problems(JsonMapper json, ObjectProvider<LocaleResolver> locales) {
		this.json = json;
		this.locales = locales;
	}

	/**
	 * The problem of that type; with {@code args}, the detail that names them (the methods allowed,
	 * the size limit) where there is one.
	 */
	public ProblemDetail problem(ProblemType type, Locale locale, Object... args) {
		SurveyWords words = SurveyWords.of(locale);
		ProblemDetail problem = ProblemDetail.forStatus(type.status());
		problem.setType(type.type());
		problem.setTitle(words.text("problem." + type.slug() + ".title"));
		boolean filled = args.length > 0 && !String.valueOf(args[0]).isBlank();
		String with = "problem." + type.slug() + ".detailWith";
		problem.setDetail(filled && words.find(with).isPresent() ? words.text(with, args)
				: words.text("problem." + type.slug() + ".detail"));
		return problem;
	}

	/** The problem with the fields to correct. */
	public ProblemDetail problem(ProblemType type, Locale locale, List<FieldError> errors) {
		ProblemDetail problem = problem(type, locale, errors.size());
		// a LinkedHashMap, not Map.of: Map.of iterates in an order that changes from one start of the
		// JVM to the next, so the same bad survey got its keys in a different order after a restart
		problem.setProperty("errors", errors.stream().map(e -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("field", e.field());
			error.put("label", e.label());
			error.put("message", e.label() + ": " + e.message());
			return error;
		}).toList());
		return problem;
	}

	/** Writes the problem as the whole response, in the language the request asks for. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Object... args)
			throws IOException {
		ProblemDetail problem = problem(type, locale(request), args);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(type.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (type == ProblemType.UNAUTHORIZED && response.getHeader("WWW-Authenticate") == null) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"siao\"");
		}
		response.getOutputStream().write(json.writeValueAsBytes(problem));
		response.flushBuffer();
	}

	/** The request's language as the application resolves it (Thai unless asked otherwise). */
	public Locale locale(HttpServletRequest request) {
		LocaleResolver resolver = locales.getIfAvailable();
		return resolver != null ? resolver.resolveLocale(request) : Locale.forLanguageTag("th");
	}

	/** One field to correct: its path in the body, its name in words, and what is wanted. */
	public record FieldError(String field, String label, String message) {
	}

}

package org.siao.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem Siao answers with. Each has a page at {@code /problems/<slug>} that explains
 * it (the problem's {@code type}), and a title and detail in Thai and English
 * ({@code i18n/problems*.properties}, keys {@code problem.<slug>.*}).
 */
public enum ProblemType {

	INVALID_SURVEY("invalid-survey", 400), UNREADABLE_BODY("unreadable-body", 400), BAD_REQUEST("bad-request", 400),
	UNAUTHORIZED("unauthorized", 401), FORBIDDEN("forbidden", 403), NOT_FOUND("not-found", 404),
	METHOD_NOT_ALLOWED("method-not-allowed", 405), NOT_ACCEPTABLE("not-acceptable", 406), CONFLICT("conflict", 409),
	LENGTH_REQUIRED("length-required", 411), PAYLOAD_TOO_LARGE("payload-too-large", 413),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415), TOO_MANY_REQUESTS("too-many-requests", 429),
	SERVER_ERROR("server-error", 500);

	private final String slug;

	private final int status;

	ProblemType(String slug, int status) {
		this.slug = slug;
		this.status = status;
	}

	public String slug() {
		return slug;
	}

	public int status() {
		return status;
	}

	/** A relative URI: the page on this same service that explains the problem. */
	public URI type() {
		return URI.create("/problems/" + slug);
	}

	public static Optional<ProblemType> ofSlug(String slug) {
		return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
	}

	/** The type for a status that has no more precise one: the first of that status, else by class. */
	public static ProblemType ofStatus(int status) {
		return Arrays.stream(values()).filter(t -> t.status == status).findFirst()
			.orElse(status >= 500 ? SERVER_ERROR : BAD_REQUEST);
	}

}

package org.siao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.siao.assessment.InvalidSurvey;
import org.siao.survey.FieldNames;
import org.siao.survey.Survey;
import org.siao.survey.SurveyWords;
import org.siao.system.ServiceMetrics;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every bad request becomes an RFC 9457 problem in the user's language, never a stack trace or a
 * Java name: a bad survey lists each field by its path ({@code members[2].grade}) and in words
 * ("สมาชิกคนที่ 3 (m3) ชั้นเรียน: ..."), and every other error (wrong method, wrong content type,
 * no such address) gets the same shape from {@link Problems}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private final Problems problems;

	private final ServiceMetrics metrics;

	ProblemDetailsAdvice(Problems problems, ServiceMetrics metrics) {
		this.problems = problems;
		this.metrics = metrics;
	}

	@ExceptionHandler(InvalidSurvey.class)
	ResponseEntity<Object> invalidSurvey(InvalidSurvey e) {
		metrics.rejected("inconsistent");
		Locale locale = LocaleContextHolder.getLocale();
		FieldNames names = new FieldNames(SurveyWords.of(locale));
		List<Problems.FieldError> errors = e.problems().stream()
			.map(p -> new Problems.FieldError(p.field(), names.label(p.field(), e.survey()), p.message()))
			.toList();
		return respond(problems.problem(ProblemType.INVALID_SURVEY, locale, errors), new HttpHeaders());
	}

	/** A multipart body the server cannot split (no boundary, cut short). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableMultipart(MultipartException e) {
		return respond(problems.problem(ProblemType.BAD_REQUEST, LocaleContextHolder.getLocale()), new HttpHeaders());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		metrics.rejected("validation");
		Locale locale = LocaleContextHolder.getLocale();
		FieldNames names = new FieldNames(SurveyWords.of(locale));
		Survey survey = e.getBindingResult().getTarget() instanceof Survey s ? s : null;
		List<Problems.FieldError> errors = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			errors.add(new Problems.FieldError(error.getField(), names.label(error.getField(), survey),
					String.valueOf(error.getDefaultMessage())));
		}
		e.getBindingResult().getGlobalErrors().forEach(g -> errors
			.add(new Problems.FieldError("", names.label("", survey), String.valueOf(g.getDefaultMessage()))));
		return respond(problems.problem(ProblemType.INVALID_SURVEY, locale, errors), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldError> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			String field = name == null ? "" : name;
			result.getResolvableErrors().forEach(error -> errors
				.add(new Problems.FieldError(field, "`" + field + "`", String.valueOf(error.getDefaultMessage()))));
		});
		return respond(problems.problem(ProblemType.INVALID_SURVEY, locale, errors), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		metrics.rejected("invalid-json");
		Locale locale = LocaleContextHolder.getLocale();
		return respond(problems.problem(ProblemType.UNREADABLE_BODY, locale, List.of(UnreadableBody.describe(e, locale))),
				headers);
	}

	/** Everything else Spring MVC turns into a status: the same shape, in the user's language. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemType type = ProblemType.ofStatus(status.value());
		return respond(problems.problem(type, LocaleContextHolder.getLocale(), detailArgument(e)), headers);
	}

	private static Object detailArgument(Exception e) {
		if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedHttpMethods() != null) {
			return method.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
		}
		if (e instanceof HttpMediaTypeNotSupportedException media) {
			return media.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: media.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
		}
		if (e instanceof HttpMediaTypeNotAcceptableException media) {
			return media.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: media.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
		}
		if (e instanceof MaxUploadSizeExceededException size) {
			return size.getMaxUploadSize();
		}
		return "";
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
		HttpHeaders kept = new HttpHeaders();
		// Allow (405) and Accept (415) tell the client what works; nothing else of the old headers is kept
		if (headers.getAllow() != null && !headers.getAllow().isEmpty()) {
			kept.setAllow(headers.getAllow());
		}
		if (!headers.getAccept().isEmpty()) {
			kept.setAccept(headers.getAccept());
		}
		kept.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.getStatus()).headers(kept).body(problem);
	}

}

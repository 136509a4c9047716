package org.siao.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.siao.assessment.InvalidSurvey;
import org.siao.system.ServiceMetrics;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every bad request becomes an RFC 9457 problem with an {@code errors} list naming each field by
 * its path in the survey ({@code members[2].grade}), never a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	static final URI INVALID_SURVEY = URI.create("https://siao.example/problems/invalid-survey");

	private final ServiceMetrics metrics;

	ProblemDetailsAdvice(ServiceMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(InvalidSurvey.class)
	ProblemDetail invalidSurvey(InvalidSurvey e) {
		metrics.rejected("inconsistent");
		return problem("The survey's answers do not fit together",
				e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		metrics.rejected("validation");
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
		}
		e.getBindingResult().getGlobalErrors()
			.forEach(g -> errors.add(Map.of("field", "", "message", String.valueOf(g.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(problem("The survey has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		metrics.rejected("invalid-json");
		String field = "";
		String message = "is not valid JSON";
		if (e.getCause() instanceof JacksonException json) {
			field = path(json);
			message = json instanceof UnrecognizedPropertyException ? "is not a survey field"
					: field.isEmpty() ? "is not valid JSON: " + json.getOriginalMessage()
							: "has the wrong type or value: " + json.getOriginalMessage();
		}
		return ResponseEntity.badRequest().body(problem("The request body cannot be read",
				List.of(Map.of("field", field, "message", message))));
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static ProblemDetail problem(String title, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(INVALID_SURVEY);
		problem.setTitle(title);
		problem.setDetail(errors.size() + " field(s) to correct");
		problem.setProperty("errors", errors);
		return problem;
	}

}

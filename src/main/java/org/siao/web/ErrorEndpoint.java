package org.siao.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows for an error that escaped Spring MVC (a filter, a request the
 * container could not parse, an unexpected failure): a problem in the user's language, never Java
 * details. A page asking for HTML still gets the error page. Opened directly, {@code /error} is
 * simply a page that does not exist (404), not a failure.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorEndpoint extends BasicErrorController {

	private final Problems problems;

	ErrorEndpoint(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, Problems problems) {
		super(attributes, new ErrorProperties(), resolvers);
		this.problems = problems;
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		ProblemDetail problem = problems.problem(ProblemType.ofStatus(status.value()), LocaleContextHolder.getLocale(),
				"");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", status.value());
		body.put("detail", problem.getDetail());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve((Integer) code);
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}

package org.siao.assessment.page;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the officials' pages: whether someone is signed in (to offer sign-out), and errors as a
 * page in the official's language rather than the API's problem JSON.
 */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModelAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageModelAdvice.class);

	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

	/** A request Spring MVC turns down (unknown survey, malformed path): its status, as a page. */
	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException e) {
		return page(e.getStatusCode());
	}

	/** Anything else: a friendly page, never a stack trace; the cause goes to the log without household data. */
	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception e) {
		if (e instanceof ErrorResponse response) {
			return page(response.getStatusCode());
		}
		if (e instanceof TypeMismatchException) {
			return page(HttpStatus.BAD_REQUEST);
		}
		log.error("a page failed: {}", e.toString());
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView page(HttpStatusCode status) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.setStatus(status);
		return page;
	}

}

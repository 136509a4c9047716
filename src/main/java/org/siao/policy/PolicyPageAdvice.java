package org.siao.policy;

import java.security.Principal;

import org.siao.drafts.DraftProblems;
import org.siao.policy.dmn.DmnDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the policy pages: who is signed in, and a request for a draft, release or file that does
 * not exist answered with the error page in the user's language, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = PolicyPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(PolicyPageAdvice.class);

	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

	@ModelAttribute("user")
	String user(Principal principal) {
		return principal == null ? null : principal.getName();
	}

	@ExceptionHandler({ DraftProblems.NoSuchDraft.class, DraftProblems.NoSuchRelease.class, PolicyWork.NoSuchFile.class })
	ModelAndView missing(RuntimeException e) {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(DmnDocument.InvalidDmn.class)
	ModelAndView invalid(DmnDocument.InvalidDmn e) {
		return page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
	ModelAndView status(org.springframework.web.server.ResponseStatusException e) {
		return page(HttpStatus.valueOf(e.getStatusCode().value()));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failure(Exception e) {
		if (e instanceof org.springframework.web.ErrorResponse response) {
			return page(HttpStatus.valueOf(response.getStatusCode().value()));
		}
		if (e instanceof org.springframework.beans.TypeMismatchException) {
			return page(HttpStatus.BAD_REQUEST);
		}
		log.error("a policy page failed: {}", e.toString());
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.setStatus(status);
		return page;
	}

}

package org.siao.assessment.page;

import java.security.Principal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException e) {
		int status = e.getStatusCode().value();
		ModelAndView page = new ModelAndView(status == 404 || status == 403 ? "error/" + status : "error");
		page.setStatus(e.getStatusCode());
		return page;
	}

}

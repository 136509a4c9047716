package org.siao.households;

import java.security.Principal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The households' and admin pages: signed in (for the menu), and a refused route as the error page in the user's language. */
@ControllerAdvice(assignableTypes = { HouseholdPages.class, org.siao.users.AdminPages.class,
		org.siao.summaries.SummaryPages.class, org.siao.imports.ImportPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class HouseholdPageAdvice {

	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException e) {
		return page(e.getStatusCode());
	}

	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ModelAndView badValue() {
		return page(HttpStatusCode.valueOf(400));
	}

	private static ModelAndView page(HttpStatusCode status) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.setStatus(status);
		return page;
	}

}

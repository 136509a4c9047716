package org.siao.assessment.page;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every officials' page shows in its header: whether someone is signed in (to offer sign-out). */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
class PageModelAdvice {

	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

}

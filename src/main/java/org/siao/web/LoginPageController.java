package org.siao.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security handles the POST) and the start page. */
@Controller
class LoginPageController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String start() {
		return "redirect:/survey/new";
	}

}

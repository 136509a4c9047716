package org.siao.web;

import java.util.Locale;

import org.siao.survey.SurveyWords;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The page behind each problem's {@code type}: what the problem means and what to do, Thai or English. */
@Controller
class ProblemPages {

	@GetMapping("/problems/{slug}")
	String page(@PathVariable String slug, Locale locale, Model model) {
		ProblemType type = ProblemType.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SurveyWords words = SurveyWords.of(locale);
		model.addAttribute("lang", words.locale().getLanguage());
		model.addAttribute("status", type.status());
		model.addAttribute("slug", type.slug());
		model.addAttribute("heading", words.text("problem.page.heading"));
		model.addAttribute("statusLabel", words.text("problem.page.status"));
		model.addAttribute("title", words.text("problem." + type.slug() + ".title"));
		model.addAttribute("explanation", words.text("problem." + type.slug() + ".page"));
		model.addAttribute("back", words.text("problem.page.back"));
		return "problems/problem";
	}

}

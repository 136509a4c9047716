package org.siao.assessment.page;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The survey form. Every button posts the whole form, so what was typed is kept whatever the
 * official presses: assess, add or remove a member, switch language.
 */
@Controller
class SurveyPageController {

	private final SurveyDrafts drafts;

	private final SurveyCheck check;

	private final FormModel model;

	SurveyPageController(SurveyDrafts drafts, SurveyCheck check, FormModel model) {
		this.drafts = drafts;
		this.check = check;
		this.model = model;
	}

	@GetMapping("/survey/new")
	String start() {
		return "redirect:/survey/" + drafts.start();
	}

	@GetMapping("/survey/{id}")
	String form(@PathVariable String id, Model page, Locale locale) {
		SurveyDrafts.Draft draft = draft(id);
		model.fill(page, id, draft.form(), new FormErrors(), locale);
		return "survey/form";
	}

	@PostMapping("/survey/{id}")
	String assess(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model page,
			Locale locale, HttpServletResponse response) {
		SurveyDrafts.Draft draft = draft(id);
		SurveyForm form = SurveyForm.of(posted);
		form.prune();
		draft.form(form);
		SurveyCheck.Checked checked = check.check(form, locale);
		if (checked.ok()) {
			draft.survey(checked.survey());
			return "redirect:/answers/" + id;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.fill(page, id, form, checked.errors(), locale);
		return "survey/form";
	}

	/** Keeps what was posted, then shows the same form in the other language (LocaleChangeInterceptor read ?lang). */
	@PostMapping("/survey/{id}/language")
	String language(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted) {
		draft(id).form(SurveyForm.of(posted));
		return "redirect:/survey/" + id;
	}

	@PostMapping("/survey/{id}/members")
	String addMember(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted) {
		SurveyForm form = SurveyForm.of(posted);
		int index = form.addMember();
		draft(id).form(form);
		return "redirect:/survey/" + id + "#member-" + index;
	}

	@PostMapping("/survey/{id}/members/{index}/remove")
	String removeMember(@PathVariable String id, @PathVariable int index,
			@RequestParam MultiValueMap<String, String> posted) {
		SurveyForm form = SurveyForm.of(posted);
		if (form.members().size() > 1 && form.members().contains(index)) {
			form.removeMember(index);
		}
		draft(id).form(form);
		return "redirect:/survey/" + id + "#members";
	}

	/** Every member block drawn again after the survey date changed: ages count on it (htmx). */
	@PostMapping("/survey/{id}/members/all")
	String members(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model page,
			Locale locale) {
		draft(id);
		model.fill(page, id, SurveyForm.of(posted), new FormErrors(), locale);
		return "survey/member :: members";
	}

	/** One member block drawn again as age, sex or an earlier answer changes which questions apply (htmx). */
	@PostMapping("/survey/{id}/members/{index}")
	String member(@PathVariable String id, @PathVariable int index, @RequestParam MultiValueMap<String, String> posted,
			Model page, Locale locale) {
		draft(id);
		SurveyForm form = SurveyForm.of(posted);
		model.fill(page, id, form, new FormErrors(), locale);
		page.addAttribute("m", MemberView.of(form, index));
		return "survey/member :: member";
	}

	/** The location pickers drawn again after a province or district is chosen (htmx). */
	@PostMapping("/survey/{id}/location")
	String location(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model page,
			Locale locale) {
		draft(id);
		model.fill(page, id, SurveyForm.of(posted), new FormErrors(), locale);
		return "survey/location :: location";
	}

	private SurveyDrafts.Draft draft(String id) {
		return drafts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

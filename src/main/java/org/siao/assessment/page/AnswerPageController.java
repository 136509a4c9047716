package org.siao.assessment.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.siao.assessment.Assessment;
import org.siao.assessment.print.PlanPdf;
import org.siao.assessment.print.PlanSheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answer for a household being surveyed. A next question answered here goes into the stored
 * survey and the whole survey is assessed again at once: nothing is typed twice.
 */
@Controller
class AnswerPageController {

	private final SurveyDrafts drafts;

	private final SurveyCheck check;

	private final MessageSource messages;

	private final PlanPdf planPdf;

	AnswerPageController(SurveyDrafts drafts, SurveyCheck check, MessageSource messages, PlanPdf planPdf) {
		this.drafts = drafts;
		this.check = check;
		this.messages = messages;
		this.planPdf = planPdf;
	}

	@GetMapping("/answers/{id}")
	String answer(@PathVariable String id, Model page, Locale locale) {
		SurveyDrafts.Draft draft = draft(id);
		SurveyCheck.Checked checked = current(draft, locale);
		if (!checked.ok()) {
			return "redirect:/survey/" + id;
		}
		fill(page, id, draft.form(), checked, new FormErrors(), locale);
		return "answer/page";
	}

	/** Answers to next questions, named by survey path; the page (or, for htmx, its answer part) comes back re-assessed. */
	@PostMapping("/answers/{id}/questions")
	String answerQuestions(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model page,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		SurveyDrafts.Draft draft = draft(id);
		SurveyForm form = draft.form();
		SurveyForm.of(posted).asMap().forEach(form::set);
		draft.form(form);
		SurveyCheck.Checked checked = check.check(form, locale);
		if (checked.ok()) {
			draft.survey(checked.survey());
			if (htmx == null) {
				return "redirect:/answers/" + id;
			}
			fill(page, id, form, checked, new FormErrors(), locale);
			return "answer/page";
		}
		SurveyCheck.Checked previous = check.assess(draft.survey(), locale);
		fill(page, id, form, previous, checked.errors(), locale);
		return "answer/page";
	}

	/** The plan to leave with the family, as a PDF in the page's language. */
	@GetMapping("/answers/{id}/plan.pdf")
	ResponseEntity<byte[]> plan(@PathVariable String id, Locale locale) {
		SurveyDrafts.Draft draft = draft(id);
		SurveyCheck.Checked checked = current(draft, locale);
		if (!checked.ok()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String code = householdCode(draft.form(), checked);
		byte[] pdf = planPdf.render(new PlanSheet(code, checked.survey().assessmentDate(), checked.assessment(), locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("plan-" + code + ".pdf").build().toString())
			.body(pdf);
	}

	private static String householdCode(SurveyForm form, SurveyCheck.Checked checked) {
		String number = form.value("householdNumber");
		return checked.survey().location().village() + (number.isEmpty() ? "" : "-" + number);
	}

	private SurveyCheck.Checked current(SurveyDrafts.Draft draft, Locale locale) {
		if (draft.survey() == null) {
			SurveyCheck.Checked checked = check.check(draft.form(), locale);
			if (checked.ok()) {
				draft.survey(checked.survey());
			}
			return checked;
		}
		return check.assess(draft.survey(), locale);
	}

	private void fill(Model page, String id, SurveyForm form, SurveyCheck.Checked checked, FormErrors errors,
			Locale locale) {
		Assessment assessment = checked.assessment();
		String code = householdCode(form, checked);
		page.addAttribute("id", id);
		page.addAttribute("a", new AnswerView(assessment, checked.survey(), code, messages, locale));
		page.addAttribute("f", new FormView(form, errors));
		List<QuestionView> questions = new ArrayList<>();
		for (int i = 0; i < assessment.nextQuestions().size(); i++) {
			questions.add(QuestionView.of(assessment.nextQuestions().get(i), i, messages, locale));
		}
		page.addAttribute("questions", questions);
	}

	private SurveyDrafts.Draft draft(String id) {
		return drafts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

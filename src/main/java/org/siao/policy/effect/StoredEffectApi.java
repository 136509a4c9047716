package org.siao.policy.effect;

import java.util.List;
import java.util.Locale;

import org.siao.catalogue.Language;
import org.siao.drafts.DraftService.DraftView;
import org.siao.policy.PolicyWork;
import org.siao.rulebook.RuleBook;
import org.siao.web.ProblemType;
import org.siao.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The effect page's stored-households run for scripts: the same summary as JSON (policy role, as
 * every {@code /api/v1/drafts} route). Households appear by code only.
 */
@RestController
class StoredEffectApi {

	private final PolicyWork work;

	private final StoredEffect stored;

	private final Problems problems;

	private final MessageSource messages;

	StoredEffectApi(PolicyWork work, StoredEffect stored, Problems problems, MessageSource messages) {
		this.work = work;
		this.stored = stored;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/drafts/{id}/households", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> households(@PathVariable String id, @RequestParam(defaultValue = "") String area) {
		Locale locale = LocaleContextHolder.getLocale();
		DraftView draft = work.draft(id);
		if (!StoredEffect.isAreaCode(area.trim())) {
			String message = messages.getMessage("policy.effect.areaInvalid", null, locale);
			return problem(problems.problem(ProblemType.BAD_REQUEST, locale,
					List.of(new Problems.FieldError("area", "`area`", message))));
		}
		RuleBook draftBook = work.book(draft);
		if (draftBook == null) {
			ProblemDetail conflict = problems.problem(ProblemType.CONFLICT, locale);
			conflict.setDetail(messages.getMessage("policy.effect.notLoadable", null, locale));
			return problem(conflict);
		}
		return ResponseEntity.ok(stored.run(work.liveBook(), draftBook, area.trim(), Language.of(locale)));
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}

package org.siao.assessment.page;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import org.siao.households.HouseholdCode;
import org.siao.households.Households;
import org.siao.users.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Keep this household": the survey on the answer page stored under its village and a household number. */
@Controller
class KeepHouseholdController {

	private final SurveyDrafts drafts;

	private final Households households;

	private final UserStore users;

	KeepHouseholdController(SurveyDrafts drafts, Households households, UserStore users) {
		this.drafts = drafts;
		this.households = households;
		this.users = users;
	}

	@PostMapping("/answers/{id}/keep")
	String keep(@PathVariable String id, @RequestParam(defaultValue = "") String number, Principal principal,
			RedirectAttributes flash, Locale locale) {
		SurveyDrafts.Draft draft = drafts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (draft.survey() == null) {
			return "redirect:/survey/" + id;
		}
		Optional<HouseholdCode> code = HouseholdCode.parse(draft.survey().location().village() + "-" + number.strip());
		if (code.isEmpty()) {
			flash.addFlashAttribute("keepError", "households.keep.number");
			return "redirect:/answers/" + id + "#keep";
		}
		Households.Kept kept = households.keep(code.get(), draft.survey(), principal.getName(),
				users.scopeOf(principal.getName()));
		if (!kept.ok()) {
			flash.addFlashAttribute("keepError", "households.keep." + kept.refusal().name());
			return "redirect:/answers/" + id + "#keep";
		}
		return "redirect:/households/" + code.get() + "?kept";
	}

}

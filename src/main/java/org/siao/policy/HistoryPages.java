package org.siao.policy;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siao.drafts.DraftProblems;
import org.siao.releases.Release;
import org.siao.releases.RowChange;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every release, newest first, with who, when, the note and what changed row by row; roll back to one. */
@Controller
class HistoryPages {

	private final PolicyWork work;

	private final MessageSource messages;

	HistoryPages(PolicyWork work, MessageSource messages) {
		this.work = work;
		this.messages = messages;
	}

	@GetMapping("/policy/history")
	String history(Model model) {
		List<Release> history = work.releases().history();
		Map<Long, List<RowChange>> diffs = new LinkedHashMap<>();
		for (Release release : history) {
			if (release.parent() != null && !release.parent().equals(release.version())) {
				try {
					diffs.put(release.seq(), work.releases().diff(release.parent(), release.version()).changes());
				}
				catch (RuntimeException e) {
					diffs.put(release.seq(), List.of());
				}
			}
		}
		model.addAttribute("history", history);
		model.addAttribute("diffs", diffs);
		model.addAttribute("live", work.releases().live());
		model.addAttribute("drafts", work.openDrafts());
		return "policy/history";
	}

	@PostMapping("/policy/rollback")
	String rollback(@RequestParam String version, @RequestParam(defaultValue = "") String note, Principal principal,
			Locale locale, RedirectAttributes redirect) {
		String why = note.isBlank() ? messages.getMessage("policy.rollback.defaultNote", new Object[] { version }, locale)
				: note.trim();
		try {
			Release release = work.drafts().rollback(version, principal.getName(), why);
			redirect.addFlashAttribute("published", release);
		}
		catch (DraftProblems.NotPublishable | DraftProblems.FailingCases e) {
			redirect.addFlashAttribute("rollbackError", messages.getMessage("policy.rollback.refused", null, locale));
		}
		return "redirect:/policy/history";
	}

}

package org.siao.policy;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.siao.areas.Areas;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.drafts.DraftChecks;
import org.siao.drafts.DraftProblems;
import org.siao.drafts.DraftService.DraftView;
import org.siao.drafts.Effects;
import org.siao.policy.effect.EffectCalculator;
import org.siao.policy.effect.EffectReport;
import org.siao.policy.effect.Household;
import org.siao.policy.effect.HouseholdUpload;
import org.siao.policy.effect.StoredEffect;
import org.siao.policy.grid.DraftDiff;
import org.siao.releases.Bundle;
import org.siao.releases.LiveMoved;
import org.siao.releases.Release;
import org.siao.rulebook.RuleBook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft: its edits against its parent row by row with the checks at their rows, the effect on
 * the casebook, on uploaded households and on the households kept in an area in baht, and
 * publishing it (with a note, a date, a second person's approval when four-eyes is on, a rebase
 * when live has moved).
 */
@Controller
class DraftPages {

	/** Policy dates are Thai dates: a release "from 1 Oct" goes live at midnight in Thailand. */
	static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	private static final String UPLOADED = "policy.households.";

	private final PolicyWork work;

	private final MessageSource messages;

	private final JsonMapper json;

	private final StoredEffect stored;

	private final Areas areas;

	DraftPages(PolicyWork work, MessageSource messages, JsonMapper json, StoredEffect stored, Areas areas) {
		this.work = work;
		this.messages = messages;
		this.json = json;
		this.stored = stored;
		this.areas = areas;
	}

	@GetMapping("/policy/drafts/{id}")
	String draft(@PathVariable String id, Model model) {
		DraftView draft = work.draft(id);
		model.addAttribute("draft", draft);
		model.addAttribute("changes", DraftDiff.between(work.parentFiles(draft), work.files(id)));
		model.addAttribute("live", work.releases().live());
		return "policy/draft";
	}

	@PostMapping("/policy/drafts/{id}/publish")
	String publish(@PathVariable String id, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String effective, @RequestParam(defaultValue = "false") boolean acceptFailing,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		Instant at = null;
		if (!effective.isBlank()) {
			try {
				LocalDate day = LocalDate.parse(effective.trim());
				at = day.isAfter(LocalDate.now(THAILAND)) ? day.atStartOfDay(THAILAND).toInstant() : null;
			}
			catch (DateTimeParseException e) {
				return refused(id, model, "effective", messages.getMessage("policy.dated.noDate", null, locale));
			}
		}
		if (note.isBlank()) {
			return refused(id, model, "note", messages.getMessage("policy.publish.noNote", null, locale));
		}
		try {
			Release release = work.drafts().publish(id, principal.getName(), note.trim(), at, acceptFailing);
			redirect.addFlashAttribute("published", release);
			return "redirect:/policy/history";
		}
		catch (LiveMoved moved) {
			model.addAttribute("moved", moved);
			return draft(id, model);
		}
		catch (DraftProblems.NotPublishable e) {
			model.addAttribute("notPublishable", e.errors());
			return draft(id, model);
		}
		catch (DraftProblems.FailingCases e) {
			model.addAttribute("failing", e.effect());
			return draft(id, model);
		}
		catch (DraftChecks.Busy | DraftChecks.TooSlow e) {
			return refused(id, model, "publish", messages.getMessage("policy.busy", null, locale));
		}
	}

	private String refused(String id, Model model, String field, String message) {
		model.addAttribute("publishError", Map.of(field, message));
		return draft(id, model);
	}

	@PostMapping("/policy/drafts/{id}/rebase")
	String rebase(@PathVariable String id, Model model, RedirectAttributes redirect) {
		var rebased = work.drafts().rebase(id);
		if (!rebased.conflicts().isEmpty()) {
			model.addAttribute("conflicts", rebased.conflicts());
			return draft(id, model);
		}
		redirect.addFlashAttribute("rebased", true);
		return "redirect:/policy/drafts/" + id;
	}

	@PostMapping("/policy/drafts/{id}/approve")
	String approve(@PathVariable String id, Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			Release release = work.drafts().approve(id, principal.getName());
			redirect.addFlashAttribute("published", release);
			return "redirect:/policy/history";
		}
		catch (DraftProblems.NotAllowed e) {
			model.addAttribute("approveError", messages.getMessage("policy." + e.key(), null, locale));
			return draft(id, model);
		}
		catch (LiveMoved moved) {
			model.addAttribute("moved", moved);
			return draft(id, model);
		}
		catch (DraftProblems.FailingCases e) {
			model.addAttribute("failing", e.effect());
			return draft(id, model);
		}
	}

	@GetMapping("/policy/drafts/{id}/effect")
	String effect(@PathVariable String id, @RequestParam(required = false) String area, Model model, Locale locale,
			HttpSession session) {
		DraftView draft = work.draft(id);
		model.addAttribute("draft", draft);
		model.addAttribute("provinces", areas.provinces());
		model.addAttribute("storedLimit", stored.limit());
		String areaCode = area == null ? "" : area.trim();
		model.addAttribute("area", areaCode);
		RuleBook draftBook = work.book(draft);
		if (draftBook == null) {
			model.addAttribute("notLoadable", true);
			return "policy/effect";
		}
		Effects.CasebookEffect casebook = work.drafts().casebook(id);
		model.addAttribute("casebook", casebook);
		Language language = Language.of(locale);
		List<Household> cases = new ArrayList<>();
		for (Case c : CasebookReader.read(Bundle.of(work.files(id)).casebook())) {
			cases.add(new Household(c.title(), c.path(), c.survey()));
		}
		model.addAttribute("casesEffect", EffectCalculator.compare(work.liveBook(), draftBook, cases, language, List.of()));
		HouseholdUpload.Read uploaded = uploaded(session, id);
		if (uploaded != null) {
			List<String> bad = uploaded.badLines().stream().map(n -> "#" + n).toList();
			model.addAttribute("uploadEffect",
					EffectCalculator.compare(work.liveBook(), draftBook, uploaded.households(), language, bad));
		}
		if (area != null) {
			if (!StoredEffect.isAreaCode(areaCode)) {
				model.addAttribute("areaError", messages.getMessage("policy.effect.areaInvalid", null, locale));
			}
			else {
				model.addAttribute("storedEffect", stored.run(work.liveBook(), draftBook, areaCode, language));
				// villages are not in the area list; their sub-district names them well enough
				areas.find(areaCode.length() == 8 ? areaCode.substring(0, 6) : areaCode)
					.ifPresent(a -> model.addAttribute("areaName", a.name(locale)));
			}
		}
		return "policy/effect";
	}

	/**
	 * Uploaded households stay in the user's session only (they are personal data): never written
	 * to disk, never logged, gone when the session ends.
	 */
	@PostMapping("/policy/drafts/{id}/households")
	String households(@PathVariable String id, @RequestParam("file") MultipartFile file, HttpSession session)
			throws java.io.IOException {
		work.draft(id);
		session.setAttribute(UPLOADED + id, HouseholdUpload.read(file.getBytes(), json));
		return "redirect:/policy/drafts/" + id + "/effect#uploaded";
	}

	private static HouseholdUpload.Read uploaded(HttpSession session, String id) {
		return session.getAttribute(UPLOADED + id) instanceof HouseholdUpload.Read read ? read : null;
	}

	@PostMapping("/policy/drafts/{id}/accept")
	String accept(@PathVariable String id, @RequestParam String path) {
		work.drafts().acceptOutcome(id, path);
		return "redirect:/policy/drafts/" + id + "/effect#casebook";
	}

}

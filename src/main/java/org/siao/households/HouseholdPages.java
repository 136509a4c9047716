package org.siao.households;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.siao.areas.Areas;
import org.siao.assessment.page.HouseholdDrafts;
import org.siao.users.Scope;
import org.siao.users.UserStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The official's households: the list (due for a visit, items waiting too long), one household's
 * timeline with its plan items, a revisit, and a stored answer run again on today's rules. A
 * household outside the official's area is "not found" on every route.
 */
@Controller
class HouseholdPages {

	private final Households households;

	private final UserStore users;

	private final HouseholdDrafts drafts;

	private final Areas areas;

	private final ResultsCsv results;

	HouseholdPages(Households households, UserStore users, HouseholdDrafts drafts, Areas areas, ResultsCsv results) {
		this.households = households;
		this.users = users;
		this.drafts = drafts;
		this.areas = areas;
		this.results = results;
	}

	/**
	 * An area code in words, smallest first: "ตำบลบ้านเป็ด, อำเภอเมืองขอนแก่น, จังหวัดขอนแก่น"
	 * (sub-district, district, province as known; a village has a code only, so it is left to
	 * the code shown beside).
	 */
	String place(String code, Locale locale) {
		List<String> names = new java.util.ArrayList<>();
		for (int length = Math.min(6, code.length()); length >= 2; length -= 2) {
			areas.find(code.substring(0, length)).map(a -> a.name(locale)).ifPresent(names::add);
		}
		return String.join(", ", names);
	}

	@GetMapping("/households")
	String list(Principal principal, Model page, Locale locale) {
		Scope scope = users.scopeOf(principal.getName());
		LocalDate today = LocalDate.now();
		page.addAttribute("area", scope.area());
		page.addAttribute("areaName", scope.area() == null ? null : place(scope.area(), locale));
		page.addAttribute("households", households.list(scope));
		page.addAttribute("due", households.due(scope, today));
		page.addAttribute("late", households.late(scope, today));
		return "households/list";
	}

	/** The official's whole area with the latest results, as the API's export: streamed, no cap. */
	@GetMapping(path = "/households/export.csv", produces = "text/csv")
	void export(Principal principal, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=utf-8");
		response.setHeader("Content-Disposition", "attachment; filename=households.csv");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
		results.write(users.scopeOf(principal.getName()), locale, out);
	}

	@GetMapping("/households/{code}")
	String household(@PathVariable String code, Principal principal, Model page, Locale locale) {
		Households.Folder folder = folder(code, principal);
		page.addAttribute("h", folder);
		page.addAttribute("place", place(folder.household().village(), locale));
		page.addAttribute("changes", households.changes(folder));
		page.addAttribute("states", PlanState.values());
		page.addAttribute("today", LocalDate.now());
		return "households/page";
	}

	@PostMapping("/households/{code}/items/{item}")
	String changeItem(@PathVariable String code, @PathVariable long item, @RequestParam PlanState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "") String note, Principal principal, RedirectAttributes flash) {
		folder(code, principal);
		LocalDate on = date == null || date.isAfter(LocalDate.now()) ? LocalDate.now() : date;
		String trimmed = note.length() > 500 ? note.substring(0, 500) : note;
		if (!households.changeItem(code, item, state, on, trimmed, principal.getName(), users.scopeOf(principal.getName()))) {
			flash.addFlashAttribute("itemError", "households.item.refused");
		}
		return "redirect:/households/" + code + "#item-" + item;
	}

	@GetMapping("/households/{code}/revisit")
	String revisit(@PathVariable String code, Principal principal) {
		Scope scope = users.scopeOf(principal.getName());
		HouseholdCode parsed = HouseholdCode.parse(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var last = households.lastSurvey(code, scope)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:/survey/" + drafts.revisit(last, parsed.number());
	}

	@GetMapping("/households/{code}/visits/{visit}/rerun")
	String rerun(@PathVariable String code, @PathVariable long visit, Principal principal, Model page) {
		Households.Rerun rerun = households.rerun(code, visit, users.scopeOf(principal.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		page.addAttribute("code", code);
		page.addAttribute("r", rerun);
		return "households/rerun";
	}

	private Households.Folder folder(String code, Principal principal) {
		Optional<Households.Folder> folder = households.folder(code, users.scopeOf(principal.getName()));
		return folder.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static List<PlanState> nextStates(PlanState state) {
		return state.next();
	}

}

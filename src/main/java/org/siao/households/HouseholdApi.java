package org.siao.households;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import org.siao.users.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Kept households for officials' apps: the same area rule as the pages, 404 outside the area. */
@RestController
@Tag(name = "Households", description = "Households kept over time under a village code and a number, never a name")
class HouseholdApi {

	private final Households households;

	private final UserStore users;

	private final ResultsCsv results;

	HouseholdApi(Households households, UserStore users, ResultsCsv results) {
		this.households = households;
		this.users = users;
		this.results = results;
	}

	@GetMapping("/api/v1/households")
	@Operation(summary = "The households of your area, by code")
	List<Stored.Household> list(Principal principal) {
		return households.list(scope(principal));
	}

	/** A household with its visits, plan items, their history and what changed at each visit. */
	record HouseholdJson(String code, List<Stored.Visit> visits, List<VisitChange> changes, List<Stored.Item> items,
			List<Stored.Event> events) {
	}

	@GetMapping("/api/v1/households/{code}")
	@Operation(summary = "One household: visits, what changed at each, plan items and their history")
	HouseholdJson household(@PathVariable String code, Principal principal) {
		Households.Folder folder = folder(code, principal);
		return new HouseholdJson(folder.household().code(), folder.visits(), households.changes(folder), folder.items(),
				folder.events());
	}

	@PutMapping(path = "/api/v1/households/{code}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Keep a survey as the household's visit on its date (the same date again replaces it)")
	ResponseEntity<HouseholdJson> keep(@PathVariable String code, @Valid @RequestBody Survey survey, Principal principal) {
		HouseholdCode parsed = HouseholdCode.parse(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Households.Kept kept = households.keep(parsed, survey, principal.getName(), scope(principal));
		if (kept.refusal() == Households.Refusal.OUT_OF_AREA) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (kept.refusal() == Households.Refusal.OTHER_VILLAGE) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "the survey's village is not the household's village");
		}
		return ResponseEntity.ok(household(code, principal));
	}

	/** A plan item's new state. */
	record ItemChange(@NotNull PlanState state, LocalDate date, @Size(max = 500) String note) {
	}

	@PostMapping(path = "/api/v1/households/{code}/items/{item}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move a plan item to a new state (suggested → applied → received, or refused / not possible)")
	HouseholdJson changeItem(@PathVariable String code, @PathVariable long item, @Valid @RequestBody ItemChange change,
			Principal principal) {
		folder(code, principal);
		LocalDate on = change.date() == null ? LocalDate.now() : change.date();
		if (on.isAfter(LocalDate.now())
				|| !households.changeItem(code, item, change.state(), on, change.note(), principal.getName(), scope(principal))) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "this item cannot move to that state");
		}
		return household(code, principal);
	}

	@GetMapping(path = "/api/v1/households/export.csv", produces = "text/csv")
	@Operation(summary = "Every household of your area with the results of its latest visit, as CSV (streamed, "
			+ "no cap): household, province, district, district_name, subdistrict, subdistrict_name, village, "
			+ "visit_date, rules_version, members, baht_per_year_min, baht_per_year_max, deficits, programmes, "
			+ "open_plan_items")
	void export(Principal principal, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=utf-8");
		response.setHeader("Content-Disposition", "attachment; filename=households.csv");
		Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(),
				StandardCharsets.UTF_8), 1 << 16);
		results.write(scope(principal), locale, out);
	}

	private Households.Folder folder(String code, Principal principal) {
		return households.folder(code, scope(principal))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Scope scope(Principal principal) {
		return users.scopeOf(principal.getName());
	}

}

package org.siao.summaries;

import java.security.Principal;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.siao.users.UserStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Summaries", description = "Kept households counted by area")
class SummaryApi {

	private final AreaSummaries summaries;

	private final UserStore users;

	SummaryApi(AreaSummaries summaries, UserStore users) {
		this.summaries = summaries;
		this.users = users;
	}

	@GetMapping("/api/v1/summaries/{area}")
	@Operation(summary = "An area's summary (area: all, or a 2, 4, 6 or 8 digit code inside yours)")
	Summary summary(@PathVariable String area, Principal principal, Locale locale) {
		return summaries.of(SummaryPages.allowed(area, users.scopeOf(principal.getName())), locale);
	}

}

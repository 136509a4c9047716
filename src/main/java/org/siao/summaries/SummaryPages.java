package org.siao.summaries;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.siao.users.Scope;
import org.siao.users.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Summary pages drilling province → district → sub-district → village, a CSV of each table, and
 * the same summary as JSON for the API. An official sees only the summaries inside their area.
 */
@Controller
public class SummaryPages {

	private final AreaSummaries summaries;

	private final UserStore users;

	public SummaryPages(AreaSummaries summaries, UserStore users) {
		this.summaries = summaries;
		this.users = users;
	}

	@GetMapping("/summaries")
	String home(Principal principal) {
		String area = users.scopeOf(principal.getName()).area();
		return area == null ? "redirect:/summaries/all" : "redirect:/summaries/" + area;
	}

	@GetMapping("/summaries/{area}")
	String page(@PathVariable String area, Principal principal, Model page, Locale locale) {
		String code = allowed(area, users.scopeOf(principal.getName()));
		Summary summary = summaries.of(code, locale);
		page.addAttribute("s", summary);
		page.addAttribute("areaName", code == null ? null : summaries.name(code, locale));
		page.addAttribute("trail", trail(code, principal, locale));
		page.addAttribute("linkBase", area);
		return "summaries/page";
	}

	@GetMapping("/summaries/{area}/{table}.csv")
	void csv(@PathVariable String area, @PathVariable String table, Principal principal, Locale locale,
			HttpServletResponse response) throws IOException {
		Summary s = summaries.of(allowed(area, users.scopeOf(principal.getName())), locale);
		List<String> lines = new ArrayList<>();
		switch (table) {
			case "indicators" -> {
				lines.add("indicator,name,households_failing,share");
				s.indicators().forEach(i -> lines.add(csv(i.indicator(), i.name(), i.households(),
						String.format(Locale.ROOT, "%.4f", i.share()))));
			}
			case "programmes" -> {
				lines.add("programme,name,eligible,already_receiving,baht_per_year");
				s.programmes().forEach(p -> lines.add(csv(p.programme(), p.name(), p.eligible(), p.receiving(), p.bahtPerYear())));
			}
			case "questions" -> {
				lines.add("question,households");
				s.open().forEach(o -> lines.add(csv(o.field(), o.households())));
			}
			case "areas" -> {
				lines.add("code,name,households");
				s.children().forEach(c -> lines.add(csv(c.code(), c.name(), c.households())));
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setContentType("text/csv; charset=utf-8");
		response.setHeader("Content-Disposition", "attachment; filename=" + table + "-" + area + ".csv");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		for (String line : lines) {
			out.write(line);
			out.write("\n");
		}
		out.flush();
	}

	/** The breadcrumbs from the user's own area down to this one. */
	private List<Summary.Child> trail(String code, Principal principal, Locale locale) {
		List<Summary.Child> trail = new ArrayList<>();
		String own = users.scopeOf(principal.getName()).area();
		if (own == null) {
			trail.add(new Summary.Child("all", null, 0));
		}
		if (code != null) {
			for (int length = 2; length <= code.length(); length += 2) {
				String part = code.substring(0, length);
				if (own == null || part.length() >= own.length()) {
					trail.add(new Summary.Child(part, summaries.name(part, locale), 0));
				}
			}
		}
		return trail;
	}

	/** The area code (null for "all") when the user may see it; 404 otherwise. */
	static String allowed(String area, Scope scope) {
		String code = area.equals("all") ? null : area;
		if (code != null && !code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (scope.area() != null && (code == null || !code.startsWith(scope.area()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return code;
	}

	private static String csv(Object... values) {
		StringBuilder line = new StringBuilder();
		for (Object value : values) {
			if (!line.isEmpty()) {
				line.append(',');
			}
			String text = String.valueOf(value);
			line.append(text.matches("[^,\"\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"");
		}
		return line.toString();
	}

}

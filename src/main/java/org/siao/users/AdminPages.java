package org.siao.users;

import java.util.ArrayList;
import java.util.List;

import org.siao.areas.Areas;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add users and set their roles, area and whether they may sign in. */
@Controller
public class AdminPages {

	private final UserStore users;

	private final PasswordEncoder encoder;

	private final Areas areas;

	AdminPages(UserStore users, PasswordEncoder encoder, Areas areas) {
		this.users = users;
		this.encoder = encoder;
		this.areas = areas;
	}

	@GetMapping("/admin/users")
	String list(Model page) {
		page.addAttribute("users", users.all());
		page.addAttribute("roles", UserStore.ROLES);
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") List<String> roles, @RequestParam(defaultValue = "") String area,
			RedirectAttributes flash) {
		List<String> errors = new ArrayList<>();
		if (!name.matches("[a-z0-9._-]{3,32}")) {
			errors.add("admin.error.name");
		}
		if (password.length() < 10 || password.length() > 72) {
			errors.add("admin.error.password");
		}
		check(roles, area, errors);
		if (errors.isEmpty() && !users.add(name, encoder.encode(password), roles, area.isBlank() ? null : area)) {
			errors.add("admin.error.taken");
		}
		if (!errors.isEmpty()) {
			flash.addFlashAttribute("errors", errors);
			flash.addFlashAttribute("name", name);
			flash.addFlashAttribute("area", area);
			return "redirect:/admin/users#add";
		}
		flash.addFlashAttribute("done", name);
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{name}")
	String update(@PathVariable String name, @RequestParam(defaultValue = "") List<String> roles,
			@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes flash) {
		if (users.find(name).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<String> errors = new ArrayList<>();
		check(roles, area, errors);
		if (!errors.isEmpty()) {
			flash.addFlashAttribute("errors", errors);
			return "redirect:/admin/users";
		}
		users.update(name, roles, area.isBlank() ? null : area, enabled);
		flash.addFlashAttribute("done", name);
		return "redirect:/admin/users";
	}

	private void check(List<String> roles, String area, List<String> errors) {
		if (roles.isEmpty() || !UserStore.ROLES.containsAll(roles)) {
			errors.add("admin.error.roles");
		}
		if (!area.isBlank() && (!area.matches("\\d{2}|\\d{4}|\\d{6}") || areas.find(area).isEmpty())) {
			errors.add("admin.error.area");
		}
		if (area.isBlank() && roles.contains("OFFICIAL")) {
			// an official without an area would see every household in the country
			errors.add("admin.error.officialArea");
		}
	}

}

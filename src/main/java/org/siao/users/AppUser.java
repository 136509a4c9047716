package org.siao.users;

import java.util.List;

/**
 * Someone who signs in: their roles and the area they look after. {@code area} is a province (2
 * digits), district (4) or sub-district (6) code; null means the whole country (policy staff,
 * administrators).
 */
public record AppUser(String name, List<String> roles, String area, boolean enabled) {

	public AppUser {
		roles = List.copyOf(roles);
	}

	public Scope scope() {
		return new Scope(area);
	}

}

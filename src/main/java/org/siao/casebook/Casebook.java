package org.siao.casebook;

import java.util.List;

/** The cases policy staff keep beside the rules, read once at start. */
public record Casebook(String origin, List<Case> cases) {

	public Casebook {
		cases = List.copyOf(cases);
	}

}

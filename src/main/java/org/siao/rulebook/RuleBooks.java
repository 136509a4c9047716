package org.siao.rulebook;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The live rule book. Each assessment takes the current one once and uses it to the end, so a
 * response never mixes two versions.
 */
public final class RuleBooks {

	private final AtomicReference<RuleBook> current;

	public RuleBooks(RuleBook initial) {
		this.current = new AtomicReference<>(initial);
	}

	public RuleBook current() {
		return current.get();
	}

}

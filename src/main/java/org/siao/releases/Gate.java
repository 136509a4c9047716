package org.siao.releases;

import java.util.List;

import org.siao.casebook.Case;
import org.siao.rulebook.RuleBook;

/**
 * What must hold for a bundle to go live, run inside the publishing critical section for the
 * exact bundle that goes live: it compiles (the book it returns is the one made live) and the
 * casebook says what it says (the verdict is kept with the release). Throws to refuse.
 */
@FunctionalInterface
public interface Gate {

	Verdict verify(Bundle bundle, RuleBook live, List<Case> liveCases);

	record Verdict(RuleBook book, String casebook) {
	}

}

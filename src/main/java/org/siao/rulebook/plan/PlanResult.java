package org.siao.rulebook.plan;

import java.util.List;
import java.util.Set;

/** What the plan rules concluded for one household. */
public record PlanResult(List<Offer> offers, List<Dropped> dropped, List<Superseded> superseded, List<Capped> capped,
		Set<Offer> urgent) {
}

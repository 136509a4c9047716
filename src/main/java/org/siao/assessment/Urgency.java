package org.siao.assessment;

import java.util.LinkedHashSet;
import java.util.Set;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Indicator;
import org.siao.catalogue.Programme;
import org.siao.rulebook.plan.Offer;
import org.siao.rulebook.plan.PlanResult;

/**
 * Which help comes first and why. Policy staff decide both in the catalogue: an indicator marked
 * {@code urgent} (the plan puts every answer to that deficit first, plan.drl), or a programme
 * marked {@code urgent} (a crisis line). The reason is the catalogue's own words.
 */
final class Urgency {

	private final Catalogue catalogue;

	private final PlanResult plan;

	private final Wording words;

	Urgency(Catalogue catalogue, PlanResult plan, Wording words) {
		this.catalogue = catalogue;
		this.plan = plan;
		this.words = words;
	}

	boolean urgent(Offer offer) {
		return plan.urgent().contains(offer) || programme(offer).urgent() != null;
	}

	/** Null unless urgent. */
	String reason(Offer offer) {
		if (!urgent(offer)) {
			return null;
		}
		Set<String> reasons = new LinkedHashSet<>();
		Programme p = programme(offer);
		if (p.urgent() != null) {
			reasons.add(p.urgent().in(words.language()));
		}
		for (String deficit : offer.because()) {
			catalogue.indicator(deficit.split("@")[0]).filter(Indicator::urgent)
				.ifPresent(i -> reasons.add(i.urgentReason().in(words.language())));
		}
		return String.join(words.separator(), reasons);
	}

	private Programme programme(Offer offer) {
		return catalogue.programme(offer.programme()).orElseThrow();
	}

}

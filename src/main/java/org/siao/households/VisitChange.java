package org.siao.households;

import java.util.List;

/**
 * What changed at a visit since the one before: deficits gone and new, help recommended for the
 * first time, and help the household has received since (a plan item marked received, or a
 * programme the survey now says it receives).
 */
public record VisitChange(boolean first, List<String> deficitsGone, List<String> deficitsNew, List<String> helpNew,
		List<String> helpReceived) {

	public boolean any() {
		return !deficitsGone.isEmpty() || !deficitsNew.isEmpty() || !helpNew.isEmpty() || !helpReceived.isEmpty();
	}

}

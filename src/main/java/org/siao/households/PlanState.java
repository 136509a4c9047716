package org.siao.households;

import java.util.List;

/** Where a recommended programme stands for the household: suggested → applied → received, or refused / not possible. */
public enum PlanState {

	SUGGESTED, APPLIED, RECEIVED, REFUSED, NOT_POSSIBLE;

	/** The states an item can move to from this one; received, refused and not possible are final unless reopened. */
	public List<PlanState> next() {
		return switch (this) {
			case SUGGESTED -> List.of(APPLIED, REFUSED, NOT_POSSIBLE);
			case APPLIED -> List.of(RECEIVED, REFUSED, NOT_POSSIBLE, SUGGESTED);
			case RECEIVED, REFUSED, NOT_POSSIBLE -> List.of(SUGGESTED);
		};
	}

	public boolean canMoveTo(PlanState state) {
		return next().contains(state);
	}

}

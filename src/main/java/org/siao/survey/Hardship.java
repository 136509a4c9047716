package org.siao.survey;

/** A family crisis the official observed (REFERENCE.md C.3, "family crisis"). */
public enum Hardship {

	BREADWINNER_DIED, BREADWINNER_JAILED, ABANDONED, DOMESTIC_VIOLENCE;

	public boolean lostBreadwinner() {
		return this != DOMESTIC_VIOLENCE;
	}

}

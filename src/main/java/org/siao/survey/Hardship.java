package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** A family crisis the official observed (REFERENCE.md C.3, "family crisis"). */
@Schema(description = "A family crisis the official saw: the breadwinner died, was jailed or left (ABANDONED), or DOMESTIC_VIOLENCE")
public enum Hardship {

	BREADWINNER_DIED, BREADWINNER_JAILED, ABANDONED, DOMESTIC_VIOLENCE;

	public boolean lostBreadwinner() {
		return this != DOMESTIC_VIOLENCE;
	}

}

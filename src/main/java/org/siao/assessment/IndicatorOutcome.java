package org.siao.assessment;

import org.siao.catalogue.Indicator;
import org.siao.rulebook.RuleTable;
import org.siao.survey.Profile.MemberFacts;

/**
 * One indicator for one subject (a member, or the household when {@code member} is null). The
 * status is PASS, FAIL, NOT_APPLICABLE or UNDETERMINED; {@code decided} is the row behind it.
 */
record IndicatorOutcome(Indicator indicator, MemberFacts member, Status status, RuleTable.RowCheck decided,
		RuleTable.Verdict verdict) {

	enum Status {
		PASS, FAIL, NOT_APPLICABLE, UNDETERMINED
	}

	String deficitId() {
		return member == null ? indicator.code() : indicator.code() + "@" + member.id();
	}

}

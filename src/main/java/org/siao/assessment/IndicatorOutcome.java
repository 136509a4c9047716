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

	/**
	 * Every row that stands behind the status: the decided row, and for tables that may match
	 * several rows (ANY), the others with the same output: each names one failed item.
	 */
	java.util.List<RuleTable.RowCheck> rows() {
		if (decided == null) {
			return java.util.List.of();
		}
		// the hit policy says which matched rows count: FIRST only the first, ANY all (their outputs agree)
		return verdict.counted();
	}

	String deficitId() {
		return Assessment.id(indicator.code(), member == null ? null : member.id());
	}

}

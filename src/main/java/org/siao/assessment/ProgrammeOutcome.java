package org.siao.assessment;

import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleTable;
import org.siao.survey.Profile.MemberFacts;

/** One programme's table for one subject: eligible (rows matched), undetermined, or neither. */
record ProgrammeOutcome(Programme programme, MemberFacts member, RuleTable.Verdict verdict) {

	boolean eligible() {
		return !verdict.matched().isEmpty();
	}

	boolean undetermined() {
		return !eligible() && !verdict.pending().isEmpty();
	}

}

package org.siao.assessment;

import java.util.HashSet;
import java.util.Set;

import org.siao.catalogue.Programme;
import org.siao.survey.Member;
import org.siao.survey.Profile.MemberFacts;
import org.siao.survey.Survey;

/**
 * What the household already receives, as the survey says: such a programme is neither offered
 * again nor left open, and nothing is asked about it.
 */
final class Receipts {

	private final Set<String> household = new HashSet<>();

	private final Set<String> anyMember = new HashSet<>();

	private final Survey survey;

	Receipts(Survey survey) {
		this.survey = survey;
		household.addAll(survey.receives());
		for (Member member : survey.members()) {
			anyMember.addAll(member.receives());
		}
	}

	/** A household programme if anyone receives it; a member's if the household as a whole or that member does. */
	boolean receives(Programme programme, MemberFacts member) {
		String code = programme.code();
		if (household.contains(code)) {
			return true;
		}
		if (programme.scope() == Programme.Scope.HOUSEHOLD || member == null) {
			return anyMember.contains(code);
		}
		// a member's own list is short: searched, no code@member key made
		for (Member m : survey.members()) {
			if (m.id().equals(member.id()) && m.receives().contains(code)) {
				return true;
			}
		}
		return false;
	}

}

package org.siao.rulebook.plan;

import java.util.List;

/**
 * A programme a table found the household or a member eligible for, before the plan: the row it
 * came from ({@code table}, {@code row}), the amount the row gives (baht, null when not cash), and
 * the deficits it answers ("INC-3", "EDU-2@m3"). {@code beneficiary} is the member's id, or
 * "household" for programmes given once per household.
 */
public record Candidate(int order, String programme, String memberId, String beneficiary, boolean householdScope,
		Long amount, int priority, String exclusiveGroup, Long householdCap, List<String> because, String table,
		int row) {

	public static final String HOUSEHOLD = "household";

	public Candidate {
		because = List.copyOf(because);
	}

	/**
	 * Hashed by the fields that tell candidates apart, not all twelve: Drools hashes a candidate
	 * whenever a rule matches one by equality ({@code not Dropped( candidate == $c )}), and the
	 * default record hash walked the {@code because} list every time. Equal candidates still hash alike.
	 */
	@Override
	public int hashCode() {
		return (31 * order + row) * 31 + java.util.Objects.hashCode(programme);
	}

}

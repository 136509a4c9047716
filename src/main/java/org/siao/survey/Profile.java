package org.siao.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts the rules read, derived once from a survey: one map for the household and one per
 * member. A null value means unknown. Immutable.
 */
public record Profile(Map<String, Object> household, List<MemberFacts> members) {

	// the facts of each level, listed once (Fact.values() copies its array on every call)
	private static final Fact[] HOUSEHOLD_FACTS = java.util.Arrays.stream(Fact.values())
		.filter(f -> f.level() == Fact.Level.HOUSEHOLD).toArray(Fact[]::new);

	private static final Fact[] MEMBER_FACTS = java.util.Arrays.stream(Fact.values())
		.filter(f -> f.level() == Fact.Level.MEMBER).toArray(Fact[]::new);

	public static Profile of(Survey survey) {
		Map<String, Object> household = new HashMap<>();
		for (Fact fact : HOUSEHOLD_FACTS) {
			household.put(fact.factName(), fact.valueOf(survey, null));
		}
		List<MemberFacts> members = new ArrayList<>(survey.members().size());
		for (int i = 0; i < survey.members().size(); i++) {
			Member member = survey.members().get(i);
			Map<String, Object> facts = new HashMap<>();
			for (Fact fact : MEMBER_FACTS) {
				facts.put(fact.factName(), fact.valueOf(survey, member));
			}
			members.add(new MemberFacts(member.id(), i, Collections.unmodifiableMap(facts)));
		}
		return new Profile(Collections.unmodifiableMap(household), List.copyOf(members));
	}

	/** One member's facts; {@code index} is the member's place in the survey (for field paths). */
	public record MemberFacts(String id, int index, Map<String, Object> facts) {
	}

}

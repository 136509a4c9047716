package org.siao.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts the rules read, derived once from a survey: one map for the household and one per
 * member. A null value means unknown. Immutable.
 * <p>
 * Each map is an array by {@link Fact} underneath ({@link FactValues}): the engine reads a fact
 * with {@link #value(Fact)} and {@link MemberFacts#value(Fact)} without hashing its name, and
 * building a profile fills arrays instead of hash maps.
 */
public record Profile(Map<String, Object> household, List<MemberFacts> members) {

	private static final Fact[] ALL_FACTS = Fact.values();

	// the facts of each level, listed once (Fact.values() copies its array on every call)
	private static final Fact[] HOUSEHOLD_FACTS = java.util.Arrays.stream(ALL_FACTS)
		.filter(f -> f.level() == Fact.Level.HOUSEHOLD).toArray(Fact[]::new);

	private static final Fact[] MEMBER_FACTS = java.util.Arrays.stream(ALL_FACTS)
		.filter(f -> f.level() == Fact.Level.MEMBER).toArray(Fact[]::new);

	public static Profile of(Survey survey) {
		Object[] household = new Object[ALL_FACTS.length];
		for (Fact fact : HOUSEHOLD_FACTS) {
			household[fact.ordinal()] = fact.valueOf(survey, null);
		}
		List<MemberFacts> members = new ArrayList<>(survey.members().size());
		for (int i = 0; i < survey.members().size(); i++) {
			Member member = survey.members().get(i);
			Object[] facts = new Object[ALL_FACTS.length];
			for (Fact fact : MEMBER_FACTS) {
				facts[fact.ordinal()] = fact.valueOf(survey, member);
			}
			members.add(new MemberFacts(member.id(), i, new FactValues(Fact.Level.MEMBER, MEMBER_FACTS, facts)));
		}
		return new Profile(new FactValues(Fact.Level.HOUSEHOLD, HOUSEHOLD_FACTS, household), List.copyOf(members));
	}

	/** A household fact's value (null when unknown, and for a member fact). */
	public Object value(Fact fact) {
		return household instanceof FactValues v ? v.value(fact) : household.get(fact.factName());
	}

	/** One member's facts; {@code index} is the member's place in the survey (for field paths). */
	public record MemberFacts(String id, int index, Map<String, Object> facts) {

		/** A member fact's value (null when unknown, and for a household fact). */
		public Object value(Fact fact) {
			return facts instanceof FactValues v ? v.value(fact) : facts.get(fact.factName());
		}

	}

}

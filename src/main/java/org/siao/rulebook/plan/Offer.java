package org.siao.rulebook.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One programme for one beneficiary, merged from every candidate that led to it. */
public record Offer(String programme, String beneficiary, List<Candidate> candidates, Long amount, int priority,
		String exclusiveGroup, Long householdCap, List<String> because) {

	public static Offer merge(List<Candidate> candidates) {
		List<Candidate> sorted = new ArrayList<>(candidates);
		sorted.sort(java.util.Comparator.comparingInt(Candidate::order));
		Candidate first = sorted.get(0);
		Set<String> because = new LinkedHashSet<>();
		Long amount = null;
		for (Candidate c : sorted) {
			because.addAll(c.because());
			if (c.amount() != null && (amount == null || c.amount() > amount)) {
				amount = c.amount();
			}
		}
		return new Offer(first.programme(), first.beneficiary(), List.copyOf(sorted), amount, first.priority(),
				first.exclusiveGroup(), first.householdCap(), List.copyOf(because));
	}

	/**
	 * Hashed by programme and beneficiary, which make an offer one: Drools hashes an offer whenever
	 * a rule matches one by equality ({@code not Urgent( offer == $o )}), and the default record hash
	 * walked every candidate of it. Equal offers still hash alike.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(programme) * 31 + java.util.Objects.hashCode(beneficiary);
	}

}

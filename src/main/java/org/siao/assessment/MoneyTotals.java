package org.siao.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Programme;

/**
 * What the family can receive in money if every recommendation is granted, computed once here so
 * the pages and the printed plan only show it. Loans are not income and are left out; a
 * programme's household cap holds for the sum of its offers.
 */
final class MoneyTotals {

	private MoneyTotals() {
	}

	/** MONTH, YEAR or ONCE (one-off and per-case help), null when the programme pays no money. */
	static String period(Programme programme, Long amount) {
		if (amount == null || programme.per() == null || programme.kind() == Programme.Kind.LOAN) {
			return null;
		}
		return switch (programme.per()) {
			case MONTH -> "MONTH";
			case YEAR -> "YEAR";
			case ONCE, CASE -> "ONCE";
		};
	}

	/** The most an amount is worth in a year: twelve times a monthly one, the whole of any other. */
	static long perYear(Programme programme, Long amount) {
		if (amount == null || programme.per() == null || programme.kind() == Programme.Kind.LOAN) {
			return 0;
		}
		return programme.per() == Programme.Per.MONTH ? amount * 12 : amount;
	}

	static Assessment.Totals of(List<Assessment.Recommendation> recommendations, Catalogue catalogue) {
		Map<String, long[]> byProgramme = new HashMap<>();
		for (Assessment.Recommendation r : recommendations) {
			if (r.period() != null && r.amount() != null) {
				long[] sum = byProgramme.computeIfAbsent(r.programme(), k -> new long[2]);
				sum[0] += r.amount();
				sum[1] += r.amountMax() == null ? r.amount() : r.amountMax();
			}
		}
		long[] month = new long[2];
		long[] year = new long[2];
		long[] once = new long[2];
		byProgramme.forEach((code, sum) -> {
			Programme p = catalogue.programme(code).orElseThrow();
			long cap = p.householdCap() == null ? Long.MAX_VALUE : p.householdCap().longValue();
			long[] into = switch (period(p, sum[0])) {
				case "MONTH" -> month;
				case "YEAR" -> year;
				default -> once;
			};
			into[0] += Math.min(sum[0], cap);
			into[1] += Math.min(sum[1], cap);
		});
		return new Assessment.Totals(new Assessment.Money(month[0], month[1]),
				new Assessment.Money(month[0] * 12 + year[0], month[1] * 12 + year[1]), new Assessment.Money(once[0], once[1]));
	}

}

package org.siao.policy.effect;

import java.util.List;

/**
 * Who gains and who loses under a draft, and what it costs. Money is baht: per month counts the
 * monthly amounts, per year the monthly amounts times twelve plus the yearly ones (one-off help is
 * left out of both), the least each recommendation gives, as the official's totals count it.
 */
public record EffectReport(int households, int changed, Money perMonth, Money perYear, List<ProgrammeShift> programmes,
		List<HouseholdShift> shifts, List<String> invalid) {

	public record Money(long live, long draft) {

		public long difference() {
			return draft - live;
		}

	}

	/** One programme across every household: how many gain or lose it, and the money that moves. */
	public record ProgrammeShift(String programme, String name, int gain, int lose, Money perMonth, Money perYear) {
	}

	/** One household that changes: help gained or lost ("CODE@member"), amounts and deficits that change. */
	public record HouseholdShift(String label, String casePath, List<String> gained, List<String> lost,
			List<AmountShift> amounts, List<String> deficitsAdded, List<String> deficitsRemoved, Money perMonth,
			Money perYear) {
	}

	public record AmountShift(String recommendation, Long live, Long draft, String period) {
	}

}

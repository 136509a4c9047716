package org.siao.households;

import java.time.LocalDate;

/** The rows households are kept in, as the pages and the API read them. */
public final class Stored {

	private Stored() {
	}

	/** A household and where it stands: its last visit and how many plan items are still open. */
	public record Household(long id, String code, String village, LocalDate lastVisit, int visits, int openItems) {
	}

	/** One survey of the household and its totals. */
	public record Visit(long id, LocalDate visitDate, String rulesVersion, int members, long perYearMin, long perYearMax,
			String recordedBy) {
	}

	/** An indicator not met, by the household (member "") or a member. */
	public record Deficit(String indicator, String member) {

		public String key() {
			return member.isEmpty() ? indicator : indicator + "@" + member;
		}

	}

	/** A programme recommended at a visit, with the least and most baht and their period. */
	public record Help(String programme, String member, Long amountMin, Long amountMax, String period,
			boolean urgent) {

		public String key() {
			return member.isEmpty() ? programme : programme + "@" + member;
		}

	}

	/** A plan item's state now. */
	public record Item(long id, String programme, String member, PlanState state, LocalDate stateDate, String stateBy,
			String note) {

		public String key() {
			return member.isEmpty() ? programme : programme + "@" + member;
		}

	}

	/** One change of a plan item's state, for the timeline. */
	public record Event(long itemId, String programme, String member, PlanState state, LocalDate onDate, String by,
			String note) {
	}

	/** A plan item applied for long ago and not yet received, with its household. */
	public record LateItem(String household, String programme, String member, LocalDate since) {
	}

	/**
	 * A visit ready to be stored: the household's code, the survey as stored and the rows of its
	 * answer. Made from an assessment on any thread; stored in batches.
	 */
	public record NewVisit(HouseholdCode code, LocalDate date, String rulesVersion, int members, byte[] survey,
			long perYearMin, long perYearMax, java.util.List<Deficit> deficits, java.util.List<Help> help,
			java.util.List<Deficit> receiving, java.util.List<String> open) {
	}

	/**
	 * A household and the results of its latest visit, as an export writes them: deficits and
	 * recommended programmes by code ({@code INC-1}, {@code EDU-2@m2}), plan items still open.
	 */
	public record Result(long householdId, String code, String village, long visitId, LocalDate visitDate,
			String rulesVersion, int members, long perYearMin, long perYearMax, java.util.List<String> deficits,
			java.util.List<String> help, int[] openItems) {
	}

}

package org.siao.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one household: what is wrong, in five dimensions, and what help to seek, each
 * with its reason. {@code rulesVersion} names the rules that produced it.
 */
public record Assessment(String rulesVersion, LocalDate assessmentDate, String language,
		List<DimensionSummary> dimensions, List<Deficit> deficits, List<Recommendation> recommendations,
		List<SetAside> setAside, List<NearMiss> nearMisses, List<Undetermined> undetermined,
		List<Question> nextQuestions, Totals totals) {

	/** How the casebook and reports name a result: "INC-3" for the household, "EDU-2@m3" for a member. */
	public static String id(String code, String member) {
		return member == null ? code : code + "@" + member;
	}

	/** One dimension: how many of its indicator results are deficits, passes, not applicable or open. */
	public record DimensionSummary(String code, String name, String status, int deficits, int passed,
			int notApplicable, int undetermined) {
	}

	/** An indicator not met, by the household or by one member, and the evidence. */
	public record Deficit(String id, String indicator, String name, String dimension, String member,
			List<Condition> evidence, RuleRef rule) {
	}

	/** A condition of a rule row, with the household's value and the row's test. */
	public record Condition(String fact, String label, Object value, String test, String text) {
	}

	/**
	 * The decision table row behind a result, the source text that row cites and the documents it
	 * names by key, each with its title and link (see GET /api/v1/sources).
	 */
	public record RuleRef(String file, String table, int row, String source, List<org.siao.sources.Citation> citations) {
	}

	/**
	 * A programme to help the household into, ranked: urgent help first. {@code amount} is the least
	 * the member can get and {@code amountMax} the most (equal unless an unanswered question decides
	 * the amount); {@code period} is MONTH, YEAR or ONCE, null where the help is not money.
	 * {@code reason} says why in plain words, {@code howToApply} where and how to apply, and
	 * {@code urgentReason} why it comes first (null unless {@code urgent}).
	 */
	public record Recommendation(int rank, String programme, String name, String kind, String agency, String member,
			Long amount, Long amountMax, String period, String amountText, String reason, String howToApply,
			String benefit, List<String> documents, List<String> because, List<Condition> conditions,
			List<RuleRef> rules, String source, String sourceStatus, boolean urgent, String urgentReason,
			String note) {
	}

	/**
	 * What the family can receive in money if every recommendation is granted: per month, per year
	 * (monthly amounts times twelve plus yearly ones) and one-off amounts apart. Each is a range
	 * because an open question may still decide an amount.
	 */
	public record Totals(Money perMonth, Money perYear, Money oneOff) {
	}

	/** Baht, from the least to the most (equal when nothing is open). */
	public record Money(long min, long max) {
	}

	/** A programme the tables found but the plan set aside: already received, or a better alternative. */
	public record SetAside(String programme, String name, String member, String reason) {
	}

	/** A programme missed on exactly one condition the official can act on or explain. */
	public record NearMiss(String programme, String name, String member, Condition failed, String text,
			RuleRef rule) {
	}

	/** An indicator or programme that an unanswered question keeps open. */
	public record Undetermined(String kind, String code, String name, String member, List<String> questions) {
	}

	/**
	 * A question to ask the family, and how many open results it would settle. {@code field} is the
	 * survey path it answers (members[1].statePension), {@code memberLabel} names the member as the
	 * official knows them ("the son, 40"), {@code moneyAtStake} is the most baht a year the answer can
	 * change, {@code input} is BOOLEAN, NUMBER, DATE or CHOICE, with {@code choices} for CHOICE.
	 */
	public record Question(String field, String member, String memberLabel, String question, int settles,
			long moneyAtStake, boolean urgent, String input, List<Choice> choices) {
	}

	/** One allowed answer of a CHOICE question: the value sent back and the words shown. */
	public record Choice(String value, String label) {
	}

}

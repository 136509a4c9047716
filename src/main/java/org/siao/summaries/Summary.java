package org.siao.summaries;

import java.util.List;

/**
 * An area's households on their latest visit: how many and how many people; per indicator how
 * many households fail it; per programme how many people (or households) it is recommended for,
 * how many already receive it and the baht a year it would bring; the questions most often left
 * open; and the areas one level down, to drill into.
 */
public record Summary(String area, long households, long people, List<IndicatorCount> indicators,
		List<ProgrammeCount> programmes, List<OpenCount> open, List<Child> children) {

	/** Households failing an indicator (for the household or any member), and their share. */
	public record IndicatorCount(String indicator, String name, long households, double share) {
	}

	/** Recommended and not yet received; already received; baht a year of the recommendations (least). */
	public record ProgrammeCount(String programme, String name, long eligible, long receiving, long bahtPerYear) {
	}

	/** A survey question left open, and in how many households. */
	public record OpenCount(String field, long households) {
	}

	/** An area one level down, with its household count. */
	public record Child(String code, String name, long households) {
	}

}

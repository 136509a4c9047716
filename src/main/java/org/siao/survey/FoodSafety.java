package org.siao.survey;

/** จปฐ. 4.1-4.4: the household's food is hygienic, safe and standard. */
public record FoodSafety(Boolean fdaMarkedFood, Boolean meatCooked, Boolean vegetablesWashed,
		Boolean handsWashedServingSpoon) {
}

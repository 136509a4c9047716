package org.siao.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Household income in baht per year, by the four sources of the จปฐ. form (question 22.1). The
 * section present means it was asked: a blank line inside it counts as none; the section absent
 * means income is unknown.
 */
public record Income(
		@PositiveOrZero @Max(100_000_000) Long mainOccupation,
		@PositiveOrZero @Max(100_000_000) Long secondaryOccupation,
		@PositiveOrZero @Max(100_000_000) Long other,
		@PositiveOrZero @Max(100_000_000) Long ownProduce) {

	public long total() {
		return orZero(mainOccupation) + orZero(secondaryOccupation) + orZero(other) + orZero(ownProduce);
	}

	private static long orZero(Long value) {
		return value == null ? 0 : value;
	}

}

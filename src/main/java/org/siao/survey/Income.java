package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Household income in baht per year, by the four sources of the จปฐ. form (question 22.1). The
 * section present means it was asked: a blank line inside it counts as none; the section absent
 * means income is unknown.
 */
@Schema(description = "Household income in whole baht over the past year, by the four sources of the จปฐ. form. "
		+ "The section present means income was asked: a source left out counts as none")
public record Income(
		@Schema(description = "From the main occupation, baht a year (0 to 100,000,000)", example = "48000")
		@PositiveOrZero @Max(100_000_000) Long mainOccupation,
		@Schema(description = "From a second occupation, baht a year (0 to 100,000,000)", example = "0")
		@PositiveOrZero @Max(100_000_000) Long secondaryOccupation,
		@Schema(description = "Other income (remittances, allowances...), baht a year (0 to 100,000,000)",
				example = "7200")
		@PositiveOrZero @Max(100_000_000) Long other,
		@Schema(description = "Value of what the household grows or makes for itself, baht a year (0 to 100,000,000)",
				example = "12000")
		@PositiveOrZero @Max(100_000_000) Long ownProduce) {

	public long total() {
		return orZero(mainOccupation) + orZero(secondaryOccupation) + orZero(other) + orZero(ownProduce);
	}

	private static long orZero(Long value) {
		return value == null ? 0 : value;
	}

}

package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;

/** Litres per person per day available all year: drinking (จปฐ. 9) and domestic use (จปฐ. 10). */
@Schema(description = "Water available all year, in litres per person per day")
public record Water(
		@Schema(description = "Clean drinking water, litres per person per day (จปฐ. 9; 0 to 10,000)", example = "8")
		@PositiveOrZero @DecimalMax("10000") Double drinkingLitresPerPersonPerDay,
		@Schema(description = "Water for household use, litres per person per day (จปฐ. 10; 0 to 10,000)",
				example = "60")
		@PositiveOrZero @DecimalMax("10000") Double useLitresPerPersonPerDay) {
}

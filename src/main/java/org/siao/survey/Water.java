package org.siao.survey;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;

/** Litres per person per day available all year: drinking (จปฐ. 9) and domestic use (จปฐ. 10). */
public record Water(
		@PositiveOrZero @DecimalMax("10000") Double drinkingLitresPerPersonPerDay,
		@PositiveOrZero @DecimalMax("10000") Double useLitresPerPersonPerDay) {
}

package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** จปฐ. 4.1-4.4: the household's food is hygienic, safe and standard. */
@Schema(description = "Safe food (จปฐ. 4.1 to 4.4): each item yes or no")
public record FoodSafety(
		@Schema(description = "Packaged food carries the อย. (Thai FDA) mark", example = "true") Boolean fdaMarkedFood,
		@Schema(description = "Meat is always cooked through", example = "true") Boolean meatCooked,
		@Schema(description = "Vegetables are pesticide-free or soaked and rinsed", example = "true")
		Boolean vegetablesWashed,
		@Schema(description = "Hands are washed before eating and a serving spoon is used", example = "true")
		Boolean handsWashedServingSpoon) {
}

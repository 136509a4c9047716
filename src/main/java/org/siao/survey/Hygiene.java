package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** The eight scored items of จปฐ. 11 (clean, tidy, hygienic home). */
@Schema(description = "A clean, tidy, hygienic home: the eight items of จปฐ. 11, each yes or no")
public record Hygiene(
		@Schema(description = "The house is clean, ventilated and orderly", example = "true") Boolean cleanVentilatedHouse,
		@Schema(description = "The kitchen is clean, with a food cover and washing supplies", example = "true")
		Boolean cleanKitchen,
		@Schema(description = "Stored water is kept clean and covered", example = "true") Boolean coveredWaterStorage,
		@Schema(description = "Mosquito breeding sites, rats, flies and cockroaches are controlled", example = "true")
		Boolean vectorControl,
		@Schema(description = "A broom, bin and bags for waste", example = "true") Boolean wasteEquipment,
		@Schema(description = "Water drains well, with no standing water", example = "true") Boolean drainage,
		@Schema(description = "The toilet is sound, clean and ventilated", example = "true") Boolean soundToilet,
		@Schema(description = "Hazardous chemicals are stored apart and out of children's reach", example = "true")
		Boolean chemicalsStoredSafely) {
}

package org.siao.survey;

/** The eight scored items of จปฐ. 11 (clean, tidy, hygienic home). */
public record Hygiene(Boolean cleanVentilatedHouse, Boolean cleanKitchen, Boolean coveredWaterStorage,
		Boolean vectorControl, Boolean wasteEquipment, Boolean drainage, Boolean soundToilet,
		Boolean chemicalsStoredSafely) {
}

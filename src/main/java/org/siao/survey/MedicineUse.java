package org.siao.survey;

/** จปฐ. 5.1-5.4: the household uses medicines appropriately. */
public record MedicineUse(Boolean householdRemedies, Boolean noGroceryPillPacks,
		Boolean noUnprescribedTraditionalDrugs, Boolean noExaggeratedSupplements) {
}

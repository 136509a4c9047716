package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** จปฐ. 5.1-5.4: the household uses medicines appropriately. */
@Schema(description = "Use of medicines (จปฐ. 5.1 to 5.4): each item yes or no")
public record MedicineUse(
		@Schema(description = "Uses household remedies (ยาสามัญประจำบ้าน) for minor illness", example = "true")
		Boolean householdRemedies,
		@Schema(description = "Avoids mixed pill packs (ยาชุด) from grocery shops", example = "true")
		Boolean noGroceryPillPacks,
		@Schema(description = "Avoids herbal or traditional drugs not prepared for the person", example = "true")
		Boolean noUnprescribedTraditionalDrugs,
		@Schema(description = "Avoids supplements with exaggerated claims", example = "true")
		Boolean noExaggeratedSupplements) {
}

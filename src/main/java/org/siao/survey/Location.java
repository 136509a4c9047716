package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Administrative codes (DOPA style): province 2 digits, district 4, sub-district 6, village 8. */
@Schema(description = "Where the household lives, by administrative code (Department of Provincial Administration): "
		+ "each code starts with the one above it")
public record Location(
		@Schema(description = "Province (จังหวัด), 2 digits", example = "40", requiredMode = RequiredMode.REQUIRED)
		@NotNull @Pattern(regexp = "\\d{2}", message = "{siao.location.province}") String province,
		@Schema(description = "District (อำเภอ), 4 digits", example = "4001", requiredMode = RequiredMode.REQUIRED)
		@NotNull @Pattern(regexp = "\\d{4}", message = "{siao.location.district}") String district,
		@Schema(description = "Sub-district (ตำบล), 6 digits", example = "400101", requiredMode = RequiredMode.REQUIRED)
		@NotNull @Pattern(regexp = "\\d{6}", message = "{siao.location.subdistrict}") String subdistrict,
		@Schema(description = "Village (หมู่บ้าน), 8 digits", example = "40010105", requiredMode = RequiredMode.REQUIRED)
		@NotNull @Pattern(regexp = "\\d{8}", message = "{siao.location.village}") String village) {
}

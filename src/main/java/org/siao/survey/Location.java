package org.siao.survey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Administrative codes (DOPA style): province 2 digits, district 4, sub-district 6, village 8. */
public record Location(
		@NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
		@NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit district code") String district,
		@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit sub-district code") String subdistrict,
		@NotNull @Pattern(regexp = "\\d{8}", message = "must be an 8-digit village code") String village) {
}

package org.siao.survey;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One household's survey, as the paired official records it. Every answer is a boxed type: a
 * missing answer is unknown, never false, and the rules that need it come back undetermined.
 */
@Schema(description = "One household's survey (the จปฐ. basic-needs survey), as the paired official records it. "
		+ "Leave out what was not asked: a missing answer is unknown, never 'no', and the results that need it "
		+ "come back undetermined with the question to ask. Siao takes no names and no ID numbers.")
public record Survey(
		@Schema(description = "The day the survey was taken: ISO date with the common-era year (2024-06-15, not "
				+ "2567-06-15), from 2000-01-01 to today", example = "2024-06-15", requiredMode = RequiredMode.REQUIRED)
		@NotNull @SurveyDate(earliest = "2000-01-01") LocalDate assessmentDate,
		@Schema(description = "Where the household lives, by administrative code", requiredMode = RequiredMode.REQUIRED)
		@NotNull @Valid Location location,
		@Schema(description = "Household income over the past year by source (จปฐ. 22); leave out when not asked")
		@Valid Income income,
		@Schema(description = "Tenure and state of the house (จปฐ. 8)") @Valid Housing housing,
		@Schema(description = "Water the household has all year (จปฐ. 9 and 10)") @Valid Water water,
		@Schema(description = "Safe food (จปฐ. 4)") @Valid FoodSafety foodSafety,
		@Schema(description = "Use of medicines (จปฐ. 5)") @Valid MedicineUse medicineUse,
		@Schema(description = "A clean, tidy, hygienic home: the eight items of จปฐ. 11") @Valid Hygiene hygiene,
		@Schema(description = "The household saved money in any form in the past year", example = "true")
		Boolean saves,
		@Schema(description = "The household owes money to moneylenders or traders outside the banking system",
				example = "false")
		Boolean informalDebt,
		@Schema(description = "Family crises the official saw; an empty list means none, leaving it out means not asked "
				+ "(at most 10)", example = "[]")
		@Size(max = 10, message = "{siao.list.size}") List<@NotNull Hardship> hardships,
		@Schema(description = "Programmes the household as a whole already receives, by code (see GET /api/v1/programmes; "
				+ "at most 50)", example = "[]")
		@Size(max = 50, message = "{siao.list.size}") List<@NotNull @ProgrammeCode String> receives,
		@Schema(description = "Everyone who actually lives in the household (1 to 30), exactly one of them the head",
				requiredMode = RequiredMode.REQUIRED)
		@NotEmpty(message = "{siao.members.empty}") @Size(max = 30, message = "{siao.list.size}")
		List<@NotNull @Valid Member> members) {

	public Survey {
		// copies keep a null entry, so validation can name it (List.copyOf would throw while reading)
		hardships = hardships == null ? null : Lists.copy(hardships);
		receives = receives == null ? List.of() : Lists.copy(receives);
		members = members == null ? List.of() : Lists.copy(members);
	}

}

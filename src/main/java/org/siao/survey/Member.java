package org.siao.survey;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One person who actually lives in the household. {@code id} is a short local label (m1, m2), not
 * a name: Siao never takes names or national ID numbers. Give {@code birthDate} or, when it is not
 * known, {@code ageYears}; age is counted on the assessment date.
 */
@Schema(description = "One person who actually lives in the household. Give birthDate or, when it is not known, "
		+ "ageYears; age is counted on the assessment date. Leave out what was not asked.")
public record Member(
		@Schema(description = "A short label for the member within this survey (m1, m2): letters, digits, - or _, at "
				+ "most 16. Never a name or an ID number", example = "m1", requiredMode = RequiredMode.REQUIRED)
		@NotNull @Pattern(regexp = Member.ID_PATTERN, message = "{siao.member.id}") String id,
		@Schema(description = "Relation to the head of household; exactly one member is HEAD", example = "HEAD",
				requiredMode = RequiredMode.REQUIRED)
		@NotNull Relation relation,
		@Schema(description = "Date of birth: ISO date with the common-era year, from 1880-01-01 to the assessment date",
				example = "1952-01-15")
		@SurveyDate(earliest = "1880-01-01") LocalDate birthDate,
		@Schema(description = "Age in full years, when the date of birth is not known (0 to 120)", example = "72")
		@PositiveOrZero @Max(120) Integer ageYears,
		@Schema(description = "Sex", example = "FEMALE") Sex sex,
		@Schema(description = "Thai nationality", example = "true") Boolean thai,
		@Schema(description = "Has a disability", example = "false") Boolean disabled,
		@Schema(description = "Holds a disability ID card (บัตรประจำตัวคนพิการ)", example = "false") Boolean disabilityCard,
		@Schema(description = "Can look after themselves, or is homebound (ติดบ้าน) or bedridden (ติดเตียง)",
				example = "INDEPENDENT")
		Dependency dependency,
		@Schema(description = "Has a chronic illness", example = "false") Boolean chronicIllness,
		@Schema(description = "Is pregnant", example = "false") Boolean pregnant,
		@Schema(description = "Birth weight in grams, asked only for a child under 1 year (0 to 7,000)", example = "3100")
		@PositiveOrZero @Max(7000) Integer birthWeightGrams,
		@Schema(description = "Is in school, a child development centre or non-formal education (กศน.) now",
				example = "false")
		Boolean inSchool,
		@Schema(description = "Current grade when in school, otherwise the highest grade completed", example = "P6")
		Grade grade,
		@Schema(description = "Finished M.3 (ม.3) in the past year", example = "false") Boolean finishedM3LastYear,
		@Schema(description = "Can read and write Thai and do simple arithmetic", example = "true") Boolean literate,
		@Schema(description = "Main occupation, or NONE", example = "AGRICULTURE") Occupation occupation,
		@Schema(description = "The member's own income over the past year, whole baht (0 to 100,000,000)",
				example = "48000")
		@PositiveOrZero @Max(100_000_000) Long annualIncome,
		@Schema(description = "Wants to work or to train for work", example = "false") Boolean willingToWork,
		@Schema(description = "Health scheme that covers the member", example = "UC") HealthCoverage healthCoverage,
		@Schema(description = "Insured under Social Security Section 40 (ประกันสังคม มาตรา 40)", example = "true")
		Boolean sso40,
		@Schema(description = "Holds a state welfare card (บัตรสวัสดิการแห่งรัฐ)", example = "true") Boolean welfareCard,
		@Schema(description = "Receives a state pension", example = "false") Boolean statePension,
		@Schema(description = "Deposits, savings bonds and similar, whole baht (0 to 1,000,000,000)", example = "20000")
		@PositiveOrZero @Max(1_000_000_000) Long financialAssets,
		@Schema(description = "Exercises at least 3 days a week for 30 minutes", example = "true") Boolean exercises,
		@Schema(description = "Had a health check in the past year", example = "true") Boolean annualCheckup,
		@Schema(description = "Receives care from the family (food, clothing, care when sick, emotional support)",
				example = "true")
		Boolean caredFor,
		@Schema(description = "Programmes this member already receives, by code (see GET /api/v1/programmes; at most 50)",
				example = "[\"OLD-AGE-ALLOWANCE\"]")
		@Size(max = 50, message = "{siao.list.size}") List<@NotNull @ProgrammeCode String> receives) {

	/** What a member's label may look like: short, and no room for a name with spaces or an ID number's 13 digits. */
	public static final String ID_PATTERN = "[A-Za-z0-9_-]{1,16}";

	public Member {
		receives = receives == null ? List.of() : Lists.copy(receives);
	}

}

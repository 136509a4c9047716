package org.siao.survey;

import java.time.LocalDate;
import java.util.List;

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
public record Member(
		@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,16}", message = "must be a short label such as m1 (letters, digits, - or _), not a name") String id,
		@NotNull Relation relation,
		LocalDate birthDate,
		@PositiveOrZero @Max(120) Integer ageYears,
		Sex sex,
		Boolean thai,
		Boolean disabled,
		Boolean disabilityCard,
		Dependency dependency,
		Boolean chronicIllness,
		Boolean pregnant,
		@PositiveOrZero @Max(7000) Integer birthWeightGrams,
		Boolean inSchool,
		Grade grade,
		Boolean finishedM3LastYear,
		Boolean literate,
		Occupation occupation,
		@PositiveOrZero @Max(100_000_000) Long annualIncome,
		Boolean willingToWork,
		HealthCoverage healthCoverage,
		Boolean sso40,
		Boolean welfareCard,
		Boolean statePension,
		@PositiveOrZero @Max(1_000_000_000) Long financialAssets,
		Boolean exercises,
		Boolean annualCheckup,
		Boolean caredFor,
		@Size(max = 50) List<@NotNull @ProgrammeCode String> receives) {

	public Member {
		receives = receives == null ? List.of() : List.copyOf(receives);
	}

}

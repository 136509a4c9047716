package org.siao.survey;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One household's survey, as the paired official records it. Every answer is a boxed type: a
 * missing answer is unknown, never false, and the rules that need it come back undetermined.
 */
public record Survey(
		@NotNull LocalDate assessmentDate,
		@NotNull @Valid Location location,
		@Valid Income income,
		@Valid Housing housing,
		@Valid Water water,
		@Valid FoodSafety foodSafety,
		@Valid MedicineUse medicineUse,
		@Valid Hygiene hygiene,
		Boolean saves,
		Boolean informalDebt,
		@Size(max = 10) List<@NotNull Hardship> hardships,
		@Size(max = 50) List<@NotNull @ProgrammeCode String> receives,
		@NotEmpty @Size(max = 30) List<@NotNull @Valid Member> members) {

	public Survey {
		hardships = hardships == null ? null : List.copyOf(hardships);
		receives = receives == null ? List.of() : List.copyOf(receives);
		members = members == null ? List.of() : List.copyOf(members);
	}

}

package org.siao.assessment.print;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.siao.assessment.Assessment;

/**
 * What the printed plan shows: the household's pseudonymous code (never a name), the date of the
 * assessment, the assessment itself and the language to print in. Without a date the assessment's
 * own is printed; without a language, Thai.
 */
public record PlanSheet(String householdCode, LocalDate assessmentDate, Assessment assessment, Locale locale) {

	public PlanSheet {
		Objects.requireNonNull(assessment, "a plan sheet needs an assessment");
		Objects.requireNonNull(householdCode, "a plan sheet needs the household's code");
		assessmentDate = assessmentDate != null ? assessmentDate : assessment.assessmentDate();
		Objects.requireNonNull(assessmentDate, "a plan sheet needs the assessment date");
		locale = locale != null ? locale : Locale.forLanguageTag("th");
	}

}

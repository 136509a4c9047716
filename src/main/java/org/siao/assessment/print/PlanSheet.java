package org.siao.assessment.print;

import java.time.LocalDate;
import java.util.Locale;

import org.siao.assessment.Assessment;

/**
 * What the printed plan shows: the household's pseudonymous code (never a name), the date of the
 * assessment, the assessment itself and the language to print in.
 */
public record PlanSheet(String householdCode, LocalDate assessmentDate, Assessment assessment, Locale locale) {
}

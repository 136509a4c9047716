package org.siao.households;

import java.time.LocalDate;

import org.siao.survey.Survey;

/** One household's latest survey, with the rules version its stored answer came from. */
public record StoredSurvey(String householdCode, LocalDate visitDate, String rulesVersion, Survey survey) {
}

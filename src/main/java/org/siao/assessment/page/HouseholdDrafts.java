package org.siao.assessment.page;

import java.time.LocalDate;

import org.siao.survey.Survey;
import org.springframework.stereotype.Component;

/**
 * The door for kept households into the survey pages: a revisit opens the survey form filled with
 * the last visit's answers, dated today.
 */
@Component
public class HouseholdDrafts {

	private final SurveyDrafts drafts;

	HouseholdDrafts(SurveyDrafts drafts) {
		this.drafts = drafts;
	}

	/** A new draft from a stored survey, dated today and numbered as the household; returns its id. */
	public String revisit(Survey last, int householdNumber) {
		String id = drafts.start();
		SurveyForm form = SurveyFormWriter.write(last);
		LocalDate today = LocalDate.now();
		form.set("assessmentDate.day", String.valueOf(today.getDayOfMonth()));
		form.set("assessmentDate.month", String.valueOf(today.getMonthValue()));
		form.set("assessmentDate.year", String.valueOf(org.siao.survey.BuddhistEra.toBuddhist(today.getYear())));
		form.set("householdNumber", String.valueOf(householdNumber));
		drafts.find(id).orElseThrow().form(form);
		return id;
	}

}

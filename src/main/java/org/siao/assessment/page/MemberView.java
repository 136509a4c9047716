package org.siao.assessment.page;

import java.util.Set;

/** One member block of the form: its index in the list, short id, age if known, and the questions shown. */
public record MemberView(int index, String id, Integer age, Set<String> shown) {

	public boolean shows(String field) {
		return shown.contains(field);
	}

	public String path(String field) {
		return "members[" + index + "]." + field;
	}

	static final java.util.List<String> FIELDS = java.util.List.of("relation", "birthDate", "ageYears", "sex", "thai",
			"disabled", "disabilityCard", "dependency", "chronicIllness", "pregnant", "birthWeightGrams", "inSchool", "grade",
			"finishedM3LastYear", "literate", "occupation", "annualIncome", "willingToWork", "healthCoverage", "sso40",
			"welfareCard", "statePension", "financialAssets", "exercises", "annualCheckup", "caredFor", "receives");

	static MemberView of(SurveyForm form, int index) {
		MemberQuestions questions = new MemberQuestions(form, index);
		Set<String> shown = new java.util.LinkedHashSet<>();
		FIELDS.stream().filter(questions::shows).forEach(shown::add);
		return new MemberView(index, form.value("members[" + index + "].id"), questions.age(), shown);
	}

}

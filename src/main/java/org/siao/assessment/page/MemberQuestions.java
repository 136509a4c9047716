package org.siao.assessment.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.siao.survey.BuddhistEra;
import org.siao.survey.Grade;

/**
 * Which member questions can apply, from the member's age on the assessment date, sex and earlier
 * answers: no grade for a 68-year-old, no occupation for a child under 15, no pregnancy for a man.
 * An unknown age or sex hides nothing that might apply.
 */
final class MemberQuestions {

	private static final Set<String> ALWAYS = Set.of("relation", "birthDate", "ageYears", "sex", "thai", "disabled",
			"dependency", "chronicIllness", "healthCoverage", "receives");

	private final Integer age;

	private final String sex;

	private final SurveyForm form;

	private final String prefix;

	MemberQuestions(SurveyForm form, int index) {
		this.form = form;
		this.prefix = "members[" + index + "].";
		this.age = age(form, prefix);
		this.sex = form.value(prefix + "sex");
	}

	/** The member's age in whole years on the assessment date, if it can be told yet. */
	Integer age() {
		return age;
	}

	boolean shows(String field) {
		if (ALWAYS.contains(field)) {
			return true;
		}
		return switch (field) {
			case "pregnant" -> !sex.equals("MALE") && between(10, 60);
			case "birthWeightGrams" -> age != null && age < 1;
			case "inSchool", "grade" -> between(2, 30);
			case "finishedM3LastYear" -> between(13, 25) && gradeAtLeastM3();
			case "literate" -> from(7);
			case "occupation", "annualIncome" -> from(15);
			case "willingToWork" -> from(15) && (form.value(prefix + "occupation").isEmpty()
					|| form.value(prefix + "occupation").equals("NONE"));
			case "sso40" -> between(15, 65);
			case "welfareCard", "financialAssets" -> from(18);
			case "statePension" -> from(40);
			case "disabilityCard" -> !form.value(prefix + "disabled").equals("false");
			case "exercises" -> from(6);
			case "annualCheckup" -> from(35);
			case "caredFor" -> from(60) || !form.value(prefix + "disabled").equals("false")
					&& !form.value(prefix + "disabled").isEmpty()
					|| form.value(prefix + "chronicIllness").equals("true")
					|| !form.value(prefix + "dependency").isEmpty() && !form.value(prefix + "dependency").equals("INDEPENDENT");
			default -> true;
		};
	}

	private boolean between(int from, int to) {
		return age == null || age >= from && age <= to;
	}

	private boolean from(int years) {
		return age == null || age >= years;
	}

	private boolean gradeAtLeastM3() {
		String grade = form.value(prefix + "grade");
		if (grade.isEmpty()) {
			return true;
		}
		try {
			return Grade.valueOf(grade).minimumAge() >= Grade.M3.minimumAge();
		}
		catch (IllegalArgumentException e) {
			return true;
		}
	}

	private static Integer age(SurveyForm form, String prefix) {
		LocalDate on = date(form, "assessmentDate");
		LocalDate born = date(form, prefix + "birthDate");
		if (born != null) {
			LocalDate day = on == null ? LocalDate.now() : on;
			return born.isAfter(day) ? null : Period.between(born, day).getYears();
		}
		String years = form.value(prefix + "ageYears");
		return years.matches("\\d{1,3}") ? Integer.valueOf(years) : null;
	}

	private static LocalDate date(SurveyForm form, String path) {
		try {
			return BuddhistEra.of(Integer.parseInt(form.value(path + ".day")), Integer.parseInt(form.value(path + ".month")),
					Integer.parseInt(form.value(path + ".year")));
		}
		catch (NumberFormatException | DateTimeException e) {
			return null;
		}
	}

}

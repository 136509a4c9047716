package org.siao.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that need more than one field: answers that cannot all be true at once. Bean Validation
 * has already checked each field on its own; these checks still stand on their own (nulls, dates
 * out of range), so a caller that skipped it gets problems, never an exception. Messages are in the
 * given language and do not repeat the field's name ({@link FieldNames} says it).
 */
public final class SurveyChecks {

	private SurveyChecks() {
	}

	/** The problems, in Thai. */
	public static List<FieldProblem> check(Survey survey) {
		return check(survey, Locale.forLanguageTag("th"));
	}

	public static List<FieldProblem> check(Survey survey, Locale locale) {
		SurveyWords words = SurveyWords.of(locale);
		List<FieldProblem> problems = new ArrayList<>();
		if (survey.location() != null) {
			checkLocation(survey.location(), words, problems);
		}
		checkMembers(survey, words, problems);
		return problems;
	}

	/** A programme code the catalogue does not know (the catalogue is the assessor's to ask). */
	public static FieldProblem unknownProgramme(String field, String code, Locale locale) {
		return new FieldProblem(field, SurveyWords.of(locale).text("check.programme", code));
	}

	private static void checkLocation(Location location, SurveyWords words, List<FieldProblem> problems) {
		if (location.province() == null || location.district() == null || location.subdistrict() == null
				|| location.village() == null) {
			return;
		}
		if (!location.district().startsWith(location.province())) {
			problems.add(new FieldProblem("location.district", words.text("check.district", location.province())));
		}
		if (!location.subdistrict().startsWith(location.district())) {
			problems.add(new FieldProblem("location.subdistrict", words.text("check.subdistrict", location.district())));
		}
		if (!location.village().startsWith(location.subdistrict())) {
			problems.add(new FieldProblem("location.village", words.text("check.village", location.subdistrict())));
		}
	}

	private static void checkMembers(Survey survey, SurveyWords words, List<FieldProblem> problems) {
		Set<String> ids = new HashSet<>();
		int heads = 0;
		for (int i = 0; i < survey.members().size(); i++) {
			Member member = survey.members().get(i);
			if (member == null) {
				continue;
			}
			String at = "members[" + i + "]";
			if (member.id() != null && !ids.add(member.id())) {
				problems.add(new FieldProblem(at + ".id", words.text("check.duplicateId", member.id())));
			}
			if (member.relation() == Relation.HEAD) {
				heads++;
			}
			checkMember(survey, member, at, words, problems);
		}
		if (heads != 1) {
			problems.add(new FieldProblem("members", words.text("check.heads", heads)));
		}
	}

	private static void checkMember(Survey survey, Member member, String at, SurveyWords words,
			List<FieldProblem> problems) {
		Integer age = checkBirth(survey, member, at, words, problems);
		if (age != null && member.grade() != null && age < member.grade().minimumAge()) {
			problems.add(new FieldProblem(at + ".grade",
					words.text("check.grade", words.grade(member.grade()), age, member.grade().minimumAge())));
		}
		if (Boolean.TRUE.equals(member.pregnant()) && member.sex() == Sex.MALE) {
			problems.add(new FieldProblem(at + ".pregnant", words.text("check.pregnantMale")));
		}
		if (Boolean.TRUE.equals(member.pregnant()) && age != null && age < 10) {
			problems.add(new FieldProblem(at + ".pregnant", words.text("check.pregnantAge", age)));
		}
		if (Boolean.TRUE.equals(member.disabilityCard()) && Boolean.FALSE.equals(member.disabled())) {
			problems.add(new FieldProblem(at + ".disabilityCard", words.text("check.cardNotDisabled")));
		}
		if (member.birthWeightGrams() != null && age != null && age >= 1) {
			problems.add(new FieldProblem(at + ".birthWeightGrams", words.text("check.birthWeight", age)));
		}
		if (Boolean.TRUE.equals(member.finishedM3LastYear()) && member.grade() != null
				&& member.grade().minimumAge() < Grade.M3.minimumAge()) {
			problems.add(new FieldProblem(at + ".finishedM3LastYear",
					words.text("check.finishedM3", words.grade(member.grade()))));
		}
	}

	/** Checks the birth date against the assessment date; the member's age when it can be known. */
	private static Integer checkBirth(Survey survey, Member member, String at, SurveyWords words,
			List<FieldProblem> problems) {
		LocalDate assessed = survey.assessmentDate();
		LocalDate born = member.birthDate();
		if (born != null && member.ageYears() != null) {
			problems.add(new FieldProblem(at + ".ageYears", words.text("check.birthAndAge")));
		}
		if (born == null) {
			return member.ageYears() == null || member.ageYears() < 0 ? null : member.ageYears();
		}
		if (!plausible(assessed) || !plausible(born)) {
			// out of range: the field's own check says so; counting an age from it would overflow
			return null;
		}
		if (born.isAfter(assessed)) {
			problems.add(new FieldProblem(at + ".birthDate", words.text("check.bornAfter")));
			return null;
		}
		if (born.isBefore(assessed.minusYears(121))) {
			problems.add(new FieldProblem(at + ".birthDate", words.text("check.over120")));
		}
		return Fact.ageYears(survey, member);
	}

	private static boolean plausible(LocalDate date) {
		return date != null && date.getYear() > 0 && date.getYear() < 10_000;
	}

	/** A field path in the survey (members[2].grade) and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

}

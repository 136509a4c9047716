package org.siao.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that need more than one field: answers that cannot all be true at once. Bean Validation
 * has already checked each field on its own.
 */
public final class SurveyChecks {

	private SurveyChecks() {
	}

	public static List<FieldProblem> check(Survey survey) {
		List<FieldProblem> problems = new ArrayList<>();
		checkLocation(survey.location(), problems);
		checkMembers(survey, problems);
		return problems;
	}

	private static void checkLocation(Location location, List<FieldProblem> problems) {
		if (location.province() == null || location.district() == null || location.subdistrict() == null
				|| location.village() == null) {
			return;
		}
		if (!location.district().startsWith(location.province())) {
			problems.add(new FieldProblem("location.district", "must start with the province code " + location.province()));
		}
		if (!location.subdistrict().startsWith(location.district())) {
			problems.add(new FieldProblem("location.subdistrict", "must start with the district code " + location.district()));
		}
		if (!location.village().startsWith(location.subdistrict())) {
			problems.add(new FieldProblem("location.village", "must start with the sub-district code " + location.subdistrict()));
		}
	}

	private static void checkMembers(Survey survey, List<FieldProblem> problems) {
		Set<String> ids = new HashSet<>();
		int heads = 0;
		for (int i = 0; i < survey.members().size(); i++) {
			Member member = survey.members().get(i);
			String at = "members[" + i + "]";
			if (member.id() != null && !ids.add(member.id())) {
				problems.add(new FieldProblem(at + ".id", "duplicate member id '" + member.id() + "'"));
			}
			if (member.relation() == Relation.HEAD) {
				heads++;
			}
			checkMember(survey, member, at, problems);
		}
		if (heads != 1) {
			problems.add(new FieldProblem("members", "must have exactly one member with relation HEAD, found " + heads));
		}
	}

	private static void checkMember(Survey survey, Member member, String at, List<FieldProblem> problems) {
		if (member.birthDate() != null && member.ageYears() != null) {
			problems.add(new FieldProblem(at + ".ageYears", "give birthDate or ageYears, not both"));
		}
		if (member.birthDate() != null && member.birthDate().isAfter(survey.assessmentDate())) {
			problems.add(new FieldProblem(at + ".birthDate", "is after the assessment date"));
		}
		if (member.birthDate() != null && member.birthDate().isBefore(survey.assessmentDate().minusYears(121))) {
			problems.add(new FieldProblem(at + ".birthDate", "gives an age over 120 years"));
		}
		Integer age = member.birthDate() != null && member.birthDate().isAfter(survey.assessmentDate()) ? null
				: Fact.ageYears(survey, member);
		if (age != null && member.grade() != null && age < member.grade().minimumAge()) {
			problems.add(new FieldProblem(at + ".grade",
					"grade " + member.grade() + " is not possible at age " + age + " (at least " + member.grade().minimumAge() + ")"));
		}
		if (Boolean.TRUE.equals(member.pregnant()) && member.sex() == Sex.MALE) {
			problems.add(new FieldProblem(at + ".pregnant", "is true for a member whose sex is MALE"));
		}
		if (Boolean.TRUE.equals(member.pregnant()) && age != null && age < 10) {
			problems.add(new FieldProblem(at + ".pregnant", "is true for a member aged " + age));
		}
		if (Boolean.TRUE.equals(member.disabilityCard()) && Boolean.FALSE.equals(member.disabled())) {
			problems.add(new FieldProblem(at + ".disabilityCard", "is true for a member who is not disabled"));
		}
		if (member.birthWeightGrams() != null && age != null && age >= 1) {
			problems.add(new FieldProblem(at + ".birthWeightGrams", "is asked only for children under 1 year (member is " + age + ")"));
		}
		if (Boolean.TRUE.equals(member.finishedM3LastYear()) && member.grade() != null
				&& member.grade().minimumAge() < Grade.M3.minimumAge()) {
			problems.add(new FieldProblem(at + ".finishedM3LastYear", "is true but grade is " + member.grade()));
		}
	}

	/** A field path in the survey (members[2].grade) and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

}

package org.siao.assessment;

import java.math.BigDecimal;
import java.util.Set;

import org.siao.survey.Profile.MemberFacts;

/**
 * Who a question is put to, as the จปฐ. form does it: work and income are asked of members of 15
 * and over (indicators 20 and 21), school of members under 60, the grade of members under 25. A
 * table that forgets an age column (a farmer's market help, a school grant) must not make the
 * official ask a child of seven about work or a grandmother about her grade. A member whose age
 * is unknown is asked everything, since nothing rules a question out.
 */
final class AskedOf {

	private static final Set<String> WORK = Set.of("occupation", "hasOccupation", "annualIncome", "willingToWork", "sso40");

	private static final Set<String> GRADE = Set.of("grade", "schoolLevel");

	private static final int WORKING_AGE = 15;

	private static final int STUDENT_AGE_BELOW = 60;

	private static final int GRADE_AGE_BELOW = 25;

	private AskedOf() {
	}

	static boolean asked(String fact, MemberFacts member) {
		if (member == null || !(member.facts().get("ageYears") instanceof BigDecimal years)) {
			return true;
		}
		int age = years.intValue();
		if (WORK.contains(fact)) {
			return age >= WORKING_AGE;
		}
		if (GRADE.contains(fact)) {
			return age < GRADE_AGE_BELOW;
		}
		if (fact.equals("inSchool")) {
			return age < STUDENT_AGE_BELOW;
		}
		return true;
	}

}

package org.siao.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTests {

	private static Member member(String id, LocalDate birth, Integer age) {
		return new Member(id, id.equals("m1") ? Relation.HEAD : Relation.CHILD, birth, age, Sex.FEMALE, true, false, null,
				Dependency.INDEPENDENT, false, false, null, null, null, null, true, Occupation.NONE, 0L, false,
				HealthCoverage.UC, false, false, false, 0L, true, true, true, List.of());
	}

	private static Survey survey(Income income, Member... members) {
		return new Survey(LocalDate.parse("2024-06-15"), new Location("40", "4001", "400101", "40010105"), income, null,
				null, null, null, null, null, null, null, List.of(), List.of(members));
	}

	@Test
	void ageIsCountedInFullYearsOnTheAssessmentDate() {
		Profile profile = Profile.of(survey(null, member("m1", LocalDate.parse("1964-06-16"), null),
				member("m2", LocalDate.parse("1964-06-15"), null), member("m3", null, 7)));
		assertThat(profile.members()).extracting(m -> m.facts().get("ageYears"))
			.containsExactly(BigDecimal.valueOf(59), BigDecimal.valueOf(60), BigDecimal.valueOf(7));
	}

	@Test
	void incomePerPersonIsTheFlooredShareOfEverySource() {
		Profile profile = Profile.of(survey(new Income(48000L, null, 7200L, 12001L), member("m1", null, 70),
				member("m2", null, 9), member("m3", null, 13)));
		assertThat(profile.household().get("incomePerPerson")).isEqualTo(BigDecimal.valueOf(22400));
		assertThat(profile.household().get("householdIncome")).isEqualTo(BigDecimal.valueOf(67201));
	}

	@Test
	void aSectionNotAskedIsUnknownNotZero() {
		Profile profile = Profile.of(survey(null, member("m1", null, 40)));
		assertThat(profile.household()).containsEntry("incomePerPerson", null).containsEntry("durableHouse", null)
			.containsEntry("breadwinnerLost", null);
	}

}

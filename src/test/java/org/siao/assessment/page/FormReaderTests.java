package org.siao.assessment.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siao.survey.Grade;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormReaderTests {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/pages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Map<String, String> kv(String... pairs) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static SurveyForm form(Map<String, String> answers) {
		SurveyForm form = SurveyForm.of(java.util.Collections.<String, List<String>>emptyMap());
		answers.forEach(form::set);
		return form;
	}

	private static FormReader.Reading read(Map<String, String> answers, Locale locale) {
		return new FormReader(messages(), locale).read(form(answers));
	}

	@Test
	void blankIsUnknownAndAnUntouchedSectionIsUnasked() {
		FormReader.Reading reading = read(kv("members[0].id", "m1", "members[0].thai", "", "members[0].disabled", "false",
				"housing.durable", "false"), THAI);
		assertThat(reading.errors().isEmpty()).isTrue();
		assertThat(reading.survey().members().get(0).thai()).isNull();
		assertThat(reading.survey().members().get(0).disabled()).isFalse();
		assertThat(reading.survey().housing().durable()).isFalse();
		assertThat(reading.survey().housing().secureTenure()).isNull();
		assertThat(reading.survey().income()).isNull();
		assertThat(reading.survey().hardships()).isNull();
	}

	@Test
	void buddhistEraDatesNumbersWithCommasVillageNumbersAndTicks() {
		FormReader.Reading reading = read(kv("assessmentDate.day", "15", "assessmentDate.month", "6",
				"assessmentDate.year", "2567", "income.mainOccupation", "48,000", "location.subdistrict", "400101",
				"location.villageNumber", "5", "members[0].id", "m1", "members[0].grade", "P6", "hardships", "NONE"), THAI);
		assertThat(reading.errors().isEmpty()).isTrue();
		assertThat(reading.survey().assessmentDate()).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(reading.survey().income().mainOccupation()).isEqualTo(48_000L);
		assertThat(reading.survey().location().village()).isEqualTo("40010105");
		assertThat(reading.survey().members().get(0).grade()).isEqualTo(Grade.P6);
		assertThat(reading.survey().hardships()).isEmpty();
	}

	@Test
	void textThatIsNotANumberOrADateIsAMessageAtItsFieldInThePagesLanguage() {
		Map<String, String> answers = kv("income.other", "เจ็ดพัน", "assessmentDate.day", "31",
				"assessmentDate.month", "2", "assessmentDate.year", "2567", "members[0].id", "m1");
		FormReader.Reading thai = read(answers, THAI);
		assertThat(thai.errors().at("income.other")).containsExactly("ต้องเป็นตัวเลข");
		assertThat(thai.errors().at("assessmentDate")).hasSize(1);
		assertThat(read(answers, Locale.ENGLISH).errors().at("income.other")).containsExactly("must be a number");
	}

	@Test
	void removingAMemberRenumbersThoseAfterItAndKeepsTheirAnswers() {
		SurveyForm form = form(kv("members[0].id", "m1", "members[1].id", "m2", "members[2].id", "m3",
				"members[2].grade", "P4"));
		assertThat(form.addMember()).isEqualTo(3);
		assertThat(form.value("members[3].id")).isEqualTo("m4");
		form.removeMember(1);
		assertThat(form.members()).containsExactly(0, 1, 2);
		assertThat(form.value("members[1].id")).isEqualTo("m3");
		assertThat(form.value("members[1].grade")).isEqualTo("P4");
		assertThat(form.value("members[2].id")).isEqualTo("m4");
	}

	@Test
	void questionsThatCannotApplyToAMemberAreNotAsked() {
		SurveyForm form = form(kv("assessmentDate.day", "15", "assessmentDate.month", "6", "assessmentDate.year", "2567",
				"members[0].id", "m1", "members[0].ageYears", "68", "members[0].sex", "MALE",
				"members[1].id", "m2", "members[1].birthDate.day", "1", "members[1].birthDate.month", "1",
				"members[1].birthDate.year", "2557", "members[1].sex", "FEMALE", "members[1].disabled", "false"));
		MemberView elder = MemberView.of(form, 0);
		MemberView child = MemberView.of(form, 1);
		assertThat(elder.shows("grade")).isFalse();
		assertThat(elder.shows("pregnant")).isFalse();
		assertThat(elder.shows("occupation")).isTrue();
		assertThat(child.age()).isEqualTo(10);
		assertThat(child.shows("occupation")).isFalse();
		assertThat(child.shows("grade")).isTrue();
		assertThat(child.shows("disabilityCard")).isFalse();
		form.prune();
		assertThat(form.members()).containsExactly(0, 1);
		assertThat(List.of(form.value("members[1].sex"))).containsExactly("FEMALE");
	}

}

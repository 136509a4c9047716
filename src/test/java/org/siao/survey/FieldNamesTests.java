package org.siao.survey;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of the survey has a name people read, in Thai and in English, so an error can name it. */
class FieldNamesTests {

	private static final Locale THAI = Locale.forLanguageTag("th");

	@Test
	void everySurveyFieldHasWordsInBothLanguages() {
		List<String> paths = new ArrayList<>();
		collect(Survey.class, "", paths);
		assertThat(paths).contains("assessmentDate", "location.village", "members[0].grade", "members[0].receives[0]");
		for (Locale locale : List.of(THAI, Locale.ENGLISH)) {
			FieldNames names = new FieldNames(SurveyWords.of(locale));
			for (String path : paths) {
				assertThat(names.label(path, null)).as(path + " in " + locale).doesNotContain("`").doesNotContain("field.");
			}
		}
	}

	@Test
	void aMemberIsNamedByPlaceAndLabelAndANameLikeLabelIsNotRepeated() {
		Survey survey = SurveyDateTests.survey(java.time.LocalDate.parse("2024-06-15"), null);
		assertThat(new FieldNames(SurveyWords.of(THAI)).label("members[0].grade", survey)).isEqualTo("สมาชิกคนที่ 1 (m1) ชั้นเรียน");
		assertThat(new FieldNames(SurveyWords.of(Locale.ENGLISH)).label("members[0].receives[1]", survey))
			.isEqualTo("member 1 (m1), programmes received, item 2");
		Member named = new Member("Somchai Jaidee", Relation.HEAD, null, 50, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		Survey withName = new Survey(survey.assessmentDate(), survey.location(), null, null, null, null, null, null, null,
				null, null, null, List.of(named));
		assertThat(new FieldNames(SurveyWords.of(Locale.ENGLISH)).label("members[0].id", withName))
			.isEqualTo("member 1, label").doesNotContain("Somchai");
	}

	private static void collect(Class<?> type, String prefix, List<String> paths) {
		for (RecordComponent component : type.getRecordComponents()) {
			String path = prefix + component.getName();
			Class<?> raw = component.getType();
			if (raw == List.class) {
				Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
				path += "[0]";
				paths.add(path);
				if (element instanceof Class<?> c && c.isRecord()) {
					collect(c, path + ".", paths);
				}
				continue;
			}
			paths.add(path);
			if (raw.isRecord()) {
				collect(raw, path + ".", paths);
			}
		}
	}

}

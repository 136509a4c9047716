package org.siao.assessment.page;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

import org.siao.survey.BuddhistEra;
import org.siao.survey.Location;
import org.siao.survey.Survey;

/**
 * The reverse of {@link FormReader}: a stored survey written back into the form's fields, so a
 * revisit starts from what was answered last time.
 */
final class SurveyFormWriter {

	private SurveyFormWriter() {
	}

	static SurveyForm write(Survey survey) {
		SurveyForm form = new SurveyForm();
		write(survey, "", form);
		for (int i = 0; i < survey.members().size(); i++) {
			write(survey.members().get(i), "members[" + i + "].", form);
		}
		if (survey.hardships() != null) {
			form.set("hardships", survey.hardships().isEmpty() ? List.of("NONE")
					: survey.hardships().stream().map(Enum::name).toList());
		}
		return form;
	}

	private static void write(Record record, String prefix, SurveyForm form) {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			String path = prefix + component.getName();
			Object value;
			try {
				value = component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
			if (value == null || path.equals("members") || path.equals("hardships")) {
				continue;
			}
			if (record instanceof Location && component.getName().equals("village")) {
				form.set(path + "Number", value.toString().substring(6));
			}
			else if (value instanceof LocalDate date) {
				form.set(path + ".day", String.valueOf(date.getDayOfMonth()));
				form.set(path + ".month", String.valueOf(date.getMonthValue()));
				form.set(path + ".year", String.valueOf(BuddhistEra.toBuddhist(date.getYear())));
			}
			else if (value instanceof Record nested) {
				write(nested, path + ".", form);
			}
			else if (value instanceof List<?> list) {
				form.set(path, list.stream().map(String::valueOf).toList());
			}
			else if (value instanceof Enum<?> e) {
				form.set(path, e.name());
			}
			else {
				form.set(path, value.toString());
			}
		}
	}

}

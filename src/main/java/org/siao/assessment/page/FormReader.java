package org.siao.assessment.page;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.siao.survey.BuddhistEra;
import org.siao.survey.Location;
import org.siao.survey.Member;
import org.siao.survey.Survey;
import org.springframework.context.MessageSource;

/**
 * Turns what was typed into a {@link Survey}, walking the survey records so every field is read by
 * its declared type. A blank is unknown (null); a whole section left blank is an unasked section.
 * Text that is not a number or a date becomes a message at its field, never an exception.
 */
final class FormReader {

	private final MessageSource messages;

	private final Locale locale;

	private final FormErrors errors = new FormErrors();

	FormReader(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The survey and the messages of reading it. */
	record Reading(Survey survey, FormErrors errors) {
	}

	Reading read(SurveyForm form) {
		Survey survey = (Survey) build(Survey.class, "", form, true);
		// the household is known by a number the official gives, never by a name
		if (!form.value("householdNumber").matches("\\d{0,6}")) {
			errors.add("householdNumber", message("form.error.householdNumber"));
		}
		return new Reading(survey, errors);
	}

	private Object build(Class<?> type, String prefix, SurveyForm form, boolean always) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] args = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		boolean any = false;
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			args[i] = component(type, components[i], prefix + components[i].getName(), form);
			any |= args[i] != null && !(args[i] instanceof List<?> l && l.isEmpty());
		}
		if (!any && !always) {
			return null;
		}
		try {
			return type.getDeclaredConstructor(types).newInstance(args);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
		}
	}

	private Object component(Class<?> owner, RecordComponent component, String path, SurveyForm form) {
		Class<?> type = component.getType();
		if (owner == Location.class && component.getName().equals("village")) {
			return village(path, form);
		}
		if (path.equals("members")) {
			List<Member> members = new ArrayList<>();
			for (int i : form.members()) {
				members.add((Member) build(Member.class, "members[" + i + "].", form, true));
			}
			return members;
		}
		if (path.equals("hardships")) {
			return hardships(form);
		}
		if (List.class.isAssignableFrom(type)) {
			return form.values(path);
		}
		if (type.isRecord()) {
			return build(type, path + ".", form, false);
		}
		if (type == LocalDate.class) {
			return date(path, form);
		}
		return scalar(type, path, form.value(path));
	}

	/** Ticked hardships; "none" ticked is an answer (no hardship), nothing ticked is unknown. */
	private List<org.siao.survey.Hardship> hardships(SurveyForm form) {
		List<String> ticked = form.values("hardships");
		if (ticked.isEmpty()) {
			return null;
		}
		List<org.siao.survey.Hardship> list = new ArrayList<>();
		for (String value : ticked) {
			if (!value.equals("NONE")) {
				Object hardship = scalar(org.siao.survey.Hardship.class, "hardships", value);
				if (hardship != null) {
					list.add((org.siao.survey.Hardship) hardship);
				}
			}
		}
		return list;
	}

	/** The 8-digit village code: the sub-district's code and the typed village number, or a typed whole code. */
	private String village(String path, SurveyForm form) {
		String number = form.value(path + "Number").replaceAll("\\s", "");
		if (number.isEmpty()) {
			return null;
		}
		if (number.matches("\\d{8}")) {
			return number;
		}
		if (!number.matches("\\d{1,2}")) {
			errors.add(path, message("form.error.villageNumber"));
			return null;
		}
		String subdistrict = form.value(path.replace("village", "subdistrict"));
		return subdistrict + (number.length() == 1 ? "0" + number : number);
	}

	private LocalDate date(String path, SurveyForm form) {
		String day = form.value(path + ".day");
		String month = form.value(path + ".month");
		String year = form.value(path + ".year");
		if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
			return null;
		}
		try {
			int beYear = Integer.parseInt(year);
			if (beYear < 2400 || beYear > 2700) {
				errors.add(path, message("form.error.buddhistYear"));
				return null;
			}
			return BuddhistEra.of(Integer.parseInt(day), Integer.parseInt(month), beYear);
		}
		catch (NumberFormatException | DateTimeException e) {
			errors.add(path, message("form.error.date"));
			return null;
		}
	}

	private Object scalar(Class<?> type, String path, String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			if (type == Boolean.class) {
				return switch (text) {
					case "true" -> Boolean.TRUE;
					case "false" -> Boolean.FALSE;
					default -> throw new IllegalArgumentException(text);
				};
			}
			if (type == Integer.class) {
				return Integer.valueOf(digits(text));
			}
			if (type == Long.class) {
				return Long.valueOf(digits(text));
			}
			if (type == Double.class) {
				return Double.valueOf(digits(text));
			}
			if (type.isEnum()) {
				return enumValue(type, text);
			}
			return text;
		}
		catch (IllegalArgumentException e) {
			errors.add(path, message(type.isEnum() || type == Boolean.class ? "form.error.choice" : "form.error.number"));
			return null;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumValue(Class<?> type, String text) {
		return Enum.valueOf((Class) type, text);
	}

	/** Numbers as officials write them: "48,000" and "48 000" are 48000. */
	private static String digits(String text) {
		String plain = text.replace(",", "").replace(" ", "");
		if (!plain.matches("-?\\d+(\\.\\d+)?")) {
			throw new NumberFormatException(text);
		}
		return plain;
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, locale);
	}

}

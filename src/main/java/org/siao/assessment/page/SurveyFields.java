package org.siao.assessment.page;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.siao.survey.Survey;

/**
 * What kind of answer a survey path takes ({@code members[2].grade} is a choice of grades), read
 * from the survey records themselves, so the pages never keep a second list of fields.
 */
final class SurveyFields {

	private static final Pattern INDEX = Pattern.compile("\\[\\d*]");

	private SurveyFields() {
	}

	/** The kinds of input a page offers. */
	enum Kind {
		BOOLEAN, NUMBER, DECIMAL, DATE, CHOICE, CHOICES, TEXT, SECTION
	}

	/** A path's declared type: the record component's class, or the element class of a list. */
	record FieldType(Class<?> type, boolean list) {

		Kind kind() {
			if (list) {
				return type.isEnum() || type == String.class ? Kind.CHOICES : Kind.TEXT;
			}
			if (type == Boolean.class) {
				return Kind.BOOLEAN;
			}
			if (type == Integer.class || type == Long.class) {
				return Kind.NUMBER;
			}
			if (type == Double.class) {
				return Kind.DECIMAL;
			}
			if (type == LocalDate.class) {
				return Kind.DATE;
			}
			if (type.isEnum()) {
				return Kind.CHOICE;
			}
			if (type.isRecord()) {
				return Kind.SECTION;
			}
			return Kind.TEXT;
		}

		/** The enum's constants for a CHOICE or CHOICES field, else empty. */
		List<String> constants() {
			if (!type.isEnum()) {
				return List.of();
			}
			return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
		}

	}

	/** The type at a path such as {@code members[0].grade} or {@code income.other}, if there is one. */
	static Optional<FieldType> of(String path) {
		Class<?> current = Survey.class;
		FieldType found = null;
		for (String part : INDEX.matcher(path).replaceAll("").split("\\.")) {
			if (current == null || !current.isRecord()) {
				return Optional.empty();
			}
			RecordComponent component = component(current, part);
			if (component == null) {
				return Optional.empty();
			}
			if (List.class.isAssignableFrom(component.getType())) {
				Class<?> element = elementOf(component.getGenericType());
				found = new FieldType(element, true);
				current = element;
			}
			else {
				found = new FieldType(component.getType(), false);
				current = component.getType();
			}
		}
		return Optional.ofNullable(found);
	}

	/** The components of a record type, for a section asked as a whole (income). */
	static List<String> components(Class<?> record) {
		return java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	private static RecordComponent component(Class<?> record, String name) {
		for (RecordComponent component : record.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
	}

	private static Class<?> elementOf(Type type) {
		if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
			return c;
		}
		return Object.class;
	}

}

package org.siao.assessment;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.siao.survey.Fact;
import org.siao.survey.Grade;
import org.siao.survey.Member;
import org.siao.survey.Survey;

/**
 * What kind of answer a survey field takes, read from the survey records themselves, so a new
 * field needs no entry here: yes/no, a number, a date, or one of a fixed list.
 */
final class SurveyFields {

	enum Input {
		BOOLEAN, NUMBER, DATE, CHOICE
	}

	private SurveyFields() {
	}

	/** The input for a path such as "members[1].statePension" or "water.useLitresPerPersonPerDay". */
	static Input input(String path) {
		Type type = type(path);
		Class<?> raw = raw(type);
		if (raw == Boolean.class) {
			return Input.BOOLEAN;
		}
		if (raw == LocalDate.class) {
			return Input.DATE;
		}
		if (raw.isEnum() || List.class.isAssignableFrom(raw)) {
			return Input.CHOICE;
		}
		// numbers, and records of numbers such as the income by source
		return Input.NUMBER;
	}

	/** The allowed values of a CHOICE field, as the JSON takes them; empty for other fields. */
	static List<String> choices(String path) {
		Type type = type(path);
		Class<?> raw = raw(type);
		if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
			raw = raw(p.getActualTypeArguments()[0]);
		}
		if (!raw.isEnum()) {
			return List.of();
		}
		return Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
	}

	/**
	 * Every value a fact can take when it has a short list of them (yes/no, an enum), in the form the
	 * tables read; empty when the fact is a number or a date.
	 */
	static Optional<List<Object>> domain(String factName) {
		Optional<Fact> fact = Fact.named(factName);
		if (fact.isEmpty()) {
			return Optional.empty();
		}
		if (factName.equals("hasOccupation")) {
			return Optional.of(List.of(true, false));
		}
		if (factName.equals("schoolLevel")) {
			return Optional.of(Arrays.stream(Grade.SchoolLevel.values()).map(v -> (Object) v.name()).toList());
		}
		String field = fact.get().field();
		if (field.contains("[") || !factName.equals(field.substring(field.lastIndexOf('.') + 1))) {
			return Optional.empty();
		}
		String path = fact.get().level() == Fact.Level.MEMBER ? "members[0]." + field : field;
		Class<?> raw = raw(type(path));
		if (raw == Boolean.class) {
			return Optional.of(List.of(true, false));
		}
		if (raw.isEnum()) {
			return Optional.of(Arrays.stream(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
		}
		return Optional.empty();
	}

	private static Type type(String path) {
		Class<?> owner = Survey.class;
		Type type = Survey.class;
		for (String part : path.split("\\.")) {
			String name = part.replaceAll("\\[.*", "");
			type = component(owner, name);
			if (part.contains("[")) {
				type = Member.class;
			}
			owner = raw(type);
		}
		return type;
	}

	private static Type component(Class<?> owner, String name) {
		for (RecordComponent c : owner.getRecordComponents()) {
			if (c.getName().equals(name)) {
				return c.getGenericType();
			}
		}
		throw new IllegalArgumentException("no survey field " + name + " in " + owner.getSimpleName());
	}

	private static Class<?> raw(Type type) {
		return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
	}

}

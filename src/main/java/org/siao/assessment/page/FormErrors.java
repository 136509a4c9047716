package org.siao.assessment.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages by form field, from any check (the page's own reading of numbers and dates, Bean
 * Validation, the assessor's cross-field checks), mapped from survey paths to the field the
 * official sees: {@code location.village} is the village number box, {@code receives[2]} the list.
 */
final class FormErrors {

	private final Map<String, List<String>> messages = new LinkedHashMap<>();

	void add(String surveyPath, String message) {
		String field = fieldFor(surveyPath);
		List<String> list = messages.computeIfAbsent(field, k -> new ArrayList<>());
		if (!list.contains(message)) {
			list.add(message);
		}
	}

	/** Adds only when the field has no message yet: "not a number" is enough, "must not be null" would repeat it. */
	void addIfNone(String surveyPath, String message) {
		if (!has(surveyPath)) {
			add(surveyPath, message);
		}
	}

	boolean has(String surveyPath) {
		return messages.containsKey(fieldFor(surveyPath));
	}

	/** The messages at a field, empty when it is fine. */
	List<String> at(String field) {
		return messages.getOrDefault(field, List.of());
	}

	boolean isEmpty() {
		return messages.isEmpty();
	}

	Map<String, List<String>> all() {
		return messages;
	}

	/** The HTML id of a field, for the summary's links and aria-describedby. */
	static String id(String field) {
		return "f-" + field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
	}

	static String fieldFor(String surveyPath) {
		String path = surveyPath.replace(".<list element>", "").replace("<list element>", "");
		path = path.replaceAll("^(receives|hardships)\\[\\d+]$", "$1");
		path = path.replaceAll("^(members\\[\\d+]\\.receives)\\[\\d+]$", "$1");
		return switch (path) {
			case "location" -> "location.province";
			case "location.village" -> "location.villageNumber";
			case "" -> "survey";
			default -> path;
		};
	}

}

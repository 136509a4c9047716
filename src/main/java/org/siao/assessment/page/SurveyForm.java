package org.siao.assessment.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the official typed, exactly as typed, keyed by survey path ({@code income.other},
 * {@code members[1].grade}, {@code members[1].birthDate.year}). Kept as text so that nothing is lost
 * on an error or a language switch; {@link FormReader} turns it into a survey.
 */
final class SurveyForm implements java.io.Serializable {

	private static final Pattern MEMBER = Pattern.compile("^members\\[(\\d+)]\\.(.+)$");

	/** Form keys are survey paths: letters, digits, dots and indices; anything else (the CSRF token) is not kept. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[\\d{1,2}])?(\\.[A-Za-z][A-Za-z0-9]*)*");

	private final Map<String, List<String>> values = new LinkedHashMap<>();

	/** A new survey: dated today (Buddhist era), one member, the head of household. */
	static SurveyForm empty() {
		SurveyForm form = new SurveyForm();
		java.time.LocalDate today = java.time.LocalDate.now();
		form.set("assessmentDate.day", String.valueOf(today.getDayOfMonth()));
		form.set("assessmentDate.month", String.valueOf(today.getMonthValue()));
		form.set("assessmentDate.year", String.valueOf(org.siao.survey.BuddhistEra.toBuddhist(today.getYear())));
		form.set("members[0].id", "m1");
		form.set("members[0].relation", "HEAD");
		return form;
	}

	/** The form from posted parameters, keeping only survey paths. */
	static SurveyForm of(Map<String, ? extends List<String>> parameters) {
		SurveyForm form = new SurveyForm();
		parameters.forEach((key, list) -> {
			if (KEY.matcher(key).matches() && key.length() <= 80) {
				form.values.put(key, list.stream().map(v -> v.length() > 200 ? v.substring(0, 200) : v).toList());
			}
		});
		return form;
	}

	SurveyForm copy() {
		SurveyForm copy = new SurveyForm();
		copy.values.putAll(values);
		return copy;
	}

	/** The answer at a path, trimmed, or "" when it was left blank. */
	String value(String path) {
		List<String> list = values.get(path);
		return list == null || list.isEmpty() ? "" : list.get(0).trim();
	}

	List<String> values(String path) {
		return values.getOrDefault(path, List.of()).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
	}

	boolean has(String path, String value) {
		return values(path).contains(value);
	}

	void set(String path, String value) {
		values.put(path, value == null ? List.of() : List.of(value));
	}

	void set(String path, List<String> list) {
		values.put(path, List.copyOf(list));
	}

	/** Member indices in order (0, 1, 2 ...), from the hidden id fields. */
	List<Integer> members() {
		TreeSet<Integer> indices = new TreeSet<>();
		for (String key : values.keySet()) {
			Matcher m = MEMBER.matcher(key);
			if (m.matches()) {
				indices.add(Integer.parseInt(m.group(1)));
			}
		}
		return new ArrayList<>(indices);
	}

	/** Adds a member with the next free short id (m1, m2 ...); returns its index. */
	int addMember() {
		int index = members().size();
		int next = 1;
		for (int i : members()) {
			String id = value("members[" + i + "].id");
			if (id.matches("m\\d+")) {
				next = Math.max(next, Integer.parseInt(id.substring(1)) + 1);
			}
		}
		set("members[" + index + "].id", "m" + next);
		return index;
	}

	/** Removes a member and renumbers those after it, so indices stay 0..n-1 as the survey's list. */
	void removeMember(int index) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		values.forEach((key, list) -> {
			Matcher m = MEMBER.matcher(key);
			if (!m.matches()) {
				kept.put(key, list);
				return;
			}
			int i = Integer.parseInt(m.group(1));
			if (i < index) {
				kept.put(key, list);
			}
			else if (i > index) {
				kept.put("members[" + (i - 1) + "]." + m.group(2), list);
			}
		});
		values.clear();
		values.putAll(kept);
	}

	/** Drops answers to member questions that cannot apply (a grade typed before the age was corrected to 68). */
	void prune() {
		for (int i : members()) {
			MemberView member = MemberView.of(this, i);
			for (String field : MemberView.FIELDS) {
				if (!member.shows(field)) {
					String path = member.path(field);
					values.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "."));
				}
			}
		}
	}

	Map<String, List<String>> asMap() {
		return java.util.Collections.unmodifiableMap(values);
	}

}

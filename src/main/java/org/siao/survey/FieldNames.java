package org.siao.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a field's path in the survey ({@code members[2].grade}) into words a user reads: "สมาชิกคนที่ 3
 * (m3) ชั้นเรียน" / "member 3 (m3), grade". The path stays the machine's name for the field (pages
 * use it to place a message); these words are for people.
 */
public final class FieldNames {

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)?((?:\\[\\d+\\])*)");

	private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})\\]");

	/** Only a well-formed member label is repeated back (Member.id's own rule). */
	private static final Pattern LABEL = Pattern.compile(Member.ID_PATTERN);

	private final SurveyWords words;

	public FieldNames(SurveyWords words) {
		this.words = words;
	}

	/** The field's words; {@code survey} (may be null) gives the members' labels (m1, m2). */
	public String label(String path, Survey survey) {
		if (path == null || path.isBlank()) {
			return words.text("field.survey");
		}
		List<String> parts = new ArrayList<>();
		StringBuilder key = new StringBuilder();
		for (String segment : path.split("\\.")) {
			Matcher m = SEGMENT.matcher(segment);
			if (!m.matches() || m.group(1) == null) {
				parts.add("`" + segment + "`");
				continue;
			}
			String name = m.group(1);
			key.append(key.isEmpty() ? "" : ".").append(name);
			List<Integer> indexes = INDEX.matcher(m.group(2)).results().map(r -> Integer.parseInt(r.group(1))).toList();
			if ("members".equals(key.toString()) && !indexes.isEmpty()) {
				parts.add(member(indexes.get(0), survey));
				continue;
			}
			parts.add(words.fieldLabel(key.toString(), name).orElse("`" + name + "`"));
			indexes.forEach(i -> parts.add(words.text("field.item", i + 1)));
		}
		return String.join(words.text("field.separator"), parts);
	}

	private String member(int index, Survey survey) {
		String id = survey == null || index >= survey.members().size() || survey.members().get(index) == null ? null
				: survey.members().get(index).id();
		return id == null || !LABEL.matcher(id).matches() ? words.text("field.member", index + 1) : words.text("field.memberWithId", index + 1, id);
	}

}

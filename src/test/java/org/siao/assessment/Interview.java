package org.siao.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.survey.Survey;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An official's visit, played out in a test: the family's full answers are known to the test
 * only; the survey starts with some answers left out, and each round answers the first question
 * the assessment asks, from the full answers.
 */
final class Interview {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final Set<String> KEPT = Set.of("id", "relation", "birthDate", "ageYears", "sex");

	private final RuleBook book;

	private final ObjectNode full;

	private final ObjectNode known;

	private final List<String> asked = new ArrayList<>();

	private Interview(RuleBook book, ObjectNode full, ObjectNode known) {
		this.book = book;
		this.full = full;
		this.known = known;
	}

	/** Nothing known but the date, the place and who lives there (id and relation). */
	static Interview fromScratch(RuleBook book, Survey survey) {
		ObjectNode full = JSON.valueToTree(survey);
		return new Interview(book, full, blank(full, Set.of("id", "relation")));
	}

	/** Who lives there is known (relation, age, sex); every other answer is still to be asked. */
	static Interview knowingWhoLivesThere(RuleBook book, Survey survey) {
		ObjectNode full = JSON.valueToTree(survey);
		return new Interview(book, full, blank(full, KEPT));
	}

	private static ObjectNode blank(ObjectNode full, Set<String> kept) {
		ObjectNode known = JSON.createObjectNode();
		known.set("assessmentDate", full.get("assessmentDate"));
		known.set("location", full.get("location"));
		var members = known.putArray("members");
		for (JsonNode m : full.get("members")) {
			ObjectNode member = members.addObject();
			kept.forEach(k -> {
				if (m.has(k) && !m.get(k).isNull()) {
					member.set(k, m.get(k));
				}
			});
		}
		return known;
	}

	Assessment assess() {
		return Assessor.assess(book, survey(), Language.EN);
	}

	Survey survey() {
		return JSON.treeToValue(known, Survey.class);
	}

	List<String> asked() {
		return asked;
	}

	/**
	 * Answers the first question not asked before (a family may not know an answer: it stays
	 * open) until none is left or {@code done} holds; {@code eachRound} sees every assessment.
	 */
	Assessment run(java.util.function.Predicate<Assessment> done, Consumer<Assessment> eachRound) {
		Assessment a = assess();
		while (!done.test(a) && asked.size() < 300) {
			eachRound.accept(a);
			String field = a.nextQuestions().stream().map(Assessment.Question::field).filter(f -> !asked.contains(f))
				.findFirst().orElse(null);
			if (field == null) {
				break;
			}
			asked.add(field);
			answer(field);
			a = assess();
		}
		return a;
	}

	/** Copies one answer, named by its survey path ("members[1].statePension", "water.useLitresPerPersonPerDay"). */
	void answer(String path) {
		ObjectNode to = known;
		JsonNode from = full;
		String[] parts = path.split("\\.");
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			String name = part.replaceAll("\\[.*", "");
			boolean last = i == parts.length - 1;
			if (part.contains("[")) {
				int index = Integer.parseInt(part.replaceAll(".*\\[(\\d+)\\]", "$1"));
				from = from.get(name).get(index);
				to = (ObjectNode) to.get(name).get(index);
			}
			else if (last) {
				to.set(name, from.get(name));
			}
			else {
				from = from.get(name);
				to = to.has(name) ? (ObjectNode) to.get(name) : to.putObject(name);
			}
		}
	}

}

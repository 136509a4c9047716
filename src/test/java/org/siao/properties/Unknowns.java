package org.siao.properties;

import java.util.ArrayList;
import java.util.List;

import org.siao.survey.Dependency;
import org.siao.survey.Grade;
import org.siao.survey.Hardship;
import org.siao.survey.HealthCoverage;
import org.siao.survey.Occupation;
import org.siao.survey.Sex;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questions a survey leaves unanswered, each with every answer worth trying: both booleans,
 * every enum value, numbers on and beside the tables' bounds.
 */
final class Unknowns {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** An unanswered field (a dotted path, members by index) and the answers to try. */
	record Unknown(String path, List<JsonNode> answers) {

		ObjectNode answered(ObjectNode survey, JsonNode answer) {
			ObjectNode copy = survey.deepCopy();
			String[] parts = path.split("\\.");
			JsonNode at = copy;
			for (int i = 0; i < parts.length - 1; i++) {
				JsonNode next = at.isArray() ? at.get(Integer.parseInt(parts[i])) : at.get(parts[i]);
				at = next == null ? ((ObjectNode) at).putObject(parts[i]) : next;
			}
			((ObjectNode) at).set(parts[parts.length - 1], answer);
			return copy;
		}

	}

	private Unknowns() {
	}

	static List<Unknown> of(ObjectNode survey, Surveys surveys) {
		List<Unknown> out = new ArrayList<>();
		for (String path : Surveys.HOUSEHOLD_BOOLEANS) {
			if (at(survey, path) == null) {
				out.add(new Unknown(path, booleans()));
			}
		}
		int size = survey.get("members").size();
		if (!survey.has("income")) {
			List<JsonNode> incomes = new ArrayList<>();
			incomes.add(JSON.objectNode());
			for (long perPerson : surveys.candidates("incomePerPerson")) {
				incomes.add(JSON.objectNode().put("mainOccupation", perPerson * size));
			}
			out.add(new Unknown("income", incomes));
		}
		numbers(survey, "water.drinkingLitresPerPersonPerDay", surveys.candidates("drinkingWater"), out);
		numbers(survey, "water.useLitresPerPersonPerDay", surveys.candidates("useWater"), out);
		if (!survey.has("hardships")) {
			List<JsonNode> hardships = new ArrayList<>();
			hardships.add(JSON.arrayNode());
			for (Hardship h : Hardship.values()) {
				hardships.add(JSON.arrayNode().add(h.name()));
			}
			out.add(new Unknown("hardships", hardships));
		}
		ArrayNode members = (ArrayNode) survey.get("members");
		for (int i = 0; i < members.size(); i++) {
			ObjectNode m = (ObjectNode) members.get(i);
			String at = "members." + i + ".";
			for (String field : Surveys.MEMBER_BOOLEANS) {
				if (!m.has(field)) {
					out.add(new Unknown(at + field, booleans()));
				}
			}
			for (String field : List.of("disabilityCard", "pregnant", "finishedM3LastYear")) {
				if (!m.has(field)) {
					out.add(new Unknown(at + field, booleans()));
				}
			}
			choices(m, at, "sex", Sex.values(), out);
			choices(m, at, "dependency", Dependency.values(), out);
			choices(m, at, "occupation", Occupation.values(), out);
			choices(m, at, "healthCoverage", HealthCoverage.values(), out);
			choices(m, at, "grade", Grade.values(), out);
			numbers(m, at, "annualIncome", surveys.candidates("annualIncome"), out);
			numbers(m, at, "financialAssets", surveys.candidates("financialAssets"), out);
			if (!m.has("birthDate")) {
				numbers(m, at, "ageYears", surveys.candidates("ageYears").stream().filter(a -> a <= 120).toList(), out);
			}
		}
		return out;
	}

	private static List<JsonNode> booleans() {
		return List.of(JSON.booleanNode(true), JSON.booleanNode(false));
	}

	private static void choices(ObjectNode member, String at, String field, Enum<?>[] values, List<Unknown> out) {
		if (!member.has(field)) {
			List<JsonNode> answers = new ArrayList<>();
			for (Enum<?> v : values) {
				answers.add(JSON.stringNode(v.name()));
			}
			out.add(new Unknown(at + field, answers));
		}
	}

	private static void numbers(ObjectNode member, String at, String field, List<Long> values, List<Unknown> out) {
		if (!member.has(field) && !values.isEmpty()) {
			out.add(new Unknown(at + field, values.stream().map(v -> (JsonNode) JSON.numberNode(v)).toList()));
		}
	}

	private static void numbers(ObjectNode survey, String path, List<Long> values, List<Unknown> out) {
		if (at(survey, path) == null && !values.isEmpty()) {
			out.add(new Unknown(path, values.stream().map(v -> (JsonNode) JSON.numberNode(v)).toList()));
		}
	}

	private static JsonNode at(ObjectNode survey, String path) {
		JsonNode at = survey;
		for (String part : path.split("\\.")) {
			at = at == null ? null : at.get(part);
		}
		return at;
	}

}

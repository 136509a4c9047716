package org.siao.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.siao.rulebook.CellTest;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.survey.Dependency;
import org.siao.survey.Grade;
import org.siao.survey.Hardship;
import org.siao.survey.HealthCoverage;
import org.siao.survey.Occupation;
import org.siao.survey.Relation;
import org.siao.survey.Sex;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random households as the API takes them (JSON trees), valid by construction: one head, ages that
 * fit the grades, no pregnant men. Any answer may be missing (unknown). Numbers and dates are drawn
 * near the thresholds the live tables actually use, read from their cells, so the households land
 * on both sides of every line without this code knowing where the lines are.
 */
final class Surveys {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	static final List<String> HOUSEHOLD_BOOLEANS = List.of("housing.secureTenure", "housing.durable",
			"foodSafety.fdaMarkedFood", "foodSafety.meatCooked", "foodSafety.vegetablesWashed",
			"foodSafety.handsWashedServingSpoon", "medicineUse.householdRemedies", "medicineUse.noGroceryPillPacks",
			"medicineUse.noUnprescribedTraditionalDrugs", "medicineUse.noExaggeratedSupplements",
			"hygiene.cleanVentilatedHouse", "hygiene.cleanKitchen", "hygiene.coveredWaterStorage", "hygiene.vectorControl",
			"hygiene.wasteEquipment", "hygiene.drainage", "hygiene.soundToilet", "hygiene.chemicalsStoredSafely", "saves",
			"informalDebt");

	static final List<String> MEMBER_BOOLEANS = List.of("thai", "disabled", "chronicIllness", "inSchool", "literate",
			"willingToWork", "sso40", "welfareCard", "statePension", "exercises", "annualCheckup", "caredFor");

	/** Fact (table column) to the member field that feeds it, for numbers drawn near the tables' bounds. */
	private static final Map<String, String> MEMBER_NUMBERS = Map.of("ageYears", "ageYears", "annualIncome",
			"annualIncome", "financialAssets", "financialAssets", "birthWeightGrams", "birthWeightGrams");

	private final Map<String, TreeSet<BigDecimal>> bounds;

	private final TreeSet<LocalDate> dates;

	private final List<String> programmes;

	Surveys(RuleBook book) {
		this.bounds = new TreeMap<>();
		this.dates = new TreeSet<>();
		List<RuleTable> tables = new ArrayList<>(book.indicatorTables());
		tables.addAll(book.programmeTables());
		for (RuleTable table : tables) {
			for (RuleTable.Row row : table.rows()) {
				for (int c = 0; c < row.cells().size(); c++) {
					collect(table.columns().get(c).name(), row.cells().get(c).shape());
				}
			}
		}
		this.programmes = List.copyOf(book.catalogue().programmes().keySet());
	}

	private void collect(String column, CellTest shape) {
		List<Object> values = List.of();
		if (shape instanceof CellTest.Compare c) {
			values = List.of(c.bound());
		}
		else if (shape instanceof CellTest.EqualTo e) {
			values = List.of(e.expected());
		}
		else if (shape instanceof CellTest.Range r) {
			values = List.of(r.low(), r.high());
		}
		else if (shape instanceof CellTest.Not n) {
			collect(column, n.inner());
		}
		else if (shape instanceof CellTest.AnyOf any) {
			any.tests().forEach(p -> collect(column, p));
		}
		for (Object v : values) {
			if (v instanceof BigDecimal n) {
				bounds.computeIfAbsent(column, k -> new TreeSet<>()).add(n);
			}
			else if (v instanceof LocalDate d) {
				dates.add(d);
			}
		}
	}

	/** A number near one of the column's bounds (one below, on, or one above), or any when it has none. */
	long near(Random r, String column, long any) {
		TreeSet<BigDecimal> known = bounds.get(column);
		if (known == null || known.isEmpty() || r.nextInt(5) == 0) {
			return any;
		}
		BigDecimal bound = pick(r, known);
		return Math.max(0, bound.longValue() + r.nextInt(3) - 1);
	}

	/** Values worth trying for a numeric fact: each bound and its neighbours. */
	List<Long> candidates(String column) {
		Set<Long> out = new TreeSet<>();
		for (BigDecimal b : bounds.getOrDefault(column, new TreeSet<>())) {
			for (int d = -1; d <= 1; d++) {
				out.add(Math.max(0, b.longValue() + d));
			}
		}
		return List.copyOf(out);
	}

	ObjectNode valid(Random r) {
		ObjectNode s = JSON.objectNode();
		LocalDate date = dates.isEmpty() || r.nextBoolean() ? LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3650))
				: pick(r, dates).plusDays(r.nextInt(3) - 1);
		s.put("assessmentDate", date.toString());
		ObjectNode location = s.putObject("location");
		location.put("province", "40").put("district", "4001").put("subdistrict", "400101").put("village", "40010105");
		int size = 1 + r.nextInt(6);
		if (r.nextInt(5) > 0) {
			ObjectNode income = s.putObject("income");
			income.put("mainOccupation", near(r, "incomePerPerson", r.nextInt(200_000)) * size);
			maybe(r, () -> income.put("other", r.nextInt(20_000)));
			maybe(r, () -> income.put("ownProduce", r.nextInt(20_000)));
		}
		for (String path : HOUSEHOLD_BOOLEANS) {
			maybeBoolean(r, s, path);
		}
		if (r.nextBoolean()) {
			ObjectNode water = s.putObject("water");
			maybe(r, () -> water.put("drinkingLitresPerPersonPerDay", near(r, "drinkingWater", r.nextInt(20))));
			maybe(r, () -> water.put("useLitresPerPersonPerDay", near(r, "useWater", r.nextInt(100))));
		}
		if (r.nextInt(3) == 0) {
			ArrayNode hardships = s.putArray("hardships");
			for (Hardship h : Hardship.values()) {
				if (r.nextInt(4) == 0) {
					hardships.add(h.name());
				}
			}
		}
		if (r.nextInt(4) == 0) {
			s.putArray("receives").add(pick(r, programmes));
		}
		ArrayNode members = s.putArray("members");
		int head = r.nextInt(size);
		for (int i = 0; i < size; i++) {
			members.add(member(r, "m" + (i + 1), i == head, date));
		}
		return s;
	}

	private ObjectNode member(Random r, String id, boolean head, LocalDate assessed) {
		ObjectNode m = JSON.objectNode();
		m.put("id", id);
		Relation relation = head ? Relation.HEAD : pick(r, List.of(Relation.values()).subList(1, Relation.values().length));
		m.put("relation", relation.name());
		int age = (int) Math.min(110, near(r, "ageYears", head ? 18 + r.nextInt(80) : r.nextInt(95)));
		switch (r.nextInt(4)) {
			case 0 -> m.put("birthDate", assessed.minusYears(age).minusDays(r.nextInt(364)).toString());
			case 1, 2 -> m.put("ageYears", age);
			default -> age = -1; // unknown age
		}
		Sex sex = pick(r, List.of(Sex.values()));
		maybe(r, () -> m.put("sex", sex.name()));
		for (String field : MEMBER_BOOLEANS) {
			maybeBoolean(r, m, field);
		}
		if (!m.path("disabled").isBoolean() || m.get("disabled").asBoolean()) {
			maybeBoolean(r, m, "disabilityCard");
		}
		maybe(r, () -> m.put("dependency", pick(r, List.of(Dependency.values())).name()));
		if (sex == Sex.FEMALE && age >= 10 && r.nextInt(4) == 0) {
			m.put("pregnant", true);
		}
		else {
			maybe(r, () -> m.put("pregnant", false));
		}
		if (age == 0 && r.nextBoolean()) {
			m.put("birthWeightGrams", near(r, "birthWeightGrams", 1500 + r.nextInt(3000)));
		}
		if (age >= 2 && r.nextBoolean()) {
			int known = age;
			List<Grade> possible = List.of(Grade.values()).stream().filter(g -> g.minimumAge() <= known).toList();
			Grade grade = pick(r, possible);
			m.put("grade", grade.name());
			if (grade.minimumAge() >= Grade.M3.minimumAge()) {
				maybeBoolean(r, m, "finishedM3LastYear");
			}
		}
		maybe(r, () -> m.put("occupation", pick(r, List.of(Occupation.values())).name()));
		maybe(r, () -> m.put("healthCoverage", pick(r, List.of(HealthCoverage.values())).name()));
		maybe(r, () -> m.put("annualIncome", near(r, "annualIncome", r.nextInt(300_000))));
		maybe(r, () -> m.put("financialAssets", near(r, "financialAssets", r.nextInt(500_000))));
		if (r.nextInt(5) == 0) {
			m.putArray("receives").add(pick(r, programmes));
		}
		return m;
	}

	/** A valid survey broken in one way the API must refuse (or take) without a server error. */
	JsonNode invalid(Random r) {
		ObjectNode s = valid(r);
		ArrayNode members = (ArrayNode) s.get("members");
		ObjectNode first = (ObjectNode) members.get(0);
		switch (r.nextInt(16)) {
			case 0 -> members.forEach(m -> ((ObjectNode) m).put("relation", "HEAD"));
			case 1 -> members.forEach(m -> ((ObjectNode) m).put("relation", "CHILD"));
			case 2 -> members.add(first.deepCopy());
			case 3 -> first.put("birthDate", "2999-01-01");
			case 4 -> first.put("birthDate", "2000-01-01").put("ageYears", 5);
			case 5 -> first.put("ageYears", 2).put("grade", "M3");
			case 6 -> first.put("sex", "MALE").put("pregnant", true);
			case 7 -> first.put("annualIncome", -5);
			case 8 -> first.putArray("receives").add("NO-SUCH-PROGRAMME");
			case 9 -> first.put("ageYears", "seventy");
			case 10 -> first.put("name", "Somchai");
			case 11 -> s.remove("members");
			case 12 -> s.put("assessmentDate", "15/06/2567");
			case 13 -> first.put("ageYears", 1e30);
			case 14 -> members.addNull();
			default -> {
				return JSON.arrayNode().add(s);
			}
		}
		return s;
	}

	/** The same tree with every object's keys in a random order. */
	static JsonNode shuffledKeys(JsonNode node, Random r) {
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>(object.propertyNames());
			java.util.Collections.shuffle(names, r);
			ObjectNode out = JSON.objectNode();
			names.forEach(n -> out.set(n, shuffledKeys(object.get(n), r)));
			return out;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode out = JSON.arrayNode();
			array.forEach(e -> out.add(shuffledKeys(e, r)));
			return out;
		}
		return node;
	}

	private static void maybe(Random r, Runnable set) {
		if (r.nextInt(4) > 0) {
			set.run();
		}
	}

	/** Sets a boolean at a dotted path three ways out of four; leaves it unknown otherwise. */
	static void maybeBoolean(Random r, ObjectNode root, String path) {
		if (r.nextInt(4) > 0) {
			set(root, path, JSON.booleanNode(r.nextBoolean()));
		}
	}

	static void set(ObjectNode root, String path, JsonNode value) {
		String[] parts = path.split("\\.");
		ObjectNode at = root;
		for (int i = 0; i < parts.length - 1; i++) {
			at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
		}
		at.set(parts[parts.length - 1], value);
	}

	static <T> T pick(Random r, Collection<T> from) {
		int i = r.nextInt(from.size());
		for (T t : from) {
			if (i-- == 0) {
				return t;
			}
		}
		throw new IllegalStateException();
	}

}

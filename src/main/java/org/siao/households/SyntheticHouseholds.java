package org.siao.households;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.siao.survey.Survey;
import tools.jackson.databind.json.JsonMapper;

/**
 * Made-up households with the shapes of a poor rural district, from a seed (the same seed, the
 * same households): a head of 25 to 85, a spouse mostly, children in the grade of their age
 * (some out of school), grandparents; incomes spread around the poverty line; some houses not
 * durable, some elderly without care. For demos, benchmarks and tests, never for real counts.
 */
public final class SyntheticHouseholds {

	private static final String[] GRADES = { "K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3",
			"M4", "M5", "M6" };

	private final Random random;

	private final JsonMapper json;

	private final Set<String> programmes;

	/** {@code programmes}: the codes the catalogue knows, so "already receives" only names real ones. */
	public SyntheticHouseholds(long seed, JsonMapper json, Set<String> programmes) {
		this.random = new Random(seed);
		this.json = json;
		this.programmes = programmes;
	}

	/** The next household, surveyed on {@code date} in {@code village} (8 digits). */
	public Survey next(String village, LocalDate date) {
		Map<String, Object> survey = new LinkedHashMap<>();
		survey.put("assessmentDate", date.toString());
		survey.put("location", Map.of("province", village.substring(0, 2), "district", village.substring(0, 4),
				"subdistrict", village.substring(0, 6), "village", village));
		List<Map<String, Object>> members = new ArrayList<>();
		int headAge = 25 + random.nextInt(61);
		members.add(member(members.size() + 1, "HEAD", headAge));
		if (random.nextDouble() < 0.75) {
			members.add(member(members.size() + 1, "SPOUSE", Math.max(20, headAge + random.nextInt(11) - 5)));
		}
		int children = headAge < 60 ? random.nextInt(4) : random.nextInt(2);
		for (int i = 0; i < children; i++) {
			int age = Math.max(0, Math.min(headAge - 18, random.nextInt(Math.max(1, headAge - 17))));
			members.add(member(members.size() + 1, "CHILD", age));
		}
		if (headAge < 55 && random.nextDouble() < 0.3) {
			members.add(member(members.size() + 1, "PARENT", headAge + 22 + random.nextInt(10)));
		}
		if (headAge > 50 && random.nextDouble() < 0.35) {
			members.add(member(members.size() + 1, "GRANDCHILD", random.nextInt(15)));
		}
		survey.put("members", members);
		// income per person around the line (about 40,000 baht a year): a wide, skewed spread
		double perPerson = 40_000 * Math.exp(random.nextGaussian() * 0.55 - 0.05);
		long total = Math.round(perPerson * members.size() / 100) * 100;
		long produce = Math.round(total * 0.2 * random.nextDouble() / 100) * 100;
		survey.put("income", Map.of("mainOccupation", total - produce, "secondaryOccupation", 0, "other", 0,
				"ownProduce", produce));
		survey.put("housing", Map.of("secureTenure", random.nextDouble() < 0.92, "durable", random.nextDouble() < 0.8));
		survey.put("water", Map.of("drinkingLitresPerPersonPerDay", random.nextDouble() < 0.93 ? 5 + random.nextInt(6) : 2,
				"useLitresPerPersonPerDay", random.nextDouble() < 0.9 ? 45 + random.nextInt(60) : 20));
		survey.put("saves", random.nextDouble() < 0.6);
		survey.put("informalDebt", random.nextDouble() < 0.2);
		survey.put("hardships", List.of());
		return json.convertValue(survey, Survey.class);
	}

	private Map<String, Object> member(int n, String relation, int age) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", "m" + n);
		m.put("relation", relation);
		m.put("ageYears", age);
		m.put("sex", relation.equals("SPOUSE") ? "FEMALE" : random.nextBoolean() ? "MALE" : "FEMALE");
		m.put("thai", true);
		boolean disabled = random.nextDouble() < (age >= 60 ? 0.08 : 0.02);
		m.put("disabled", disabled);
		m.put("disabilityCard", disabled && random.nextDouble() < 0.6);
		m.put("chronicIllness", random.nextDouble() < (age >= 60 ? 0.4 : 0.08));
		m.put("healthCoverage", "UC");
		m.put("dependency", age >= 75 && random.nextDouble() < 0.15 ? "HOMEBOUND" : "INDEPENDENT");
		m.put("caredFor", random.nextDouble() < 0.95);
		if (age >= 3 && age <= 17) {
			boolean inSchool = random.nextDouble() < (age <= 14 ? 0.97 : 0.75);
			m.put("inSchool", inSchool);
			int grade = Math.min(GRADES.length - 1, Math.max(0, age - 3));
			m.put("grade", GRADES[inSchool ? grade : Math.max(0, grade - 1 - random.nextInt(3))]);
		}
		if (age >= 15) {
			m.put("literate", random.nextDouble() < 0.95);
			boolean works = age < 65 ? random.nextDouble() < 0.85 : random.nextDouble() < 0.35;
			m.put("occupation", works ? (random.nextBoolean() ? "AGRICULTURE" : "GENERAL_LABOUR") : "NONE");
			m.put("welfareCard", random.nextDouble() < 0.5);
			m.put("willingToWork", !works && age < 60 && random.nextBoolean());
		}
		if (age >= 60) {
			m.put("statePension", false);
			if (programmes.contains("OLD-AGE-ALLOWANCE") && random.nextDouble() < 0.7) {
				m.put("receives", List.of("OLD-AGE-ALLOWANCE"));
			}
		}
		return m;
	}

}

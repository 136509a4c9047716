package org.siao.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vocabulary of the rule tables: every name a DMN column may read, how it is derived from the
 * survey, and which survey field settles it when it is unknown. A table column that names anything
 * else is rejected when the rules load.
 */
public enum Fact {

	// household
	ASSESSMENT_DATE("assessmentDate", Level.HOUSEHOLD, "assessmentDate", false, h(Survey::assessmentDate)),
	HOUSEHOLD_INCOME("householdIncome", Level.HOUSEHOLD, "income", true, h(s -> s.income() == null ? null : s.income().total())),
	INCOME_PER_PERSON("incomePerPerson", Level.HOUSEHOLD, "income", true, h(Fact::incomePerPerson)),
	SECURE_TENURE("secureTenure", Level.HOUSEHOLD, "housing.secureTenure", false, h(s -> s.housing() == null ? null : s.housing().secureTenure())),
	DURABLE_HOUSE("durableHouse", Level.HOUSEHOLD, "housing.durable", false, h(s -> s.housing() == null ? null : s.housing().durable())),
	DRINKING_WATER("drinkingWater", Level.HOUSEHOLD, "water.drinkingLitresPerPersonPerDay", false, h(s -> s.water() == null ? null : s.water().drinkingLitresPerPersonPerDay())),
	USE_WATER("useWater", Level.HOUSEHOLD, "water.useLitresPerPersonPerDay", false, h(s -> s.water() == null ? null : s.water().useLitresPerPersonPerDay())),
	FDA_MARKED_FOOD("fdaMarkedFood", Level.HOUSEHOLD, "foodSafety.fdaMarkedFood", false, food(FoodSafety::fdaMarkedFood)),
	MEAT_COOKED("meatCooked", Level.HOUSEHOLD, "foodSafety.meatCooked", false, food(FoodSafety::meatCooked)),
	VEGETABLES_WASHED("vegetablesWashed", Level.HOUSEHOLD, "foodSafety.vegetablesWashed", false, food(FoodSafety::vegetablesWashed)),
	HANDS_WASHED("handsWashedServingSpoon", Level.HOUSEHOLD, "foodSafety.handsWashedServingSpoon", false, food(FoodSafety::handsWashedServingSpoon)),
	HOUSEHOLD_REMEDIES("householdRemedies", Level.HOUSEHOLD, "medicineUse.householdRemedies", false, medicine(MedicineUse::householdRemedies)),
	NO_GROCERY_PILL_PACKS("noGroceryPillPacks", Level.HOUSEHOLD, "medicineUse.noGroceryPillPacks", false, medicine(MedicineUse::noGroceryPillPacks)),
	NO_UNPRESCRIBED_DRUGS("noUnprescribedTraditionalDrugs", Level.HOUSEHOLD, "medicineUse.noUnprescribedTraditionalDrugs", false, medicine(MedicineUse::noUnprescribedTraditionalDrugs)),
	NO_EXAGGERATED_SUPPLEMENTS("noExaggeratedSupplements", Level.HOUSEHOLD, "medicineUse.noExaggeratedSupplements", false, medicine(MedicineUse::noExaggeratedSupplements)),
	CLEAN_HOUSE("cleanVentilatedHouse", Level.HOUSEHOLD, "hygiene.cleanVentilatedHouse", false, hygiene(Hygiene::cleanVentilatedHouse)),
	CLEAN_KITCHEN("cleanKitchen", Level.HOUSEHOLD, "hygiene.cleanKitchen", false, hygiene(Hygiene::cleanKitchen)),
	COVERED_WATER_STORAGE("coveredWaterStorage", Level.HOUSEHOLD, "hygiene.coveredWaterStorage", false, hygiene(Hygiene::coveredWaterStorage)),
	VECTOR_CONTROL("vectorControl", Level.HOUSEHOLD, "hygiene.vectorControl", false, hygiene(Hygiene::vectorControl)),
	WASTE_EQUIPMENT("wasteEquipment", Level.HOUSEHOLD, "hygiene.wasteEquipment", false, hygiene(Hygiene::wasteEquipment)),
	DRAINAGE("drainage", Level.HOUSEHOLD, "hygiene.drainage", false, hygiene(Hygiene::drainage)),
	SOUND_TOILET("soundToilet", Level.HOUSEHOLD, "hygiene.soundToilet", false, hygiene(Hygiene::soundToilet)),
	CHEMICALS_STORED("chemicalsStoredSafely", Level.HOUSEHOLD, "hygiene.chemicalsStoredSafely", false, hygiene(Hygiene::chemicalsStoredSafely)),
	SAVES("saves", Level.HOUSEHOLD, "saves", false, h(Survey::saves)),
	INFORMAL_DEBT("informalDebt", Level.HOUSEHOLD, "informalDebt", false, h(Survey::informalDebt)),
	BREADWINNER_LOST("breadwinnerLost", Level.HOUSEHOLD, "hardships", false, h(s -> s.hardships() == null ? null : s.hardships().stream().anyMatch(Hardship::lostBreadwinner))),
	DOMESTIC_VIOLENCE("domesticViolence", Level.HOUSEHOLD, "hardships", false, h(s -> s.hardships() == null ? null : s.hardships().contains(Hardship.DOMESTIC_VIOLENCE))),
	DISABLED_CARD_HOLDERS("disabledCardHolders", Level.HOUSEHOLD, "members[].disabilityCard", false, h(Fact::disabledCardHolders)),

	// member
	AGE_YEARS("ageYears", Level.MEMBER, "birthDate", false, m(Fact::ageYears)),
	SEX("sex", Level.MEMBER, "sex", false, m((s, p) -> p.sex())),
	THAI("thai", Level.MEMBER, "thai", true, m((s, p) -> p.thai())),
	DISABLED("disabled", Level.MEMBER, "disabled", false, m((s, p) -> p.disabled())),
	DISABILITY_CARD("disabilityCard", Level.MEMBER, "disabilityCard", false, m((s, p) -> p.disabilityCard())),
	DEPENDENCY("dependency", Level.MEMBER, "dependency", false, m((s, p) -> p.dependency())),
	CHRONIC_ILLNESS("chronicIllness", Level.MEMBER, "chronicIllness", false, m((s, p) -> p.chronicIllness())),
	PREGNANT("pregnant", Level.MEMBER, "pregnant", false, m((s, p) -> p.pregnant())),
	BIRTH_WEIGHT("birthWeightGrams", Level.MEMBER, "birthWeightGrams", false, m((s, p) -> p.birthWeightGrams())),
	IN_SCHOOL("inSchool", Level.MEMBER, "inSchool", false, m((s, p) -> p.inSchool())),
	GRADE("grade", Level.MEMBER, "grade", false, m((s, p) -> p.grade())),
	SCHOOL_LEVEL("schoolLevel", Level.MEMBER, "grade", false, m((s, p) -> p.grade() == null ? null : p.grade().level())),
	FINISHED_M3("finishedM3LastYear", Level.MEMBER, "finishedM3LastYear", false, m((s, p) -> p.finishedM3LastYear())),
	LITERATE("literate", Level.MEMBER, "literate", false, m((s, p) -> p.literate())),
	OCCUPATION("occupation", Level.MEMBER, "occupation", false, m((s, p) -> p.occupation())),
	HAS_OCCUPATION("hasOccupation", Level.MEMBER, "occupation", false, m((s, p) -> p.occupation() == null ? null : p.occupation() != Occupation.NONE)),
	ANNUAL_INCOME("annualIncome", Level.MEMBER, "annualIncome", true, m((s, p) -> p.annualIncome())),
	WILLING_TO_WORK("willingToWork", Level.MEMBER, "willingToWork", false, m((s, p) -> p.willingToWork())),
	HEALTH_COVERAGE("healthCoverage", Level.MEMBER, "healthCoverage", false, m((s, p) -> p.healthCoverage())),
	SSO40("sso40", Level.MEMBER, "sso40", false, m((s, p) -> p.sso40())),
	WELFARE_CARD("welfareCard", Level.MEMBER, "welfareCard", false, m((s, p) -> p.welfareCard())),
	STATE_PENSION("statePension", Level.MEMBER, "statePension", false, m((s, p) -> p.statePension())),
	FINANCIAL_ASSETS("financialAssets", Level.MEMBER, "financialAssets", true, m((s, p) -> p.financialAssets())),
	EXERCISES("exercises", Level.MEMBER, "exercises", false, m((s, p) -> p.exercises())),
	ANNUAL_CHECKUP("annualCheckup", Level.MEMBER, "annualCheckup", false, m((s, p) -> p.annualCheckup())),
	CARED_FOR("caredFor", Level.MEMBER, "caredFor", false, m((s, p) -> p.caredFor()));

	private static final Map<String, Fact> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Fact::factName, Function.identity()));

	private final String factName;

	private final Level level;

	private final String field;

	private final boolean nearMiss;

	private final BiFunction<Survey, Member, Object> extractor;

	Fact(String factName, Level level, String field, boolean nearMiss, BiFunction<Survey, Member, Object> extractor) {
		this.factName = factName;
		this.level = level;
		this.field = field;
		this.nearMiss = nearMiss;
		this.extractor = extractor;
	}

	/** The name used in DMN columns (camelCase, a valid FEEL name). */
	public String factName() {
		return factName;
	}

	public Level level() {
		return level;
	}

	/** The survey field that settles this fact, relative to the household or the member. */
	public String field() {
		return field;
	}

	/**
	 * Whether failing a table on this fact alone is worth telling the official: an income or asset
	 * limit, nationality. Not who the person is (age, sex), and not "already has it" (a card, a
	 * pension, a scheme), which would only repeat what the family knows.
	 */
	public boolean nearMiss() {
		return nearMiss;
	}

	public static Optional<Fact> named(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** The fact's value in the tables' types: numbers as BigDecimal, enums as their names. */
	Object valueOf(Survey survey, Member member) {
		return normalise(extractor.apply(survey, member));
	}

	private static Object normalise(Object raw) {
		if (raw == null || raw instanceof Boolean || raw instanceof String || raw instanceof LocalDate
				|| raw instanceof BigDecimal) {
			return raw;
		}
		if (raw instanceof Integer || raw instanceof Long) {
			return BigDecimal.valueOf(((Number) raw).longValue());
		}
		if (raw instanceof Double d) {
			return BigDecimal.valueOf(d);
		}
		if (raw instanceof Enum<?> e) {
			return e.name();
		}
		throw new IllegalStateException("fact of unsupported type " + raw.getClass());
	}

	static Integer ageYears(Survey survey, Member member) {
		if (member.birthDate() != null) {
			return Period.between(member.birthDate(), survey.assessmentDate()).getYears();
		}
		return member.ageYears();
	}

	private static Long incomePerPerson(Survey survey) {
		if (survey.income() == null || survey.members().isEmpty()) {
			return null;
		}
		// floor, as the จปฐ. form does (SURVEY.md §5.3)
		return survey.income().total() / survey.members().size();
	}

	private static Integer disabledCardHolders(Survey survey) {
		int holders = 0;
		boolean unsure = false;
		for (Member member : survey.members()) {
			if (Boolean.TRUE.equals(member.disabilityCard())) {
				holders++;
			}
			else if (member.disabilityCard() == null && !Boolean.FALSE.equals(member.disabled())) {
				unsure = true;
			}
		}
		return holders == 0 && unsure ? null : holders;
	}

	private static BiFunction<Survey, Member, Object> h(Function<Survey, Object> household) {
		return (survey, member) -> household.apply(survey);
	}

	private static BiFunction<Survey, Member, Object> m(BiFunction<Survey, Member, Object> perMember) {
		return perMember;
	}

	private static BiFunction<Survey, Member, Object> food(Function<FoodSafety, Boolean> item) {
		return (s, m) -> s.foodSafety() == null ? null : item.apply(s.foodSafety());
	}

	private static BiFunction<Survey, Member, Object> medicine(Function<MedicineUse, Boolean> item) {
		return (s, m) -> s.medicineUse() == null ? null : item.apply(s.medicineUse());
	}

	private static BiFunction<Survey, Member, Object> hygiene(Function<Hygiene, Boolean> item) {
		return (s, m) -> s.hygiene() == null ? null : item.apply(s.hygiene());
	}

	public enum Level {
		HOUSEHOLD, MEMBER
	}

}

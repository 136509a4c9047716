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
	ASSESSMENT_DATE("assessmentDate", Level.HOUSEHOLD, date(), "assessmentDate", false, h(Survey::assessmentDate)),
	HOUSEHOLD_INCOME("householdIncome", Level.HOUSEHOLD, number("baht/year"), "income", true, h(s -> s.income() == null ? null : s.income().total())),
	INCOME_PER_PERSON("incomePerPerson", Level.HOUSEHOLD, number("baht/person/year"), "income", true, h(Fact::incomePerPerson)),
	SECURE_TENURE("secureTenure", Level.HOUSEHOLD, yesNo(), "housing.secureTenure", false, h(s -> s.housing() == null ? null : s.housing().secureTenure())),
	DURABLE_HOUSE("durableHouse", Level.HOUSEHOLD, yesNo(), "housing.durable", false, h(s -> s.housing() == null ? null : s.housing().durable())),
	DRINKING_WATER("drinkingWater", Level.HOUSEHOLD, number("litres/person/day"), "water.drinkingLitresPerPersonPerDay", false, h(s -> s.water() == null ? null : s.water().drinkingLitresPerPersonPerDay())),
	USE_WATER("useWater", Level.HOUSEHOLD, number("litres/person/day"), "water.useLitresPerPersonPerDay", false, h(s -> s.water() == null ? null : s.water().useLitresPerPersonPerDay())),
	FDA_MARKED_FOOD("fdaMarkedFood", Level.HOUSEHOLD, yesNo(), "foodSafety.fdaMarkedFood", false, food(FoodSafety::fdaMarkedFood)),
	MEAT_COOKED("meatCooked", Level.HOUSEHOLD, yesNo(), "foodSafety.meatCooked", false, food(FoodSafety::meatCooked)),
	VEGETABLES_WASHED("vegetablesWashed", Level.HOUSEHOLD, yesNo(), "foodSafety.vegetablesWashed", false, food(FoodSafety::vegetablesWashed)),
	HANDS_WASHED("handsWashedServingSpoon", Level.HOUSEHOLD, yesNo(), "foodSafety.handsWashedServingSpoon", false, food(FoodSafety::handsWashedServingSpoon)),
	HOUSEHOLD_REMEDIES("householdRemedies", Level.HOUSEHOLD, yesNo(), "medicineUse.householdRemedies", false, medicine(MedicineUse::householdRemedies)),
	NO_GROCERY_PILL_PACKS("noGroceryPillPacks", Level.HOUSEHOLD, yesNo(), "medicineUse.noGroceryPillPacks", false, medicine(MedicineUse::noGroceryPillPacks)),
	NO_UNPRESCRIBED_DRUGS("noUnprescribedTraditionalDrugs", Level.HOUSEHOLD, yesNo(), "medicineUse.noUnprescribedTraditionalDrugs", false, medicine(MedicineUse::noUnprescribedTraditionalDrugs)),
	NO_EXAGGERATED_SUPPLEMENTS("noExaggeratedSupplements", Level.HOUSEHOLD, yesNo(), "medicineUse.noExaggeratedSupplements", false, medicine(MedicineUse::noExaggeratedSupplements)),
	CLEAN_HOUSE("cleanVentilatedHouse", Level.HOUSEHOLD, yesNo(), "hygiene.cleanVentilatedHouse", false, hygiene(Hygiene::cleanVentilatedHouse)),
	CLEAN_KITCHEN("cleanKitchen", Level.HOUSEHOLD, yesNo(), "hygiene.cleanKitchen", false, hygiene(Hygiene::cleanKitchen)),
	COVERED_WATER_STORAGE("coveredWaterStorage", Level.HOUSEHOLD, yesNo(), "hygiene.coveredWaterStorage", false, hygiene(Hygiene::coveredWaterStorage)),
	VECTOR_CONTROL("vectorControl", Level.HOUSEHOLD, yesNo(), "hygiene.vectorControl", false, hygiene(Hygiene::vectorControl)),
	WASTE_EQUIPMENT("wasteEquipment", Level.HOUSEHOLD, yesNo(), "hygiene.wasteEquipment", false, hygiene(Hygiene::wasteEquipment)),
	DRAINAGE("drainage", Level.HOUSEHOLD, yesNo(), "hygiene.drainage", false, hygiene(Hygiene::drainage)),
	SOUND_TOILET("soundToilet", Level.HOUSEHOLD, yesNo(), "hygiene.soundToilet", false, hygiene(Hygiene::soundToilet)),
	CHEMICALS_STORED("chemicalsStoredSafely", Level.HOUSEHOLD, yesNo(), "hygiene.chemicalsStoredSafely", false, hygiene(Hygiene::chemicalsStoredSafely)),
	SAVES("saves", Level.HOUSEHOLD, yesNo(), "saves", false, h(Survey::saves)),
	INFORMAL_DEBT("informalDebt", Level.HOUSEHOLD, yesNo(), "informalDebt", false, h(Survey::informalDebt)),
	BREADWINNER_LOST("breadwinnerLost", Level.HOUSEHOLD, yesNo(), "hardships", false, h(s -> s.hardships() == null ? null : s.hardships().stream().anyMatch(Hardship::lostBreadwinner))),
	DOMESTIC_VIOLENCE("domesticViolence", Level.HOUSEHOLD, yesNo(), "hardships", false, h(s -> s.hardships() == null ? null : s.hardships().contains(Hardship.DOMESTIC_VIOLENCE))),
	DISABLED_CARD_HOLDERS("disabledCardHolders", Level.HOUSEHOLD, number("persons"), "members[].disabilityCard", false, h(Fact::disabledCardHolders)),

	// member
	AGE_YEARS("ageYears", Level.MEMBER, number("years"), "birthDate", false, m(Fact::ageYears)),
	SEX("sex", Level.MEMBER, choice(Sex.values()), "sex", false, m((s, p) -> p.sex())),
	THAI("thai", Level.MEMBER, yesNo(), "thai", true, m((s, p) -> p.thai())),
	DISABLED("disabled", Level.MEMBER, yesNo(), "disabled", false, m((s, p) -> p.disabled())),
	DISABILITY_CARD("disabilityCard", Level.MEMBER, yesNo(), "disabilityCard", false, m((s, p) -> p.disabilityCard())),
	DEPENDENCY("dependency", Level.MEMBER, choice(Dependency.values()), "dependency", false, m((s, p) -> p.dependency())),
	CHRONIC_ILLNESS("chronicIllness", Level.MEMBER, yesNo(), "chronicIllness", false, m((s, p) -> p.chronicIllness())),
	PREGNANT("pregnant", Level.MEMBER, yesNo(), "pregnant", false, m((s, p) -> p.pregnant())),
	BIRTH_WEIGHT("birthWeightGrams", Level.MEMBER, number("g"), "birthWeightGrams", false, m((s, p) -> p.birthWeightGrams())),
	IN_SCHOOL("inSchool", Level.MEMBER, yesNo(), "inSchool", false, m((s, p) -> p.inSchool())),
	GRADE("grade", Level.MEMBER, choice(Grade.values()), "grade", false, m((s, p) -> p.grade())),
	SCHOOL_LEVEL("schoolLevel", Level.MEMBER, choice(Grade.SchoolLevel.values()), "grade", false, m((s, p) -> p.grade() == null ? null : p.grade().level())),
	FINISHED_M3("finishedM3LastYear", Level.MEMBER, yesNo(), "finishedM3LastYear", false, m((s, p) -> p.finishedM3LastYear())),
	LITERATE("literate", Level.MEMBER, yesNo(), "literate", false, m((s, p) -> p.literate())),
	OCCUPATION("occupation", Level.MEMBER, choice(Occupation.values()), "occupation", false, m((s, p) -> p.occupation())),
	HAS_OCCUPATION("hasOccupation", Level.MEMBER, yesNo(), "occupation", false, m((s, p) -> p.occupation() == null ? null : p.occupation() != Occupation.NONE)),
	ANNUAL_INCOME("annualIncome", Level.MEMBER, number("baht/year"), "annualIncome", true, m((s, p) -> p.annualIncome())),
	WILLING_TO_WORK("willingToWork", Level.MEMBER, yesNo(), "willingToWork", false, m((s, p) -> p.willingToWork())),
	HEALTH_COVERAGE("healthCoverage", Level.MEMBER, choice(HealthCoverage.values()), "healthCoverage", false, m((s, p) -> p.healthCoverage())),
	SSO40("sso40", Level.MEMBER, yesNo(), "sso40", false, m((s, p) -> p.sso40())),
	WELFARE_CARD("welfareCard", Level.MEMBER, yesNo(), "welfareCard", false, m((s, p) -> p.welfareCard())),
	STATE_PENSION("statePension", Level.MEMBER, yesNo(), "statePension", false, m((s, p) -> p.statePension())),
	FINANCIAL_ASSETS("financialAssets", Level.MEMBER, number("baht"), "financialAssets", true, m((s, p) -> p.financialAssets())),
	EXERCISES("exercises", Level.MEMBER, yesNo(), "exercises", false, m((s, p) -> p.exercises())),
	ANNUAL_CHECKUP("annualCheckup", Level.MEMBER, yesNo(), "annualCheckup", false, m((s, p) -> p.annualCheckup())),
	CARED_FOR("caredFor", Level.MEMBER, yesNo(), "caredFor", false, m((s, p) -> p.caredFor()));

	private static final Map<String, Fact> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Fact::factName, Function.identity()));

	private final String factName;

	private final Level level;

	private final String field;

	private final boolean nearMiss;

	private final BiFunction<Survey, Member, Object> extractor;

	private final Kind kind;

	Fact(String factName, Level level, Kind kind, String field, boolean nearMiss, BiFunction<Survey, Member, Object> extractor) {
		this.factName = factName;
		this.level = level;
		this.kind = kind;
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

	/** What a table cell in this fact's column compares with: a number, yes/no, a date or one of a list. */
	public Type type() {
		return kind.type();
	}

	/** The unit a number is in ("baht/year"), in English as rules/README.md lists it; null when none. */
	public String unit() {
		return kind.unit();
	}

	/** The values a choice fact takes, as a table cell writes them ("BEDRIDDEN"); empty for other types. */
	public java.util.List<String> choices() {
		return kind.choices();
	}

	/** The fact's label in Thai ({@code th}) or English, from the words the pages use. */
	public String label(java.util.Locale locale) {
		return words(locale).getString("fact." + factName + ".label");
	}

	/** The pages' words in one language, never another's as a fallback (the machine's language must not leak in). */
	static java.util.ResourceBundle words(java.util.Locale locale) {
		return java.util.ResourceBundle.getBundle("i18n/words", locale,
				java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
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

	/** The fact a column names, or null: {@link #named} without the Optional, for look-ups on every assessment. */
	static Fact byName(String name) {
		return BY_NAME.get(name);
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

	/** What kind of value a fact has, as a table cell writes it. */
	public enum Type {

		NUMBER("a number"), YES_NO("yes or no (true or false)"), DATE("a date"), CHOICE("one of a list");

		private final String words;

		Type(String words) {
			this.words = words;
		}

		/** The type in words staff read ("a number"). */
		public String words() {
			return words;
		}

	}

	private record Kind(Type type, String unit, java.util.List<String> choices) {
	}

	private static Kind number(String unit) {
		return new Kind(Type.NUMBER, unit, java.util.List.of());
	}

	private static Kind yesNo() {
		return new Kind(Type.YES_NO, null, java.util.List.of());
	}

	private static Kind date() {
		return new Kind(Type.DATE, null, java.util.List.of());
	}

	private static Kind choice(Enum<?>[] values) {
		return new Kind(Type.CHOICE, null, Arrays.stream(values).map(Enum::name).toList());
	}

}

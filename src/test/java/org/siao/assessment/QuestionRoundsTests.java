package org.siao.assessment;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Survey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many questions an official asks before a household's cash benefits are settled: the survey
 * starts with every optional answer unknown, and each round answers the first next question from
 * the full survey the family would give. Printed, so a change in the count shows in the build log.
 */
class QuestionRoundsTests {

	private static final RuleBook BOOK = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));

	// a widow of 66, her son of 40 with a disability card and a welfare card, her grandson of 7 in P.2
	static final String THREE_GENERATIONS = """
			{"assessmentDate": "2024-06-15",
			 "location": {"province": "40", "district": "4001", "subdistrict": "400101", "village": "40010105"},
			 "income": {"mainOccupation": 48000, "secondaryOccupation": 0, "other": 6000, "ownProduce": 6000},
			 "housing": {"secureTenure": true, "durable": true},
			 "water": {"drinkingLitresPerPersonPerDay": 6, "useLitresPerPersonPerDay": 60},
			 "foodSafety": {"fdaMarkedFood": true, "meatCooked": true, "vegetablesWashed": true, "handsWashedServingSpoon": true},
			 "medicineUse": {"householdRemedies": true, "noGroceryPillPacks": true, "noUnprescribedTraditionalDrugs": true, "noExaggeratedSupplements": true},
			 "hygiene": {"cleanVentilatedHouse": true, "cleanKitchen": true, "coveredWaterStorage": true, "vectorControl": true,
			   "wasteEquipment": true, "drainage": true, "soundToilet": true, "chemicalsStoredSafely": true},
			 "saves": false, "informalDebt": false, "hardships": [],
			 "members": [
			  {"id": "m1", "relation": "HEAD", "birthDate": "1958-03-02", "sex": "FEMALE", "thai": true, "disabled": false,
			   "dependency": "INDEPENDENT", "chronicIllness": false, "inSchool": false, "grade": "P4", "literate": true,
			   "occupation": "NONE", "annualIncome": 0, "willingToWork": false, "healthCoverage": "UC", "sso40": false,
			   "welfareCard": false, "statePension": false, "financialAssets": 3000, "exercises": true, "annualCheckup": true,
			   "caredFor": true},
			  {"id": "m2", "relation": "CHILD", "birthDate": "1984-01-20", "sex": "MALE", "thai": true, "disabled": true,
			   "disabilityCard": true, "dependency": "INDEPENDENT", "chronicIllness": false, "inSchool": false, "grade": "M3",
			   "literate": true, "occupation": "GENERAL_LABOUR", "annualIncome": 48000, "willingToWork": true,
			   "healthCoverage": "UC", "sso40": false, "welfareCard": true, "statePension": false, "financialAssets": 0,
			   "exercises": true, "annualCheckup": false, "caredFor": true},
			  {"id": "m3", "relation": "GRANDCHILD", "birthDate": "2017-02-11", "sex": "MALE", "thai": true, "disabled": false,
			   "dependency": "INDEPENDENT", "chronicIllness": false, "inSchool": true, "grade": "P2", "literate": false,
			   "occupation": "NONE", "annualIncome": 0, "willingToWork": false, "healthCoverage": "UC", "sso40": false,
			   "welfareCard": false, "statePension": false, "financialAssets": 0, "exercises": true, "annualCheckup": false,
			   "caredFor": true}]}
			""";

	@Test
	void aThreeMemberHouseholdHasItsCashBenefitsSettledBeforeTheQuestionsRunOut() {
		Interview visit = Interview.fromScratch(BOOK, Interview.JSON.readValue(THREE_GENERATIONS, Survey.class));
		Assessment last = visit.run(QuestionRoundsTests::cashSettled, a -> {
		});
		System.out.printf("questions before the cash benefits were settled: %d %s%n", visit.asked().size(), visit.asked());
		assertThat(cashSettled(last)).as("cash benefits settled after %s", visit.asked()).isTrue();
	}

	static boolean cashSettled(Assessment a) {
		boolean open = a.undetermined().stream().anyMatch(u -> u.kind().equals("PROGRAMME") && cash(u.code()));
		boolean ranges = a.recommendations().stream().anyMatch(r -> r.amountMax() != null && !r.amountMax().equals(r.amount()));
		return !open && !ranges;
	}

	/** A programme whose table pays an amount of money (not a card, a service or a loan). */
	private static boolean cash(String programme) {
		return BOOK.programmeTable(programme).rows().stream().anyMatch(r -> r.output() instanceof java.math.BigDecimal);
	}

}

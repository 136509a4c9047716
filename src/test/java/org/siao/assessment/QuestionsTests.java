package org.siao.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.RulesFolder;
import org.siao.rulebook.Tri;
import org.siao.survey.Fact;
import org.siao.survey.Profile;
import org.siao.survey.Survey;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions an assessment asks: only what can still matter, for whom it can matter, most worth first. */
class QuestionsTests {

	private static final RuleBook BOOK = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));

	private static final List<Case> CASES = CasebookReader.read(Path.of("casebook"));

	/**
	 * Every casebook household, interviewed from the point where only who lives there is known:
	 * at every round, each question asked is about a fact an open row still reads for that member.
	 */
	@TestFactory
	Stream<DynamicTest> everyQuestionIsReadByARowStillOpenForItsMember() {
		return CASES.stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> {
			Interview visit = Interview.knowingWhoLivesThere(BOOK, c.survey());
			visit.run(a -> false, a -> {
				Survey now = visit.survey();
				Evaluation evaluation = Evaluation.run(BOOK, Profile.of(now));
				for (Assessment.Question q : a.nextQuestions()) {
					assertThat(readByAnOpenRow(evaluation, q)).as("%s after %s", q.field(), visit.asked()).isTrue();
				}
			});
		}));
	}

	@Test
	void noOneIsAskedWhatCannotMatterForThem() {
		Survey household = Interview.JSON.readValue("""
				{"assessmentDate": "2024-06-15",
				 "location": {"province": "40", "district": "4001", "subdistrict": "400101", "village": "40010105"},
				 "income": {"mainOccupation": 30000, "secondaryOccupation": 0, "other": 0, "ownProduce": 12000},
				 "housing": {"secureTenure": true, "durable": false}, "saves": false, "informalDebt": false, "hardships": [],
				 "members": [
				  {"id": "m1", "relation": "HEAD", "ageYears": 68, "sex": "FEMALE", "thai": true, "disabled": false,
				   "dependency": "INDEPENDENT", "inSchool": false, "grade": "P4", "occupation": "AGRICULTURE", "annualIncome": 30000,
				   "willingToWork": true, "welfareCard": false, "statePension": false, "caredFor": true},
				  {"id": "m2", "relation": "CHILD", "ageYears": 35, "sex": "MALE", "thai": true, "disabled": false,
				   "dependency": "INDEPENDENT", "inSchool": false, "grade": "M6", "occupation": "AGRICULTURE", "annualIncome": 12000,
				   "willingToWork": true, "welfareCard": false, "healthCoverage": "UC", "sso40": false},
				  {"id": "m3", "relation": "GRANDCHILD", "ageYears": 7, "sex": "MALE", "thai": true, "disabled": false,
				   "dependency": "INDEPENDENT", "inSchool": true, "grade": "P1", "occupation": "NONE", "literate": false}]}
				""", Survey.class);
		Interview visit = Interview.knowingWhoLivesThere(BOOK, household);
		visit.run(a -> false, a -> {
		});
		assertThat(visit.asked()).as("asked").isNotEmpty()
			.noneMatch(f -> f.equals("members[0].grade") || f.equals("members[0].inSchool"))
			.noneMatch(f -> f.startsWith("members[2].") && Set.of("occupation", "annualIncome", "willingToWork", "sso40")
				.contains(f.substring("members[2].".length())))
			.doesNotContain("members[1].pregnant");
	}

	@Test
	void aWidowIsAskedFirstAboutTheStatePensionThatDecidesHerAllowance() {
		Survey widow = widow(null);
		Assessment a = Assessor.assess(BOOK, widow, Language.EN);
		long monthly = Assessor.assess(BOOK, widow(false), Language.EN).recommendations().stream()
			.filter(r -> r.programme().equals("OLD-AGE-ALLOWANCE")).findFirst().orElseThrow().amount();
		Assessment.Question first = a.nextQuestions().get(0);
		assertThat(first.field()).isEqualTo("members[0].statePension");
		assertThat(first.moneyAtStake()).isEqualTo(monthly * 12);
		assertThat(first.memberLabel()).isEqualTo("the head of household, 66");
		assertThat(first.question()).isEqualTo("Does the head of household (66) receive a state pension?");
		assertThat(first.input()).isEqualTo("BOOLEAN");
		assertThat(a.undetermined()).anySatisfy(u -> {
			assertThat(u.code()).isEqualTo("OLD-AGE-ALLOWANCE");
			assertThat(u.questions()).containsExactly("members[0].statePension");
		});
		assertThat(Assessor.assess(BOOK, widow, Language.TH).nextQuestions().get(0).memberLabel()).isEqualTo("หัวหน้าครัวเรือน อายุ 66");
	}

	@Test
	void aDisabilityAllowanceOpenOnlyOnTheWelfareCardIsRecommendedWithBothAmounts() {
		long without = allowance(disabledSon(false)).amount();
		long with = allowance(disabledSon(true)).amount();
		Assessment a = Assessor.assess(BOOK, disabledSon(null), Language.EN);
		Assessment.Recommendation open = a.recommendations().stream()
			.filter(r -> r.programme().equals("DISABILITY-ALLOWANCE")).findFirst().orElseThrow();
		assertThat(open.amount()).isEqualTo(Math.min(with, without));
		assertThat(open.amountMax()).isEqualTo(Math.max(with, without)).isGreaterThan(open.amount());
		assertThat(open.amountText()).contains(String.format("%,d", open.amount()), String.format("%,d", open.amountMax()));
		assertThat(open.period()).isEqualTo("MONTH");
		assertThat(a.undetermined()).noneMatch(u -> u.code().equals("DISABILITY-ALLOWANCE"));
		assertThat(a.nextQuestions()).anySatisfy(q -> {
			assertThat(q.field()).isEqualTo("members[1].welfareCard");
			assertThat(q.moneyAtStake()).isGreaterThanOrEqualTo((open.amountMax() - open.amount()) * 12);
		});
		assertThat(a.totals().perMonth().max() - a.totals().perMonth().min()).isEqualTo(open.amountMax() - open.amount());
	}

	@Test
	void aProgrammeTheHouseholdReceivesRaisesNoQuestionAndStaysOffTheOpenList() {
		Survey widow = widow(null);
		Survey receiving = new Survey(widow.assessmentDate(), widow.location(), widow.income(), widow.housing(), widow.water(),
				widow.foodSafety(), widow.medicineUse(), widow.hygiene(), widow.saves(), widow.informalDebt(), widow.hardships(),
				List.of("OLD-AGE-ALLOWANCE"), widow.members());
		Assessment a = Assessor.assess(BOOK, receiving, Language.EN);
		assertThat(a.undetermined()).noneMatch(u -> u.code().equals("OLD-AGE-ALLOWANCE"));
		assertThat(a.recommendations()).noneMatch(r -> r.programme().equals("OLD-AGE-ALLOWANCE"));
		assertThat(a.nextQuestions()).noneMatch(q -> q.field().equals("members[0].statePension"));
	}

	@TestFactory
	Stream<DynamicTest> aHouseholdProgrammeAppearsOnce() {
		return CASES.stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> {
			for (Survey s : List.of(c.survey(), Interview.knowingWhoLivesThere(BOOK, c.survey()).survey())) {
				Assessment a = Assessor.assess(BOOK, s, Language.EN);
				List<String> ids = new ArrayList<>();
				a.recommendations().forEach(r -> ids.add("R " + Assessment.id(r.programme(), r.member())));
				a.undetermined().forEach(u -> ids.add(u.kind() + " " + Assessment.id(u.code(), u.member())));
				assertThat(ids).doesNotHaveDuplicates();
				Set<String> household = new HashSet<>();
				BOOK.catalogue().allProgrammes().stream()
					.filter(p -> p.scope() == org.siao.catalogue.Programme.Scope.HOUSEHOLD).forEach(p -> household.add(p.code()));
				assertThat(a.undetermined()).filteredOn(u -> household.contains(u.code())).allMatch(u -> u.member() == null);
			}
		}));
	}

	private static Assessment.Recommendation allowance(Survey survey) {
		return Assessor.assess(BOOK, survey, Language.EN).recommendations().stream()
			.filter(r -> r.programme().equals("DISABILITY-ALLOWANCE")).findFirst().orElseThrow();
	}

	/** A widow of 66 living alone, every answer known but the state pension (unless given). */
	private static Survey widow(Boolean statePension) {
		return Interview.JSON.readValue("""
				{"assessmentDate": "2024-06-15",
				 "location": {"province": "40", "district": "4001", "subdistrict": "400101", "village": "40010105"},
				 "income": {"mainOccupation": 0, "secondaryOccupation": 0, "other": 24000, "ownProduce": 6000},
				 "housing": {"secureTenure": true, "durable": true},
				 "water": {"drinkingLitresPerPersonPerDay": 8, "useLitresPerPersonPerDay": 60},
				 "foodSafety": {"fdaMarkedFood": true, "meatCooked": true, "vegetablesWashed": true, "handsWashedServingSpoon": true},
				 "medicineUse": {"householdRemedies": true, "noGroceryPillPacks": true, "noUnprescribedTraditionalDrugs": true, "noExaggeratedSupplements": true},
				 "hygiene": {"cleanVentilatedHouse": true, "cleanKitchen": true, "coveredWaterStorage": true, "vectorControl": true,
				   "wasteEquipment": true, "drainage": true, "soundToilet": true, "chemicalsStoredSafely": true},
				 "saves": true, "informalDebt": false, "hardships": [],
				 "members": [
				  {"id": "m1", "relation": "HEAD", "ageYears": 66, "sex": "FEMALE", "thai": true, "disabled": false,
				   "dependency": "INDEPENDENT", "chronicIllness": false, "inSchool": false, "grade": "P4", "literate": true,
				   "occupation": "AGRICULTURE", "annualIncome": 6000, "willingToWork": false, "healthCoverage": "UC", "sso40": false,
				   "welfareCard": true, "statePension": %s, "financialAssets": 2000, "exercises": true, "annualCheckup": true,
				   "caredFor": true}]}
				""".formatted(statePension), Survey.class);
	}

	/** A mother of 62 and her disabled son of 40 with a disability card; the son's welfare card as given. */
	private static Survey disabledSon(Boolean welfareCard) {
		return Interview.JSON.readValue("""
				{"assessmentDate": "2024-06-15",
				 "location": {"province": "40", "district": "4001", "subdistrict": "400101", "village": "40010105"},
				 "income": {"mainOccupation": 50000, "secondaryOccupation": 0, "other": 0, "ownProduce": 0},
				 "housing": {"secureTenure": true, "durable": true},
				 "members": [
				  {"id": "m1", "relation": "HEAD", "ageYears": 62, "sex": "FEMALE", "thai": true, "disabled": false,
				   "statePension": false},
				  {"id": "m2", "relation": "CHILD", "ageYears": 40, "sex": "MALE", "thai": true, "disabled": true,
				   "disabilityCard": true, "welfareCard": %s}]}
				""".formatted(welfareCard), Survey.class);
	}

	/** Whether the question's fact is an unknown cell of a row not yet ruled out, for the question's member. */
	private static boolean readByAnOpenRow(Evaluation evaluation, Assessment.Question q) {
		String field = q.member() == null ? q.field() : q.field().substring(q.field().indexOf('.') + 1);
		Set<String> facts = new HashSet<>();
		for (Fact f : Fact.values()) {
			if (f.field().equals(field) || f.field().equals("members[]." + field)) {
				facts.add(f.factName());
			}
		}
		List<RuleTable.Verdict> open = new ArrayList<>();
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			if (o.status() == IndicatorOutcome.Status.UNDETERMINED && sameMember(o.member(), q)) {
				open.add(o.verdict());
			}
		}
		for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
			if (!o.verdict().pending().isEmpty() && sameMember(o.member(), q)) {
				open.add(o.verdict());
			}
		}
		for (RuleTable.Verdict v : open) {
			for (RuleTable.RowCheck row : v.pending()) {
				for (RuleTable.CellCheck cell : row.cells()) {
					if (cell.state() == Tri.UNKNOWN && facts.contains(cell.column().name())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean sameMember(Profile.MemberFacts member, Assessment.Question q) {
		return q.member() == null || member == null || member.id().equals(q.member());
	}

}

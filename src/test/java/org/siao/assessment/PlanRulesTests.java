package org.siao.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;

/** What plan.drl does across the household, on casebook households. */
class PlanRulesTests {

	private static final RuleBook BOOK = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));

	private static final List<Case> CASES = CasebookReader.read(Path.of("casebook"));

	private static Assessment assess(String path) {
		Case c = CASES.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
		return Assessor.assess(BOOK, c.survey(), Language.EN);
	}

	/** The amount some casebook case expects for a household programme, as the case file writes it. */
	private static long expectedAmount(String programme) {
		return CASES.stream().map(c -> c.expect().amounts().get(programme)).filter(java.util.Objects::nonNull).findFirst()
			.orElseThrow(() -> new AssertionError("no casebook case names an amount for " + programme));
	}

	@Test
	void childAssistanceBeyondTheFamilyCapSaysSo() {
		List<Assessment.Recommendation> childAssistance = assess("children/four-children-share-a-cap.yaml").recommendations()
			.stream().filter(r -> r.programme().equals("POOR-CHILD-ASSISTANCE")).toList();
		// the cap is the catalogue's and the amounts the table's: the note must carry both as they stand
		long cap = BOOK.catalogue().programme("POOR-CHILD-ASSISTANCE").orElseThrow().householdCap().longValue();
		long total = childAssistance.stream().mapToLong(Assessment.Recommendation::amount).sum();
		java.text.NumberFormat baht = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH);
		String note = total > cap
				? "for the household together at most " + baht.format(cap) + " baht (now " + baht.format(total) + ")" : null;
		assertThat(childAssistance).hasSize(4).allSatisfy(r -> assertThat(r.note()).isEqualTo(note));
	}

	@Test
	void helpForAPersonLeftWithoutCareComesFirst() {
		Assessment a = assess("health/bedridden-grandfather-without-care.yaml");
		assertThat(a.recommendations().get(0).urgent()).isTrue();
		assertThat(a.recommendations().get(0).because()).containsAnyOf("WEL-1@m1", "WEL-2@m1");
		assertThat(a.recommendations()).filteredOn(Assessment.Recommendation::urgent)
			.extracting(Assessment.Recommendation::programme)
			.contains("ELDERLY-HARDSHIP-ASSISTANCE", "ELDERLY-FOSTER-FAMILY");
	}

	@Test
	void oneHouseGetsOneRepairBudget() {
		Assessment a = assess("housing/one-repair-budget-per-house.yaml");
		assertThat(a.recommendations()).extracting(Assessment.Recommendation::programme)
			.contains("DISABLED-HOME-MODIFICATION").doesNotContain("ELDERLY-HOME-REPAIR", "RURAL-HOUSE-REPAIR");
		assertThat(a.setAside()).extracting(Assessment.SetAside::reason)
			.containsOnly("set aside for Home modification for a disabled person");
	}

	@Test
	void aHouseholdProgrammeFoundThroughSeveralMembersIsOfferedOnce() {
		Case elders = CASES.stream().filter(x -> x.path().equals("elderly/four-age-bands.yaml")).findFirst().orElseThrow();
		var s = elders.survey();
		var dilapidated = new org.siao.survey.Survey(s.assessmentDate(), s.location(), s.income(),
				new org.siao.survey.Housing(true, false), s.water(), s.foodSafety(), s.medicineUse(), s.hygiene(), s.saves(),
				s.informalDebt(), s.hardships(), s.receives(), s.members());
		Assessment a = Assessor.assess(BOOK, dilapidated, Language.EN);
		assertThat(a.recommendations()).filteredOn(r -> r.programme().equals("ELDERLY-HOME-REPAIR"))
			.singleElement().satisfies(r -> {
				assertThat(r.member()).isNull();
				assertThat(r.rules()).hasSize(1);
				assertThat(r.amount()).isEqualTo(expectedAmount(r.programme()));
			});
	}

	@Test
	void whatTheHouseholdAlreadyReceivesIsSetAsideNotOffered() {
		Assessment a = assess("plan/already-received-help.yaml");
		assertThat(a.recommendations()).extracting(Assessment.Recommendation::programme)
			.doesNotContain("OLD-AGE-ALLOWANCE", "RURAL-HOUSE-REPAIR", "ELDERLY-HOME-REPAIR");
		assertThat(a.setAside()).extracting(Assessment.SetAside::reason).containsOnly("already received");
	}

}

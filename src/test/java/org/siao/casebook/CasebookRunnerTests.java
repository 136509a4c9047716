package org.siao.casebook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness must be able to fail: a case whose expectations are wrong says what differs. */
class CasebookRunnerTests {

	private final RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));

	private final Case grandmother = CasebookReader.read(Path.of("casebook")).stream()
		.filter(c -> c.path().equals("elderly/grandmother-raising-grandchildren.yaml")).findFirst().orElseThrow();

	/**
	 * Every expectation is made wrong starting from what the casebook itself expects of this
	 * household (which the repo rules must meet), so staff can change amounts, lines or
	 * programmes without touching this test.
	 */
	@Test
	void wrongExpectationsAreReportedOneByOne() {
		Case.Expect right = grandmother.expect();
		assertThat(right.deficits()).as("the case lists its deficits").hasSizeGreaterThan(1);
		assertThat(right.amounts()).as("the case names an amount").isNotEmpty();
		String kept = right.deficits().get(0);
		String missing = "NO-SUCH-INDICATOR";
		Map.Entry<String, Long> amount = new java.util.TreeMap<>(right.amounts()).firstEntry();
		long wrongAmount = amount.getValue() + 100;
		String offered = right.recommend().get(0);
		String offeredProgramme = offered.contains("@") ? offered.substring(0, offered.indexOf('@')) : offered;
		Case wrong = new Case(grandmother.path(), grandmother.title(), grandmother.survey(),
				new Case.Expect(List.of(kept, missing), List.of("NO-SUCH-PROGRAMME@m2"), List.of(offeredProgramme),
						Map.of(amount.getKey(), wrongAmount), List.of(), List.of(), List.of()));
		CasebookRunner.Result result = new CasebookRunner().run(book, wrong);
		assertThat(result.passed()).isFalse();
		String got = String.join(", ", right.deficits().stream().sorted().toList());
		assertThat(result.failures()).contains("expected deficit " + missing + ", got " + got,
				"recommends " + offeredProgramme + ", which must never appear here",
				"amount of " + amount.getKey() + ": expected " + wrongAmount + ", got " + amount.getValue());
		for (String other : right.deficits().subList(1, right.deficits().size())) {
			assertThat(result.failures()).contains("unexpected deficit " + other);
		}
		assertThat(result.failures()).noneMatch(f -> f.equals("unexpected deficit " + kept));
		assertThat(result.failures()).anyMatch(f -> f.startsWith("expected recommendation NO-SUCH-PROGRAMME@m2"));
		assertThat(result.report()).contains("rows fired: [").containsPattern(java.util.regex.Pattern.quote(offeredProgramme) + "#\\d+");
	}

	@Test
	void anInvalidSurveyInACaseIsAFailureNamingTheField() {
		var survey = grandmother.survey();
		var members = new java.util.ArrayList<>(survey.members());
		members.add(members.get(1));
		var duplicated = new org.siao.survey.Survey(survey.assessmentDate(), survey.location(), survey.income(), survey.housing(),
				survey.water(), survey.foodSafety(), survey.medicineUse(), survey.hygiene(), survey.saves(), survey.informalDebt(),
				survey.hardships(), survey.receives(), members);
		CasebookRunner.Result result = new CasebookRunner().run(book,
				new Case("x.yaml", "duplicate member", duplicated, grandmother.expect()));
		assertThat(result.failures()).anyMatch(f -> f.contains("members[3].id") && f.contains("duplicate"));
	}

}

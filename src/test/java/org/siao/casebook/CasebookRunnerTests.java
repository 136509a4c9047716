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

	@Test
	void wrongExpectationsAreReportedOneByOne() {
		Case wrong = new Case(grandmother.path(), grandmother.title(), grandmother.survey(),
				new Case.Expect(List.of("INC-3", "HLT-2"), List.of("CHILD-SUPPORT-GRANT@m2"), List.of("OLD-AGE-ALLOWANCE"),
						Map.of("OLD-AGE-ALLOWANCE@m1", 600L), List.of(), List.of(), List.of()));
		CasebookRunner.Result result = new CasebookRunner().run(book, wrong);
		assertThat(result.passed()).isFalse();
		assertThat(result.failures()).contains("expected deficit HLT-2, got EDU-2@m3, INC-3, LIV-1",
				"unexpected deficit EDU-2@m3", "unexpected deficit LIV-1",
				"recommends OLD-AGE-ALLOWANCE, which must never appear here",
				"amount of OLD-AGE-ALLOWANCE@m1: expected 600, got 700");
		assertThat(result.failures()).anyMatch(f -> f.startsWith("expected recommendation CHILD-SUPPORT-GRANT@m2"));
		assertThat(result.report()).contains("rows fired: [").contains("OLD-AGE-ALLOWANCE#2");
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

package org.siao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.households.HouseholdCode;
import org.siao.households.Households;
import org.siao.households.SyntheticHouseholds;
import org.siao.rulebook.RuleBooks;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kept households in a real browser: an official keeps a household from the answer page, marks a
 * plan item received, revisits it from the last survey and sees what changed, and never sees
 * another province's household; a district summary shows a chart and the stored numbers, and
 * drills down to a village.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HouseholdsBrowserTests extends OfficialBrowserTest {

	@Autowired
	Households households;

	@Autowired
	Assessor assessor;

	@Autowired
	RuleBooks rules;

	@Autowired
	JsonMapper json;

	private Survey grandmother() throws Exception {
		try (var in = getClass().getResourceAsStream("/grandmother.json")) {
			return json.readValue(in, Survey.class);
		}
	}

	private void assertNoSeriousViolations(String page) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = results.getViolations().stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(v -> v.getId() + ": " + v.getNodes().stream().map(n -> n.getTarget().toString()).limit(3).toList())
			.toList();
		assertThat(serious).as("axe-core on " + page).isEmpty();
	}

	@Test
	void anOfficialKeepsAHouseholdMarksHelpReceivedAndRevisitsIt() throws Exception {
		households.keep(new HouseholdCode("50010101", 9), new SyntheticHouseholds(3, json,
				rules.current().catalogue().programmes().keySet()).next("50010101", LocalDate.of(2025, 1, 10)), "other",
				Scope.EVERYWHERE);
		signIn();
		SurveyFiller filler = new SurveyFiller(driver);
		filler.fill(grandmother(), "41");
		filler.clickAndLoad(By.cssSelector(".submit-bar button"));
		waitUntil(d -> d.getCurrentUrl().contains("/answers/"));

		assertThat(driver.findElement(By.id("keep-number")).getAttribute("value")).isEqualTo("41");
		filler.clickAndLoad(By.cssSelector("#keep button[type=submit]"));
		waitUntil(d -> d.getCurrentUrl().contains("/households/40010105-41"));
		assertThat(driver.findElement(By.cssSelector(".notice")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("li.visit"))).hasSize(1);
		assertNoSeriousViolations("household page");

		WebElement item = driver.findElements(By.cssSelector("li.item")).get(0);
		String programme = item.getAttribute("data-programme");
		String itemId = item.getAttribute("id");
		for (String state : List.of("APPLIED", "RECEIVED")) {
			WebElement current = driver.findElement(By.id(itemId));
			new Select(current.findElement(By.name("state"))).selectByValue(state);
			current.findElement(By.name("note")).sendKeys("step " + state.toLowerCase());
			filler.clickAndLoad(By.cssSelector("#" + itemId + " button[type=submit]"));
			waitUntil(d -> state.equals(d.findElement(By.id(itemId)).getAttribute("data-state")));
		}

		filler.clickAndLoad(By.id("revisit"));
		waitUntil(d -> d.getCurrentUrl().matches(".*/survey/[0-9a-f]+$"));
		// the form starts from the last survey: income and the household number are there already
		assertThat(driver.findElement(By.name("income.other")).getAttribute("value")).isEqualTo("7200");
		assertThat(driver.findElement(By.name("householdNumber")).getAttribute("value")).isEqualTo("41");
		filler.clickAndLoad(By.cssSelector(".submit-bar button"));
		waitUntil(d -> d.getCurrentUrl().contains("/answers/"));
		filler.clickAndLoad(By.cssSelector("#keep button[type=submit]"));
		waitUntil(d -> d.getCurrentUrl().contains("/households/40010105-41"));

		assertThat(driver.findElements(By.cssSelector("li.visit"))).hasSize(2);
		assertThat(driver.findElement(By.cssSelector("li.visit:last-child .received")).getText()).contains(programme);

		driver.get(url("/households"));
		assertThat(driver.findElements(By.cssSelector("tr[data-code]"))).extracting(e -> e.getAttribute("data-code"))
			.contains("40010105-41")
			.doesNotContain("50010101-9");
		assertNoSeriousViolations("households list");
		driver.get(url("/households/50010101-9"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("ไม่พบหน้านี้");
	}

	@Test
	void aDistrictSummaryShowsTheStoredNumbersAndDrillsDownToAVillage() throws Exception {
		SyntheticHouseholds synthetic = new SyntheticHouseholds(11, json, rules.current().catalogue().programmes().keySet());
		int inVillage = 0;
		long failingFirst = 0;
		String firstIndicator = null;
		List<Survey> kept = new java.util.ArrayList<>();
		for (int n = 1; n <= 12; n++) {
			String village = n % 3 == 0 ? "40020101" : "40020102";
			Survey survey = synthetic.next(village, LocalDate.of(2025, 4, 1));
			assertThat(households.keep(new HouseholdCode(village, n), survey, "t", Scope.EVERYWHERE).ok()).isTrue();
			kept.add(survey);
			inVillage += village.equals("40020101") ? 1 : 0;
		}
		signIn();
		driver.get(url("/summaries/4002"));
		new SurveyFiller(driver).waitForPage();
		assertThat(driver.findElement(By.id("households")).getText()).isEqualTo("12");
		waitUntil(d -> !d.findElements(By.cssSelector("#indicator-chart canvas")).isEmpty());

		WebElement row = driver.findElements(By.cssSelector("#indicators tbody tr")).get(0);
		firstIndicator = row.getAttribute("data-indicator");
		for (Survey survey : kept) {
			Assessment a = assessor.assess(survey, Language.TH);
			Set<String> failed = new HashSet<>();
			a.deficits().forEach(d -> failed.add(d.indicator()));
			failingFirst += failed.contains(firstIndicator) ? 1 : 0;
		}
		assertThat(row.findElement(By.cssSelector(".n")).getText()).isEqualTo(String.valueOf(failingFirst));
		assertNoSeriousViolations("district summary");

		new SurveyFiller(driver).clickAndLoad(By.cssSelector("a[data-code='400201']"));
		new SurveyFiller(driver).clickAndLoad(By.cssSelector("a[data-code='40020101']"));
		waitUntil(d -> d.getCurrentUrl().endsWith("/summaries/40020101"));
		assertThat(driver.findElement(By.id("households")).getText()).isEqualTo(String.valueOf(inVillage));
	}

	@Test
	void anImportShowsItsProgressAndListsTheBadLines() throws Exception {
		String survey = json.writeValueAsString(grandmother()).replace("40010105", "40010107");
		java.nio.file.Path file = java.nio.file.Files.createTempFile("village", ".jsonl");
		StringBuilder lines = new StringBuilder();
		for (int n = 1; n <= 120; n++) {
			lines.append(n == 60 ? "not a survey" : "{\"household\":\"40010107-" + n + "\",\"survey\":" + survey + "}")
				.append('\n');
		}
		java.nio.file.Files.writeString(file, lines);
		try {
			signIn();
			driver.get(url("/imports"));
			assertNoSeriousViolations("import form");
			uploadAndWaitForItsBadLine(file);
			assertThat(driver.findElement(By.id("kept")).getText()).isEqualTo("119");
			assertThat(driver.findElements(By.cssSelector("ul.problems li"))).singleElement()
				.satisfies(li -> assertThat(li.getAttribute("data-line")).isEqualTo("60"));
			assertThat(driver.findElement(By.id("import-progress")).getAttribute("value")).isEqualTo("1");
			assertNoSeriousViolations("import run");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

	@Test
	void aCsvImportOfOneRowPerMemberShowsItsProgressAndItsBadRow() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("village", ".csv");
		StringBuilder rows = new StringBuilder(
				"household,assessmentDate,income.mainOccupation,housing.durable,member.id,member.relation,member.ageYears,"
						+ "member.sex,member.thai\n");
		for (int n = 1; n <= 60; n++) {
			rows.append("40010104-").append(n).append(",2024-06-15,36000,true,m1,HEAD,70,FEMALE,true\n");
			// household 30's second member is the bad row: line 61 (the header is line 1)
			rows.append("40010104-").append(n).append(",,,,m2,GRANDCHILD,9,MALE,").append(n == 30 ? "maybe" : "true")
				.append('\n');
		}
		java.nio.file.Files.writeString(file, rows);
		try {
			signIn();
			driver.get(url("/imports"));
			uploadAndWaitForItsBadLine(file);
			assertThat(driver.findElement(By.id("kept")).getText()).isEqualTo("59");
			assertThat(driver.findElements(By.cssSelector("ul.problems li"))).singleElement().satisfies(li -> {
				assertThat(li.getAttribute("data-line")).isEqualTo("61");
				assertThat(li.getText()).contains("member.thai").contains("40010104-30");
			});
			assertThat(driver.findElement(By.id("import-progress")).getAttribute("value")).isEqualTo("1");
			assertNoSeriousViolations("CSV import run");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

	/** Starts an import of the file on the import page, and waits on its progress page until a bad line is listed. */
	private void uploadAndWaitForItsBadLine(java.nio.file.Path file) {
		driver.findElement(By.id("file")).sendKeys(file.toString());
		new SurveyFiller(driver).clickAndLoad(By.id("import-start"));
		waitUntil(d -> d.getCurrentUrl().matches(".*/imports/\\d+$"));
		assertThat(driver.findElements(By.id("import-progress"))).hasSize(1);
		new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(100))
			.until(d -> !d.findElements(By.cssSelector("ul.problems li")).isEmpty());
	}

}

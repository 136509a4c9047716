package org.siao.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' pages in a real browser (headless Chromium): sign in, fill the form for casebook
 * households and get what the API gives, answer an open question in place, switch language
 * mid-form, correct a bad answer, and no serious accessibility violation on any page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficialPagesBrowserTests extends OfficialBrowserTest {

	@Autowired
	Assessor assessor;

	private static Case household(String path) {
		return CasebookReader.read(Path.of("casebook")).stream()
			.filter(c -> c.path().equals(path))
			.findFirst()
			.orElseThrow();
	}

	private void submit() {
		new SurveyFiller(driver).clickAndLoad(By.cssSelector(".submit-bar button"));
	}

	/** What the answer page lists: programme@member = amount, from the recommendations as shown. */
	private List<String> shownRecommendations() {
		List<String> shown = new ArrayList<>();
		for (WebElement item : driver.findElements(By.cssSelector("li.recommendation"))) {
			String member = item.getAttribute("data-member");
			String amount = item.getAttribute("data-amount");
			shown.add(Assessment.id(item.getAttribute("data-programme"), member == null || member.isEmpty() ? null : member)
					+ "=" + (amount == null ? "" : amount) + " " + item.findElement(By.cssSelector(".name")).getText());
		}
		return shown;
	}

	private static List<String> apiRecommendations(Assessment assessment) {
		return assessment.recommendations().stream()
			.map(r -> r.programme() + (r.member() == null ? "" : "@" + r.member()) + "="
					+ (r.amount() == null ? "" : r.amount()) + " " + r.name())
			.toList();
	}

	@Test
	void casebookHouseholdsFilledInTheFormGetWhatTheApiGives() throws Exception {
		signIn();
		for (String path : List.of("elderly/grandmother-raising-grandchildren.yaml",
				"disability/child-with-disability-card.yaml", "housing/dilapidated-house-young-family.yaml")) {
			Case household = household(path);
			driver.get(url("/survey/new"));
			SurveyFiller filler = new SurveyFiller(driver);
			filler.fill(household.survey(), "7");
			System.out.println(path + ": answers whose question the form does not show: " + filler.notShown());
			if (path.startsWith("elderly")) {
				screenshots("form");
				((JavascriptExecutor) driver).executeScript("document.getElementById('member-2').scrollIntoView()");
				Files.write(Path.of("docs/screenshots/form-member-360.png"), driver.getScreenshotAs(OutputType.BYTES));
			}
			submit();
			assertThat(driver.getCurrentUrl()).as(path + " " + errorsOnPage()).contains("/answers/");
			Assessment api = assessor.assess(household.survey(), Language.TH);
			assertThat(shownRecommendations()).as(path).containsExactlyElementsOf(apiRecommendations(api));
			if (api.totals() != null && api.totals().perYear().max() > 0) {
				assertThat(driver.findElement(By.cssSelector("dd[data-total=year]")).getText().replace(",", ""))
					.as(path + " money a year").contains(String.valueOf(api.totals().perYear().min()));
			}
			if (path.startsWith("elderly")) {
				screenshots("answer");
			}
		}
	}

	private String errorsOnPage() {
		return driver.findElements(By.cssSelector(".error-summary li")).stream().map(WebElement::getText)
			.collect(Collectors.joining("; "));
	}

	private void screenshotsOrFail(String name) throws Exception {
		Path folder = Path.of("docs/screenshots");
		Files.createDirectories(folder);
		for (Dimension size : List.of(new Dimension(360, 800), new Dimension(1280, 900))) {
			driver.manage().window().setSize(size);
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			byte[] png = driver.getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(name + "-" + size.getWidth() + ".png"), png);
		}
		driver.manage().window().setSize(new Dimension(360, 800));
	}

	@Test
	void timeFromSubmitToAnswer() {
		signIn();
		Case household = household("elderly/grandmother-raising-grandchildren.yaml");
		driver.get(url("/survey/new"));
		new SurveyFiller(driver).fill(household.survey(), "7");
		List<Long> millis = new ArrayList<>();
		List<Long> navigation = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			String form = driver.getCurrentUrl().replace("/answers/", "/survey/");
			if (i > 0) {
				driver.get(form);
			}
			long start = System.nanoTime();
			submit();
			waitUntil(d -> !d.findElements(By.id("h-plan")).isEmpty());
			millis.add((System.nanoTime() - start) / 1_000_000);
			// the browser's own clock: from the form's POST, through the redirect, to the answer page loaded
			navigation.add(((Number) ((JavascriptExecutor) driver).executeScript(
					"const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd || n.domContentLoadedEventEnd);"))
				.longValue());
		}
		Collections.sort(millis);
		Collections.sort(navigation);
		System.out.println("submit to answer page shown, ms (sorted, 7 runs): " + millis + "; median " + millis.get(3));
		System.out.println("navigation timing, POST to answer loaded, ms (sorted): " + navigation + "; median "
				+ navigation.get(3));
		assertThat(driver.findElements(By.cssSelector("li.recommendation"))).isNotEmpty();
	}

	@Test
	void aQuestionLeftUnansweredIsAnsweredOnTheAnswerPageAndTheResultChanges() {
		signIn();
		Case household = household("elderly/grandmother-raising-grandchildren.yaml");
		SurveyFiller filler = new SurveyFiller(driver);
		filler.fill(household.survey(), "7");
		filler.tick("members[0].statePension", "");
		submit();
		assertThat(shownRecommendations()).noneMatch(r -> r.startsWith("OLD-AGE-ALLOWANCE@m1"));
		WebElement question = driver.findElement(By.cssSelector("form.question[data-field='members[0].statePension']"));
		question.findElement(By.cssSelector("input[value='false']")).click();
		WebElement before = driver.findElement(By.id("answer"));
		// a mark on the window: still there afterwards means only the answer was swapped, not the page reloaded
		((JavascriptExecutor) driver).executeScript("window.sameAnswerPage = true");
		question.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(SurveyFiller.gone(before));
		filler.settle();
		assertThat(driver.getCurrentUrl()).contains("/answers/");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.sameAnswerPage")).isEqualTo(true);
		// the amount the casebook expects for her once the pension question is answered "no"
		Long allowance = household.expect().amounts().get("OLD-AGE-ALLOWANCE@m1");
		assertThat(allowance).as("the casebook case names the allowance's amount").isNotNull();
		assertThat(shownRecommendations()).anyMatch(r -> r.startsWith("OLD-AGE-ALLOWANCE@m1=" + allowance));
		assertThat(driver.findElements(By.cssSelector("form.question[data-field='members[0].statePension']"))).isEmpty();
	}

	@Test
	void thePlanPrintsWithoutNavigationAndDownloadsAsAPdfWithItsThaiText() throws Exception {
		signIn();
		Case household = household("elderly/grandmother-raising-grandchildren.yaml");
		new SurveyFiller(driver).fill(household.survey(), "7");
		submit();
		driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		assertThat(driver.findElement(By.cssSelector("header.top")).isDisplayed()).as("navigation in print").isFalse();
		assertThat(driver.findElement(By.cssSelector("section.questions")).isDisplayed()).as("questions in print").isFalse();
		assertThat(driver.findElement(By.cssSelector("li.recommendation")).isDisplayed()).as("the plan in print").isTrue();
		assertThat(driver.findElement(By.cssSelector("section.checklist")).isDisplayed()).as("the checklist in print").isTrue();
		driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
		String link = driver.findElement(By.cssSelector("a[href$='plan.pdf']")).getAttribute("href");
		String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(link)).header("Cookie", "JSESSIONID=" + session).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text;
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			text = new PDFTextStripper().getText(pdf);
		}
		Assessment api = assessor.assess(household.survey(), Language.TH);
		assertThat(text).contains(api.recommendations().get(0).name()).contains("40010105-7");
	}

	@Test
	void membersComeAndGoAndQuestionsThatCannotApplyDisappearAsTheOfficialTypes() {
		signIn();
		SurveyFiller filler = new SurveyFiller(driver);
		By addMember = By.xpath("//button[contains(@formaction, '/members') and not(contains(@formaction, 'remove'))]");
		filler.clickAndLoad(addMember);
		filler.clickAndLoad(addMember);
		filler.type("members[0].ageYears", "68");
		assertThat(driver.findElements(SurveyFiller.named("members[0].grade"))).isEmpty();
		assertThat(driver.findElements(SurveyFiller.named("members[0].occupation"))).hasSize(1);
		filler.type("members[1].ageYears", "10");
		assertThat(driver.findElements(SurveyFiller.named("members[1].occupation"))).isEmpty();
		assertThat(driver.findElements(SurveyFiller.named("members[1].grade"))).hasSize(1);
		filler.choose("members[1].sex", "MALE");
		assertThat(driver.findElements(SurveyFiller.named("members[1].pregnant"))).isEmpty();
		filler.type("assessmentDate.day", "1");
		filler.choose("assessmentDate.month", "6");
		filler.type("assessmentDate.year", "2567");
		filler.set("members[2].birthDate", java.time.LocalDate.of(1984, 1, 1));
		assertThat(driver.findElement(By.cssSelector("#member-2 h3")).getText()).contains("อายุ 40 ปี");
		filler.type("assessmentDate.year", "2577");
		assertThat(driver.findElement(By.cssSelector("#member-2 h3")).getText()).as("age on the new survey date")
			.contains("อายุ 50 ปี");
		filler.choose("members[2].relation", "SPOUSE");
		filler.clickAndLoad(By.cssSelector("button[formaction$='/members/1/remove']"));
		assertThat(driver.findElements(By.cssSelector("section.member"))).hasSize(2);
		assertThat(driver.findElement(SurveyFiller.named("members[1].id")).getAttribute("value")).isEqualTo("m3");
		assertThat(driver.findElement(SurveyFiller.named("members[1].birthDate.year")).getAttribute("value")).isEqualTo("2527");
		assertThat(driver.findElement(SurveyFiller.named("members[0].ageYears")).getAttribute("value")).isEqualTo("68");
	}

	@Test
	void signingOutEndsTheSession() {
		signIn();
		new SurveyFiller(driver).clickAndLoad(By.cssSelector("header form button"));
		assertThat(driver.getCurrentUrl()).endsWith("/login?logout");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("ออกจากระบบแล้ว");
		driver.get(url("/survey/new"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
	}

	private void assertNoSeriousViolations(String page) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = results.getViolations().stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream().map(n -> n.getTarget().toString()).limit(3).toList())
			.toList();
		assertThat(serious).as("axe-core on " + page).isEmpty();
	}

	@Test
	void noSeriousAccessibilityViolationOnAnyPage() {
		driver.get(url("/login"));
		assertNoSeriousViolations("sign-in");
		driver.get(url("/login?error"));
		assertNoSeriousViolations("sign-in error");
		signIn();
		assertNoSeriousViolations("empty survey form");
		Case household = household("elderly/grandmother-raising-grandchildren.yaml");
		new SurveyFiller(driver).fill(household.survey(), "7");
		assertNoSeriousViolations("filled survey form");
		new SurveyFiller(driver).type("income.other", "มาก");
		submit();
		assertNoSeriousViolations("survey form with errors");
		new SurveyFiller(driver).type("income.other", "7200");
		submit();
		assertNoSeriousViolations("answer");
		driver.get(url("/survey/no-such-survey"));
		assertNoSeriousViolations("not found");
	}

	@Test
	void aBadAnswerIsShownAtItsFieldWithEverythingElseKept() {
		signIn();
		Case household = household("elderly/grandmother-raising-grandchildren.yaml");
		SurveyFiller filler = new SurveyFiller(driver);
		filler.fill(household.survey(), "7");
		filler.type("income.other", "เจ็ดพัน");
		submit();
		WebElement field = driver.findElement(SurveyFiller.named("income.other"));
		WebElement message = driver.findElement(By.id(field.getAttribute("aria-describedby")));
		assertThat(message.getText()).isEqualTo("ต้องเป็นตัวเลข");
		assertThat(field.getAttribute("value")).isEqualTo("เจ็ดพัน");
		assertThat(driver.findElement(SurveyFiller.named("income.mainOccupation")).getAttribute("value")).isEqualTo("48000");
		assertThat(driver.findElement(SurveyFiller.named("members[2].grade")).getAttribute("value")).isEqualTo("P6");
		assertThat(driver.findElement(By.cssSelector("input[name='housing.durable'][value='false']")).isSelected()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#" + field.getAttribute("id"));
	}

	@Test
	void switchingLanguageMidFormKeepsEverythingTyped() {
		signIn();
		Case household = household("elderly/grandmother-raising-grandchildren.yaml");
		SurveyFiller filler = new SurveyFiller(driver);
		filler.fill(household.survey(), "7");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
		filler.clickAndLoad(By.cssSelector("button.lang-switch"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Household survey");
		assertThat(driver.findElement(SurveyFiller.named("income.other")).getAttribute("value")).isEqualTo("7200");
		assertThat(driver.findElement(SurveyFiller.named("members[0].birthDate.year")).getAttribute("value")).isEqualTo("2495");
		assertThat(driver.findElement(SurveyFiller.named("members[2].grade")).getAttribute("value")).isEqualTo("P6");
		assertThat(driver.findElement(SurveyFiller.named("householdNumber")).getAttribute("value")).isEqualTo("7");
		screenshots("form-en");
		submit();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What this household can get");
		Assessment api = assessor.assess(household.survey(), Language.EN);
		assertThat(shownRecommendations()).containsExactlyElementsOf(apiRecommendations(api));
	}

	private void screenshots(String name) {
		try {
			screenshotsOrFail(name);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}

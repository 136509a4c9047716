package org.siao.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The income-line change as policy staff make it, in a real browser: the figure is read from the
 * grid (never assumed), "40,000"-style input is refused at the cell, the change is made from a
 * date in one edit, its effect is shown in baht for the casebook and an uploaded household, it is
 * published and approved by a second person (four-eyes on), an official's answer changes and cites
 * the new figure, the history shows the row diff, and rolling back restores the earlier answer
 * exactly. Officials get the 403 page. Screenshots go to docs/screenshots/ for the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyPagesBrowserTests extends BrowserTest {

	static final Path RULES = org.siao.TestRules.copy();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
		registry.add("siao.rules.four-eyes", () -> "true");
		// the whole user list is given here: Spring binds a list from one source only
		String[][] users = { { "official", "siao-official", "OFFICIAL" }, { "policy", "siao-policy", "POLICY" },
				{ "reviewer", "siao-reviewer", "POLICY" } };
		for (int i = 0; i < users.length; i++) {
			String[] u = users[i];
			registry.add("siao.security.users[" + i + "].name", () -> u[0]);
			registry.add("siao.security.users[" + i + "].password", () -> "{noop}" + u[1]);
			registry.add("siao.security.users[" + i + "].roles", () -> u[2]);
		}
	}

	private static final Pattern FIGURE = Pattern.compile("(\\d+)");

	@Autowired
	JsonMapper json;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void theIncomeLineIsChangedInTheGridPublishedWithApprovalAndRolledBack() throws Exception {
		driver.manage().window().setSize(new Dimension(1280, 900));

		// an official cannot open the policy pages
		signIn("official", "siao-official");
		driver.get(url("/policy"));
		// the error page's language is the error path's business; either language's 403 words will do
		assertThat(driver.findElement(By.tagName("h1")).getText()).isIn(
				messages.getMessage("error.403.title", null, java.util.Locale.forLanguageTag("th")),
				messages.getMessage("error.403.title", null, java.util.Locale.ENGLISH));
		assertThat(driver.findElements(By.cssSelector(".rules-grid, #new-draft"))).isEmpty();
		signOut();

		signIn("policy", "siao-policy");
		driver.get(url("/policy"));
		assertNoSeriousViolations("policy home");
		click(By.id("new-draft"));
		wait(d -> d.getCurrentUrl().contains("draft="));
		String draftId = driver.getCurrentUrl().replaceAll(".*draft=([^&#]+).*", "$1");
		click(By.cssSelector("a[data-table='INC-3']"));
		wait(d -> !d.findElements(By.cssSelector("table.rules-grid[data-table='INC-3']")).isEmpty());

		// the figure in force today, read from the grid: the last row's income cell
		List<WebElement> rows = driver.findElements(By.cssSelector("table.rules-grid tbody tr"));
		WebElement lastRow = rows.get(rows.size() - 1);
		WebElement incomeCell = lastRow.findElement(By.cssSelector("input.cell[data-column='1']"));
		String original = incomeCell.getAttribute("value");
		Matcher m = FIGURE.matcher(original);
		assertThat(m.find()).as("a figure in " + original).isTrue();
		long oldLine = Long.parseLong(m.group(1));
		long newLine = oldLine + 2000;
		String grouped = String.format("%,d", newLine);

		// a household just above today's line: it passes INC-3 now and will not under the new line
		ObjectNode household = householdAt(oldLine + 1000);
		JsonNode before = answer(household);
		assertThat(deficits(before)).doesNotContain("INC-3");

		// the grouped figure is refused at the cell, as typed, and nothing is saved
		// typed over (select all, type), as a person does; leaving the field would save it
		incomeCell.sendKeys(Keys.chord(Keys.CONTROL, "a"), original.replace(m.group(1), grouped));
		wait(d -> cellMessage(lastRow).contains(String.valueOf(newLine)));
		screenshots("policy-grid-refused");
		incomeCell.sendKeys(Keys.chord(Keys.CONTROL, "a"), original);
		wait(d -> cellMessage(lastRow).isBlank());

		// the change from a date, one edit: today's month onwards
		WebElement value = driver.findElement(By.id("dated-value"));
		value.sendKeys(grouped);
		wait(d -> d.findElement(By.cssSelector("#dated .cell-msg")).getText().contains(String.valueOf(newLine)));
		value.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(newLine));
		wait(d -> d.findElement(By.cssSelector("#dated .cell-msg")).getText().isBlank());
		LocalDate from = LocalDate.now().withDayOfMonth(1);
		((JavascriptExecutor) driver).executeScript("document.getElementById('dated-from').value = arguments[0]", from.toString());
		String citation = lastRow.findElement(By.cssSelector("td.note input.cell")).getAttribute("value")
			.replace(String.format("%,d", oldLine), grouped);
		driver.findElement(By.id("dated-source")).sendKeys(citation);
		click(By.id("dated-apply"));
		String newRowDate = ">= date(\"" + from + "\")";
		wait(d -> d.findElements(By.cssSelector("input.cell[data-column='0']")).stream()
			.anyMatch(cell -> newRowDate.equals(cell.getAttribute("value"))));
		assertNoSeriousViolations("policy table");
		screenshots("policy-grid");

		// the effect: casebook and an uploaded household, in baht
		driver.get(url("/policy/drafts/" + draftId + "/effect"));
		Path upload = Files.createTempFile("households", ".jsonl");
		Files.writeString(upload, json.writeValueAsString(household) + "\n", StandardCharsets.UTF_8);
		driver.findElement(By.id("households-file")).sendKeys(upload.toString());
		click(By.id("households-upload"));
		wait(d -> !d.findElements(By.id("report-uploaded")).isEmpty());
		WebElement uploaded = driver.findElement(By.id("report-uploaded"));
		assertThat(uploaded.getText()).contains("INC-3");
		assertThat(driver.findElement(By.cssSelector("[data-money='uploaded-year']")).getText()).contains("บาท");
		assertThat(driver.findElement(By.cssSelector("[data-money='cases-year']")).getText()).contains("บาท");
		Files.delete(upload);
		assertNoSeriousViolations("policy effect");
		screenshots("policy-effect");

		// the draft row by row, then publish: four-eyes is on, so it waits for a second person
		driver.get(url("/policy/drafts/" + draftId));
		assertThat(driver.findElement(By.id("draft-diff")).getText()).contains(String.valueOf(newLine));
		assertNoSeriousViolations("policy draft");
		screenshots("policy-draft");
		driver.findElement(By.id("note")).sendKeys("Income line " + newLine + " from " + from);
		click(By.id("publish"));
		wait(d -> d.getCurrentUrl().contains("/policy/history") || !d.findElements(By.id("failing")).isEmpty());
		if (!driver.findElements(By.id("failing")).isEmpty()) {
			// casebook cases that now answer differently: accepted knowingly, as the page offers
			driver.findElement(By.id("note")).sendKeys("Income line " + newLine + " from " + from);
			click(By.cssSelector("input[name=acceptFailing]"));
			click(By.id("publish"));
			wait(d -> d.getCurrentUrl().contains("/policy/history"));
		}
		assertThat(answer(household)).as("nothing changes before approval").isEqualTo(before);

		// the drafter cannot approve; a second policy user does
		driver.get(url("/policy/drafts/" + draftId));
		click(By.id("approve"));
		wait(d -> !d.findElements(By.cssSelector(".error[role=alert]")).isEmpty());
		signOut();
		signIn("reviewer", "siao-reviewer");
		driver.get(url("/policy/drafts/" + draftId));
		click(By.id("approve"));
		wait(d -> d.getCurrentUrl().contains("/policy/history"));

		// the official's answer changes and cites the new figure
		JsonNode after = answer(household);
		assertThat(deficits(after)).contains("INC-3");
		assertThat(after.toString()).contains(String.valueOf(newLine));

		// the history shows the row diff; rolling back restores the earlier answer exactly
		WebElement newest = driver.findElement(By.cssSelector("li.release"));
		assertThat(newest.getText()).contains(String.valueOf(newLine));
		assertNoSeriousViolations("policy history");
		screenshots("policy-history");
		WebElement previous = driver.findElements(By.cssSelector("li.release")).stream()
			.filter(r -> !r.findElements(By.cssSelector("form.rollback")).isEmpty())
			.findFirst()
			.orElseThrow();
		click(previous, By.cssSelector("form.rollback button"));
		wait(d -> d.getCurrentUrl().contains("/policy/history"));
		assertThat(answer(household)).isEqualTo(before);
	}

	private ObjectNode householdAt(long incomePerPerson) {
		Case base = CasebookReader.read(Path.of("casebook")).stream()
			.filter(c -> c.expect().deficits().contains("INC-3"))
			.findFirst()
			.orElseThrow();
		ObjectNode survey = (ObjectNode) json.valueToTree(base.survey());
		survey.put("assessmentDate", LocalDate.now().toString());
		int members = survey.get("members").size();
		ObjectNode income = survey.putObject("income");
		income.put("mainOccupation", incomePerPerson * members);
		income.put("secondaryOccupation", 0);
		income.put("other", 0);
		income.put("ownProduce", 0);
		return survey;
	}

	/** The answer an official gets from the API, for the same household. */
	private JsonNode answer(ObjectNode survey) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/assessments")))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("official:siao-official".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(survey)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static List<String> deficits(JsonNode answer) {
		return answer.get("deficits").valueStream().map(d -> d.get("indicator").asString()).toList();
	}

	private static String cellMessage(WebElement row) {
		return row.findElement(By.cssSelector("td:nth-child(3) .cell-msg")).getText();
	}

	private void signIn(String name, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(name);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(d -> !d.getCurrentUrl().contains("/login"));
	}

	private void signOut() {
		driver.manage().deleteAllCookies();
	}

	private void click(By by) {
		WebElement element = driver.findElement(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private void click(WebElement within, By by) {
		WebElement element = within.findElement(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}


	private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		// htmx swaps the message while the test reads it: a stale read is read again
		new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition::apply);
	}

	private void assertNoSeriousViolations(String page) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = results.getViolations().stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().limit(2).map(n -> n.getTarget().toString()).toList())
			.toList();
		assertThat(serious).as("axe-core on " + page).isEmpty();
	}

	private void screenshots(String name) throws Exception {
		Path folder = Path.of("docs/screenshots");
		Files.createDirectories(folder);
		for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(820, 1180))) {
			driver.manage().window().setSize(size);
			byte[] png = driver.getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(name + "-" + size.getWidth() + ".png"), png);
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

}

package org.siao.browser;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.siao.survey.BuddhistEra;
import org.siao.survey.Member;
import org.siao.survey.Survey;

/**
 * Fills the survey form as an official would: picks, ticks and types each answer of a casebook
 * survey into the field named by its survey path. Answers whose question the page does not show
 * are reported, so a test can tell what the page left out.
 */
final class SurveyFiller {

	/** Member answers that redraw the member block (age, sex, earlier answers): typed first. */
	private static final List<String> FIRST = List.of("birthDate", "ageYears", "sex", "disabled", "chronicIllness",
			"dependency", "occupation", "grade");

	private final WebDriver driver;

	private final List<String> notShown = new ArrayList<>();

	SurveyFiller(WebDriver driver) {
		this.driver = driver;
	}

	List<String> notShown() {
		return notShown;
	}

	/** Fills the whole form (adding members first) and leaves it ready to submit. */
	void fill(Survey survey, String householdNumber) {
		for (int i = 1; i < survey.members().size(); i++) {
			clickAndLoad(By.xpath("//button[contains(@formaction, '/members') and not(contains(@formaction, 'remove'))]"));
		}
		Map<String, Object> answers = flatten(survey);
		answers.put("householdNumber", householdNumber);
		String village = survey.location().village();
		answers.remove("location.village");
		answers.put("location.villageNumber", village.substring(6));
		set("assessmentDate", answers.remove("assessmentDate"));
		for (String key : List.of("location.province", "location.district", "location.subdistrict")) {
			set(key, answers.remove(key));
		}
		for (int m = 0; m < survey.members().size(); m++) {
			for (String field : FIRST) {
				String key = "members[" + m + "]." + field;
				if (answers.containsKey(key)) {
					set(key, answers.remove(key));
				}
			}
		}
		answers.forEach(this::set);
	}

	/** Sets one answer by survey path: dates as day, month, BE year; lists as ticks. */
	void set(String path, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof LocalDate date) {
			type(path + ".day", String.valueOf(date.getDayOfMonth()));
			choose(path + ".month", String.valueOf(date.getMonthValue()));
			type(path + ".year", String.valueOf(BuddhistEra.toBuddhist(date.getYear())));
			return;
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty() && path.equals("hardships")) {
				tick(path, "NONE");
			}
			list.forEach(v -> tick(path, String.valueOf(v)));
			return;
		}
		List<WebElement> fields = driver.findElements(named(path));
		if (fields.isEmpty()) {
			notShown.add(path);
			return;
		}
		WebElement field = fields.get(0);
		String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
		if (value instanceof Double d && d == Math.rint(d)) {
			text = String.valueOf(d.longValue());
		}
		if ("radio".equals(field.getAttribute("type"))) {
			tick(path, text);
		}
		else if (field.getTagName().equals("select")) {
			choose(path, text);
		}
		else {
			type(path, text);
		}
	}

	void type(String path, String text) {
		List<WebElement> fields = driver.findElements(named(path));
		if (fields.isEmpty()) {
			notShown.add(path);
			return;
		}
		WebElement field = fields.get(0);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
		field.clear();
		// Tab leaves the field, so its change event (and any redraw of the member block) happens now
		field.sendKeys(text, Keys.TAB);
		settle();
	}

	void choose(String path, String value) {
		List<WebElement> fields = driver.findElements(named(path));
		if (fields.isEmpty()) {
			notShown.add(path);
			return;
		}
		new Select(fields.get(0)).selectByValue(value);
		settle();
	}

	void tick(String path, String value) {
		List<WebElement> boxes = driver.findElements(By.cssSelector("input[name='" + path + "'][value='" + value + "']"));
		if (boxes.isEmpty()) {
			notShown.add(path + "=" + value);
			return;
		}
		WebElement box = boxes.get(0);
		if (!box.isSelected()) {
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
			box.click();
		}
		settle();
	}

	void click(By by) {
		WebElement element = driver.findElement(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** Clicks a button that loads a new page, and waits until the new page is there. */
	void clickAndLoad(By by) {
		WebElement element = driver.findElement(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(gone(element));
		waitForPage();
	}

	/**
	 * True once an element has left the document. Chromium does not always say so with a stale-element
	 * error: while the next page replaces the old one it can answer with an inspector error about a node
	 * that no longer belongs to the document, which Selenium's own staleness check lets through.
	 */
	static ExpectedCondition<Boolean> gone(WebElement element) {
		return d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException leftTheDocument) {
				return true;
			}
		};
	}

	void waitForPage() {
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Waits until htmx has no request in flight (a member block or a picker being redrawn). */
	void settle() {
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"return document.readyState === 'complete' && document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0"));
	}

	static By named(String path) {
		return By.cssSelector("[name='" + path + "']");
	}

	/** Every answer of a survey by its path, in the records' order; blanks (null) are left out. */
	static Map<String, Object> flatten(Survey survey) {
		Map<String, Object> answers = new LinkedHashMap<>();
		flatten(survey, "", answers);
		return answers;
	}

	private static void flatten(Object record, String prefix, Map<String, Object> answers) {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			Object value;
			try {
				value = component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
			String path = prefix + component.getName();
			if (value == null) {
				continue;
			}
			if (path.equals("members")) {
				List<?> members = (List<?>) value;
				for (int i = 0; i < members.size(); i++) {
					flatten((Member) members.get(i), "members[" + i + "].", answers);
				}
			}
			else if (value instanceof List<?> list && list.isEmpty() && !path.equals("hardships")) {
				continue;
			}
			else if (value.getClass().isRecord()) {
				flatten(value, path + ".", answers);
			}
			else {
				answers.put(path, value);
			}
		}
		answers.remove("members[0].id");
		answers.keySet().removeIf(k -> k.matches("members\\[\\d+]\\.id"));
	}

}

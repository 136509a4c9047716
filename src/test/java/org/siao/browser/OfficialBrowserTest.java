package org.siao.browser;

import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test of the officials' pages starts from: one headless Chromium for the class,
 * a phone-sized window and no cookies before each test, and signing in as the configured official.
 */
abstract class OfficialBrowserTest {

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void phoneSizedAndSignedOut() {
		driver.manage().window().setSize(new Dimension(360, 800));
		driver.manage().deleteAllCookies();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in as the official and waits for the new survey the sign-in lands on. */
	void signIn() {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys("official");
		driver.findElement(By.id("password")).sendKeys("siao-official");
		new SurveyFiller(driver).clickAndLoad(By.cssSelector("form button[type=submit]"));
		waitUntil(d -> d.getCurrentUrl().matches(".*/survey/[0-9a-f]+$"));
		new SurveyFiller(driver).waitForPage();
	}

	void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(condition::apply);
	}

}

package org.siao.browser;

import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test starts from: one headless Chromium for the class, quit after it, and the
 * address of the server the test class started.
 */
abstract class BrowserTest {

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

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(condition::apply);
	}

}

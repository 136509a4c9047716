package org.siao.browser;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * What every browser test of the officials' pages starts from: a phone-sized window and no cookies
 * before each test, and signing in as the configured official.
 */
abstract class OfficialBrowserTest extends BrowserTest {

	@BeforeEach
	void phoneSizedAndSignedOut() {
		driver.manage().window().setSize(new Dimension(360, 800));
		driver.manage().deleteAllCookies();
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

}

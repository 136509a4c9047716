package org.siao.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver; Selenium Manager never downloads a
 * browser. Without Chromium the tests are skipped on a laptop and fail in CI (CI=true).
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	static ChromeDriver start() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs Chromium and chromedriver at " + CHROMIUM + " and " + DRIVER);
		}
		Assumptions.assumeTrue(present, "Chromium or chromedriver not installed: browser tests skipped");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=th", "--user-data-dir=" + profile());
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		driver.manage().window().setSize(new Dimension(360, 800));
		return driver;
	}

	private static Path profile() {
		try {
			return Files.createTempDirectory("siao-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

package dev.adaptations.explorer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver (packages {@code chromium} and {@code chromium-driver}), driven
 * headless. Both paths are given to Selenium, so Selenium Manager is never consulted and nothing is downloaded.
 * Other locations can be set with the system properties {@code explorer.chromium} and
 * {@code explorer.chromedriver}.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path BROWSER = Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Why the browser cannot run here, if it cannot. */
	static Optional<String> missing() {
		return Stream.of(BROWSER, DRIVER)
			.filter(executable -> !Files.isExecutable(executable))
			.map(executable -> "Chromium not installed: no executable " + executable
					+ " (apt-get install chromium chromium-driver, or set -Dexplorer.chromium and -Dexplorer.chromedriver)")
			.findFirst();
	}

	static HeadlessChromium start() throws IOException {
		Path profile = Files.createTempDirectory("explorer-chromium-");
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--user-data-dir=" + profile, "--window-size=1440,1000",
				"--force-device-scale-factor=1", "--lang=en-US");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		driver.manage().window().setSize(new Dimension(1440, 1000));
		return new HeadlessChromium(driver, profile);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

}

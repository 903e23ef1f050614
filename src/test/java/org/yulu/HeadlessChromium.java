package org.yulu;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Debian {@code chromium} and {@code chromium-driver} packages driven headless, with nothing downloaded.
 * Without them the browser tests are skipped, unless {@code YULU_REQUIRE_BROWSER=true} (as in CI) makes that a
 * failure.
 */
public final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    public static ChromeDriver start() throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String missing = "Browser tests need " + BROWSER + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver fonts-noto-cjk)";
            if ("true".equalsIgnoreCase(System.getenv("YULU_REQUIRE_BROWSER"))) {
                fail(missing + ", and YULU_REQUIRE_BROWSER=true requires them.");
            }
            assumeTrue(false, missing + "; skipping them.");
        }
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("yulu-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN"));
        return new ChromeDriver(driver, options);
    }

    /** A phone-sized viewport (375 CSS pixels wide), as narrow as pages must still read without sideways scroll. */
    public static void phoneSized(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    /** A viewport of this many CSS pixels, as a phone (narrow) or a desktop window shows the page. */
    public static void sized(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public static void desktopSized(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    public static void screenshot(TakesScreenshot browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

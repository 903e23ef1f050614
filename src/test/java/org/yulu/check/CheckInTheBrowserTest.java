package org.yulu.check;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.HeadlessChromium;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The check page as a reader uses it: paste, submit, read the verdict, copy the original words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckInTheBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yulu.seeds-dir", () -> "seeds");
        registry.add("yulu.data-dir", Files.createTempDirectory("yulu-check-browser")::toString);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void check(String text) {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.linkText("查证")).click();
        WebElement box = browser.findElement(By.id("text"));
        box.sendKeys(text);
        browser.findElement(By.cssSelector(".check-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".check-result")));
    }

    @Test
    void aMisattributedAlteredQuoteIsShownWithItsChangesAndTheRealSpeaker() {
        HeadlessChromium.sized(browser, 1280, 1100);
        check("北风说：“创新需要最少的干预和管理，让每个人有自由发挥的空间”");

        assertThat(browser.getCurrentUrl()).contains("/check?text=");
        assertThat(browser.findElement(By.cssSelector(".check-result > .verdict")).getText()).startsWith("有改动");
        assertThat(browser.findElement(By.cssSelector(".attribution")).getText()).isEqualTo("这段话出自梁文锋，而非北风。");
        assertThat(browser.findElement(By.cssSelector(".diff del")).getText()).contains("尽可能");
        assertThat(browser.findElement(By.cssSelector(".diff ins")).getText()).contains("最");
        assertThat(browser.findElement(By.cssSelector(".diff del")).getCssValue("text-decoration-line"))
                .isEqualTo("line-through");
        assertThat(browser.findElement(By.cssSelector(".diff ins")).getCssValue("text-decoration-style"))
                .isEqualTo("double");
        WebElement copy = browser.findElement(By.cssSelector(".matches button.copy"));
        assertThat(copy.isDisplayed()).isTrue();
        copy.click();
        assertThat(browser.findElement(By.cssSelector(".matches .copy-status")).getText()).isNotEmpty();
        HeadlessChromium.screenshot(browser, "check-altered-1280");

        HeadlessChromium.sized(browser, 390, 1400);
        browser.navigate().refresh();
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).isEqualTo(false);
        HeadlessChromium.screenshot(browser, "check-altered-390");
    }

    @Test
    void anInventedSentenceIsNotFoundAndTheClosestThingsAreNoMatch() {
        HeadlessChromium.sized(browser, 390, 1100);
        check("梁文锋说：我们会优先考虑商业化，先让公司活下来再谈创新");

        assertThat(browser.findElement(By.cssSelector(".check-result > .verdict")).getText()).startsWith("没有找到");
        assertThat(browser.findElements(By.cssSelector(".matches"))).isEmpty();
        HeadlessChromium.screenshot(browser, "check-not-found-390");
    }
}

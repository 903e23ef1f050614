package org.yulu;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The site as a reader sees it: a real server on the seed texts, a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteInTheBrowserTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String BLOG = "003_becfb7cbb320fc93";

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("yulu-browser-test");
        registry.add("yulu.data-dir", dataDir::toString);
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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        HeadlessChromium.desktopSized(browser);
        browser.get(url(path));
    }

    String meta(String attribute, String name) {
        return browser.findElement(By.cssSelector("meta[" + attribute + "='" + name + "']")).getAttribute("content");
    }

    @Test
    void theHomePageLinksARandomQuoteToItsPermalink() {
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        String quote = browser.findElement(By.cssSelector(".random blockquote")).getText();
        HeadlessChromium.screenshot(browser, "home");

        browser.findElement(By.cssSelector(".random figcaption a[href^='/quotes/']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/quotes/"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/quotes/"));
        assertThat(browser.findElement(By.cssSelector(".permalink blockquote")).getText()).isEqualTo(quote);
    }

    @Test
    void aPermalinkLeadsToTheNextQuoteAndToItsPlaceInTheSource() {
        open("/quotes/" + THOUGHTS + "-1");
        assertThat(browser.findElement(By.cssSelector(".permalink blockquote")).getText())
                .isEqualTo("我们做大模型,跟量化和金融都没有直接关系。我们要做的是通用人工智能,也就是AGI。");
        assertThat(browser.findElement(By.cssSelector(".share .url a")).getText())
                .isEqualTo(url("/quotes/" + THOUGHTS + "-1"));
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.findElement(By.cssSelector("button.copy")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBe(By.cssSelector(".copy-status"), "链接已复制"));
        assertThat(browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0]);"))
                .isEqualTo(url("/quotes/" + THOUGHTS + "-1"));
        HeadlessChromium.screenshot(browser, "quote-permalink");

        browser.findElement(By.cssSelector(".neighbours a[rel='next']")).click();
        awaitUrl(url("/quotes/" + THOUGHTS + "-2"));
        assertThat(browser.getTitle()).startsWith("梁文锋:语言大模型是通往AGI的必经之路").endsWith(" · 语录 Yulu");

        browser.findElement(By.cssSelector(".facts a[href*='#']")).click();
        awaitUrl(url("/sources/" + THOUGHTS + "#" + THOUGHTS + "-2"));
        assertThat(browser.findElement(By.cssSelector(".reading h1")).getText())
                .isEqualTo("DeepSeek创始人梁文锋的30条思考");
        assertThat(browser.findElements(By.cssSelector(".reading .para"))).hasSize(30);
    }

    @Test
    void aQuoteRepeatedInAnInterviewShowsItAsAlsoFoundInWithTheSharedWordsMarked() {
        open("/quotes/" + THOUGHTS + "-30");
        assertThat(browser.findElement(By.cssSelector(".also-in h2")).getText()).isEqualTo("也见于");
        assertThat(browser.findElements(By.cssSelector("figure blockquote mark"))).isNotEmpty();
        HeadlessChromium.screenshot(browser, "also-found-in");

        browser.findElement(By.cssSelector(".also-in .meta a")).click();

        awaitUrl(url("/exchanges/" + BLOG + "-3"));
        assertThat(browser.findElement(By.cssSelector(".also-in .meta a")).getAttribute("href"))
                .isEqualTo(url("/quotes/" + THOUGHTS + "-30"));
    }

    @Test
    void theReadingViewShowsARepeatedAnswerAsALinkToItsExchange() {
        open("/sources/" + BLOG + "#" + BLOG + "-19");
        WebElement repeat = browser.findElement(By.id(BLOG + "-19"));
        assertThat(repeat.getAttribute("class")).contains("repeat");
        HeadlessChromium.screenshot(browser, "source-reading");

        repeat.findElement(By.cssSelector(".repeat-note a")).click();

        awaitUrl(url("/exchanges/" + BLOG + "-7"));
    }

    @Test
    void aSpeakerFilterNarrowsTheQuotesToThatSpeaker() {
        open("/quotes");
        assertThat(browser.findElement(By.cssSelector(".range")).getText()).isEqualTo("第 1–20 条，共 46 条");

        browser.findElement(By.xpath("//section[@class='facet'][1]//a[span[text()='北风']]")).click();

        assertThat(browser.findElement(By.cssSelector(".range")).getText()).isEqualTo("第 1–16 条，共 16 条");
        List<String> speakers = browser.findElements(By.cssSelector(".items .meta a[href^='/speakers/']")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(speakers).containsExactly("北风");
        HeadlessChromium.screenshot(browser, "quotes-filtered");
    }

    @Test
    void anExchangePermalinkCarriesTheAnswerInItsOpenGraphTags() {
        open("/exchanges/" + BLOG + "-5");
        assertThat(meta("property", "og:url")).isEqualTo(url("/exchanges/" + BLOG + "-5"));
        assertThat(meta("property", "og:description")).startsWith("在颠覆性的技术面前,闭源形成的护城河是短暂的");
        assertThat(meta("property", "og:title")).startsWith("梁文锋:在颠覆性的技术面前");
        assertThat(meta("property", "og:type")).isEqualTo("article");
        assertThat(meta("property", "og:site_name")).isEqualTo("语录 Yulu");
        assertThat(meta("property", "og:locale")).isEqualTo("zh_CN");
        assertThat(meta("name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta("property", "og:image")).startsWith(url("/cards/exchanges/" + BLOG + "-5.png?v="));
        assertThat(browser.findElement(By.cssSelector("link[rel='canonical']")).getAttribute("href"))
                .isEqualTo(url("/exchanges/" + BLOG + "-5"));
        HeadlessChromium.screenshot(browser, "exchange-permalink");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        for (String path : List.of("/", "/quotes", "/exchanges", "/sources/" + BLOG, "/quotes/" + THOUGHTS + "-3",
                "/exchanges/" + BLOG + "-5", "/quotes/no-such-quote", "/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3")) {
            browser.get(url(path));
            HeadlessChromium.phoneSized(browser);
            browser.navigate().refresh();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("sideways overflow of %s in px", path).isZero();
            HeadlessChromium.screenshot(browser, "phone" + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    @Test
    void searchingForAWordShowsMarkedHitsAndOpensOne() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("护城河", Keys.ENTER);

        awaitUrl(url("/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("护城河");
        List<WebElement> hits = browser.findElements(By.cssSelector(".hits > li"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("护城河");
        HeadlessChromium.screenshot(browser, "search");

        WebElement hit = hits.get(0).findElement(By.cssSelector(".snippet a"));
        String permalink = hit.getAttribute("href");
        hit.click();

        awaitUrl(permalink);
        assertThat(browser.findElement(By.cssSelector(".permalink blockquote")).getText()).contains("护城河");
    }

    @Test
    void aSearchFilterNarrowsTheHitsToOneSpeaker() {
        open("/search?q=%E5%88%9B%E6%96%B0");
        String all = browser.findElement(By.cssSelector(".range")).getText();

        browser.findElement(By.xpath("//section[@class='facet'][2]//a[span[text()='梁文锋']]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("speaker=%E6%A2%81%E6%96%87%E9%94%8B"));
        assertThat(browser.findElement(By.cssSelector(".range")).getText()).isNotEqualTo(all);
        assertThat(browser.findElements(By.cssSelector(".hits .meta a[href^='/speakers/']"))).extracting(WebElement::getText)
                .containsOnly("梁文锋");
        HeadlessChromium.screenshot(browser, "search-filtered");
    }

    @Test
    void theKeyboardReachesTheSkipLinkThenTheMenuAndSearchesWithEnter() {
        open("/quotes");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("跳到正文");
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");

        browser.findElement(By.id("q")).sendKeys("护城河", Keys.ENTER);

        awaitUrl(url("/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3"));
    }

    @Test
    void theSearchBoxSuggestsWordsAsACombobox() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-controls")).isEqualTo("q-suggestions");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

        box.sendKeys("hch");
        WebElement list = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("q-suggestions")));
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = list.findElements(By.cssSelector("[role='option']"));
        assertThat(options).extracting(o -> o.findElement(By.tagName("span")).getText()).containsExactly("护城河");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
        assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
        HeadlessChromium.screenshot(browser, "search-suggestions");

        box.sendKeys(Keys.ESCAPE);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("aria-activedescendant")).isNull();

        box.sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(list));
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        awaitUrl(url("/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("护城河");
    }

    @Test
    void latinLettersFindTheChineseTheyReadAsWithTheCharactersMarked() {
        open("/search?q=chuangxin&mode=keyword");
        List<WebElement> hits = browser.findElements(By.cssSelector(".hits > li"));
        assertThat(hits).hasSize(20);
        assertThat(hits.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("创新");
        assertThat(hits.get(0).findElement(By.cssSelector(".match")).getText()).isEqualTo("拼音相符");
        HeadlessChromium.screenshot(browser, "search-pinyin");
    }

    @Test
    void aTypoOfTheRightSoundShowsTheCorpusWordsHitsAndLinksToTheWordsAsTyped() {
        open("/search?q=%E6%8A%A4%E5%9F%8E%E5%90%88&mode=keyword");
        assertThat(browser.findElement(By.cssSelector(".corrected strong")).getText()).isEqualTo("显示「护城河」的结果");
        assertThat(browser.findElements(By.cssSelector(".hits > li"))).hasSize(2);
        HeadlessChromium.screenshot(browser, "search-corrected");

        browser.findElement(By.cssSelector(".corrected a")).click();
        awaitUrl(url("/search?q=%E6%8A%A4%E5%9F%8E%E5%90%88&mode=keyword&exact=true"));
        assertThat(browser.findElements(By.cssSelector(".hits > li"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".corrected"))).isEmpty();
    }

    @Test
    void anUnknownAddressIsAPageWithTheSearchBox() {
        open("/quotes/no-such-quote");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("找不到这个页面");
        assertThat(browser.findElement(By.cssSelector("form[role='search'] input[name='q']")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("no-such-quote'");
    }

    @Test
    void aPermalinkOffersItsTallCardToSaveAndItsPreviewImageLoads() {
        for (int width : new int[] {390, 1280}) {
            open("/quotes/" + THOUGHTS + "-1");
            HeadlessChromium.sized(browser, width, 900);
            browser.navigate().refresh();
            WebElement save = browser.findElement(By.cssSelector(".save-card a"));
            assertThat(save.getText()).isEqualTo("保存图片");
            assertThat(save.getAttribute("download")).isEqualTo("yulu-" + THOUGHTS + "-1-tall.png");
            assertThat(save.isDisplayed()).isTrue();
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("sideways overflow at %d px", width).isZero();
            HeadlessChromium.screenshot(browser, "permalink-with-card-" + width);
        }

        browser.get(meta("property", "og:image"));
        Object size = browser.executeScript("var i = document.images[0]; return i.naturalWidth + 'x' + i.naturalHeight;");
        assertThat(size).isEqualTo("1200x630");
        HeadlessChromium.screenshot(browser, "wide-card");
    }

    /** Waits for the navigation a key press or a click started, then checks where it went. */
    private void awaitUrl(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(expected));
        assertThat(browser.getCurrentUrl()).isEqualTo(expected);
    }
}

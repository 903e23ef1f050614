package org.yulu.item;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.yulu.search.SimilarItems;
import org.springframework.test.web.servlet.MockMvc;
import org.yulu.card.CardFonts;
import org.yulu.card.ShareCards;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.SourceRepository;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.RelatedItem;
import org.yulu.corpus.SourceRef;
import org.yulu.related.RelatedPassages;
import org.yulu.source.SourceReading;
import org.yulu.system.PublicUrls;
import org.yulu.system.YuluProperties;
import org.yulu.text.TextRange;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;
import static org.yulu.SampleCorpus.THOUGHTS;
import static org.yulu.SampleCorpus.place;
import static org.yulu.SampleCorpus.quote;

@WebMvcTest(ItemPageController.class)
@Import({PublicUrls.class, CorpusItems.class, ShareCards.class, CardFonts.class})
@EnableConfigurationProperties(YuluProperties.class)
@TestPropertySource(properties = "yulu.public-base-url=https://yulu.example/")
class QuotePageControllerTest {

    static final Quote FIRST = quote(THOUGHTS, 1, 1, "梁文锋", "我们做大模型,跟量化和金融都没有直接关系。");
    static final Quote SECOND = quote(THOUGHTS, 2, 2, "梁文锋", "语言大模型是通往AGI的必经之路。");
    static final Quote THIRD = quote(THOUGHTS, 3, 3, "梁文锋", "我们不会过早设计基于模型的一些应用。");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SimilarItems similar;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    ExchangeRepository exchanges;

    @MockitoBean
    SourceRepository sources;

    @MockitoBean
    SourceReading reading;

    @MockitoBean
    RelatedPassages related;

    @Test
    void showsTheQuoteWithSpeakerSourceNumberAndNeighbours() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(reading.place(THOUGHTS.getId(), 2)).willReturn(place(THOUGHTS, FIRST, THIRD));

        mvc.perform(get("/quotes/000_thoughts-2"))
                .andExpect(status().isOk())
                .andExpect(xpath("//html/@lang").string("zh-CN"))
                .andExpect(xpath("//main//blockquote").string("语言大模型是通往AGI的必经之路。"))
                .andExpect(xpath("//dl[@class='facts']/dd[1]").string("梁文锋"))
                .andExpect(xpath("//dl[@class='facts']/dd[2]/a/@href").string("/sources/000_thoughts"))
                .andExpect(xpath("//dl[@class='facts']/dd[2]/span[2]").string("2025-02-09"))
                .andExpect(xpath("//dl[@class='facts']/dd[3]/a").string("第 2 条"))
                .andExpect(xpath("//dl[@class='facts']/dd[3]/a/@href").string("/sources/000_thoughts#000_thoughts-2"))
                .andExpect(xpath("//a[@rel='prev']/@href").string("/quotes/000_thoughts-1"))
                .andExpect(xpath("//a[@rel='next']/@href").string("/quotes/000_thoughts-3"))
                .andExpect(xpath("//p[@class='url']/a").string("https://yulu.example/quotes/000_thoughts-2"))
                .andExpect(xpath("//p[@class='cite']").string(
                        "梁文锋语，出自杰华评科技《DeepSeek创始人梁文锋的30条思考》（2025-02-09），"
                                + "https://yulu.example/quotes/000_thoughts-2"));
    }

    @Test
    void sharesTheQuoteItselfInTheLinkPreviewTags() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(reading.place(THOUGHTS.getId(), 2)).willReturn(place(THOUGHTS, FIRST, THIRD));

        mvc.perform(get("/quotes/000_thoughts-2"))
                .andExpect(xpath("//title").string("梁文锋:语言大模型是通往AGI的必经之路。 · 语录 Yulu"))
                .andExpect(xpath("//meta[@name='description']/@content").string("语言大模型是通往AGI的必经之路。"))
                .andExpect(xpath("//link[@rel='canonical']/@href").string("https://yulu.example/quotes/000_thoughts-2"))
                .andExpect(xpath("//meta[@property='og:title']/@content").string("梁文锋:语言大模型是通往AGI的必经之路。"))
                .andExpect(xpath("//meta[@property='og:description']/@content").string("语言大模型是通往AGI的必经之路。"))
                .andExpect(xpath("//meta[@property='og:url']/@content").string("https://yulu.example/quotes/000_thoughts-2"))
                .andExpect(xpath("//meta[@property='og:type']/@content").string("article"))
                .andExpect(xpath("//meta[@property='og:site_name']/@content").string("语录 Yulu"))
                .andExpect(xpath("//meta[@property='og:locale']/@content").string("zh_CN"))
                .andExpect(xpath("//meta[@name='twitter:card']/@content").string("summary_large_image"))
                .andExpect(xpath("//meta[@name='twitter:description']/@content").string("语言大模型是通往AGI的必经之路。"));
    }

    @Test
    void previewsAsItsWideCardAndOffersTheTallOneToSave() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(sources.findById(THOUGHTS.getId())).willReturn(Optional.of(THOUGHTS));
        given(reading.place(THOUGHTS.getId(), 2)).willReturn(place(THOUGHTS, FIRST, THIRD));
        String card = "https://yulu.example/cards/quotes/000_thoughts-2.png?v=";

        mvc.perform(get("/quotes/000_thoughts-2"))
                .andExpect(xpath("//meta[@property='og:image']/@content").string(matchesRegex(
                        Pattern.quote(card) + "[0-9a-f]{32}")))
                .andExpect(xpath("//meta[@property='og:image:type']/@content").string("image/png"))
                .andExpect(xpath("//meta[@property='og:image:width']/@content").string("1200"))
                .andExpect(xpath("//meta[@property='og:image:height']/@content").string("630"))
                .andExpect(xpath("//meta[@property='og:image:alt']/@content").string("语言大模型是通往AGI的必经之路。"))
                .andExpect(xpath("//meta[@name='twitter:card']/@content").string("summary_large_image"))
                .andExpect(xpath("//meta[@name='twitter:image']/@content").string(startsWith(card)))
                .andExpect(xpath("//p[@class='save-card']/a").string("保存图片"))
                .andExpect(xpath("//p[@class='save-card']/a/@href").string(matchesRegex(
                        Pattern.quote("/cards/quotes/000_thoughts-2-tall.png?v=") + "[0-9a-f]{32}")))
                .andExpect(xpath("//p[@class='save-card']/a/@download").string("yulu-000_thoughts-2-tall.png"));
    }

    @Test
    void aLongQuoteIsShortenedInThePreviewImagesDescription() throws Exception {
        Quote longer = quote(THOUGHTS, 5, 5, "梁文锋", "创新".repeat(150));
        given(quotes.findWithSourceById(longer.getId())).willReturn(Optional.of(longer));
        given(reading.place(THOUGHTS.getId(), 5)).willReturn(place(THOUGHTS, THIRD, null));

        mvc.perform(get("/quotes/000_thoughts-5"))
                .andExpect(xpath("//meta[@property='og:image:alt']/@content").string("创新".repeat(99) + "创…"));
    }

    @Test
    void marksTheWordsSharedWithOtherItemsAndListsThemAsAlsoFoundIn() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(reading.place(THOUGHTS.getId(), 2)).willReturn(place(THOUGHTS, FIRST, THIRD));
        given(related.sharedRanges(SECOND.getId())).willReturn(List.of(new TextRange(2, 5), new TextRange(8, 11)));
        given(related.of(SECOND.getId())).willReturn(List.of(new RelatedItem("exchange", "003_blog-9",
                "/exchanges/003_blog-9", new SourceRef("003_blog", "专访"), "语言大模型 … AGI的必经")));

        mvc.perform(get("/quotes/000_thoughts-2"))
                .andExpect(xpath("count(//figure/blockquote/p/mark)").number(2.0))
                .andExpect(xpath("//figure/blockquote/p/mark[1]").string("大模型"))
                .andExpect(xpath("//figure/blockquote/p/mark[2]").string("AGI"))
                .andExpect(xpath("//figure/blockquote/p").string("语言大模型是通往AGI的必经之路。"))
                .andExpect(xpath("//section[@class='also-in']/h2").string("也见于"))
                .andExpect(xpath("//section[@class='also-in']//mark").string("语言大模型 … AGI的必经"))
                .andExpect(xpath("//section[@class='also-in']//p[@class='meta']/a[1]/@href").string("/exchanges/003_blog-9"))
                .andExpect(xpath("//section[@class='also-in']//p[@class='meta']/a[2]").string("专访"));
    }

    @Test
    void withoutParallelPassagesThereIsNoAlsoFoundIn() throws Exception {
        given(quotes.findWithSourceById(FIRST.getId())).willReturn(Optional.of(FIRST));
        given(reading.place(THOUGHTS.getId(), 1)).willReturn(place(THOUGHTS, null, SECOND));

        mvc.perform(get("/quotes/000_thoughts-1"))
                .andExpect(xpath("//section[@class='also-in']").doesNotExist())
                .andExpect(xpath("//figure/blockquote/p/mark").doesNotExist());
    }

    @Test
    void escapesMarkupInTheQuote() throws Exception {
        Quote markup = quote(THOUGHTS, 4, 4, "梁文锋", "<script>alert('x')</script>");
        given(quotes.findWithSourceById(markup.getId())).willReturn(Optional.of(markup));
        given(reading.place(THOUGHTS.getId(), 4)).willReturn(place(THOUGHTS, THIRD, null));

        mvc.perform(get("/quotes/000_thoughts-4"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    }

    @Test
    void anUnknownIdIsANotFoundPageInTheLayoutWithTheSearchBox() throws Exception {
        given(quotes.findWithSourceById("nope-1")).willReturn(Optional.empty());

        mvc.perform(get("/quotes/nope-1"))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("找不到这个页面"))
                .andExpect(xpath("//form[@role='search']/@action").string("/search"))
                .andExpect(xpath("//form[@role='search']//input[@name='q']").exists())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("nope-1"))));
    }

    @Test
    void speaksEnglishToABrowserThatAsksForIt() throws Exception {
        given(quotes.findWithSourceById("nope-1")).willReturn(Optional.empty());

        mvc.perform(get("/quotes/nope-1").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(xpath("//html/@lang").string("en"))
                .andExpect(xpath("//h1").string("Page not found"));
    }
}

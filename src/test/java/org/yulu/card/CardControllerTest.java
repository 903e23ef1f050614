package org.yulu.card;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.InterviewExchange;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.SourceRepository;
import org.yulu.system.PublicUrls;
import org.yulu.system.YuluProperties;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yulu.SampleCorpus.BLOG;
import static org.yulu.SampleCorpus.THOUGHTS;
import static org.yulu.SampleCorpus.exchange;
import static org.yulu.SampleCorpus.quote;

@WebMvcTest(CardController.class)
@Import({ShareCards.class, CardFonts.class, CardDrawing.class, CardStore.class, PublicUrls.class, CorpusItems.class})
@EnableConfigurationProperties(YuluProperties.class)
class CardControllerTest {

    static final Quote SECOND = quote(THOUGHTS, 2, 2, "梁文锋", "语言大模型是通往AGI的必经之路。");
    static final InterviewExchange MOAT = exchange(BLOG, 5, "那要在哪里形成护城河?",
            "在颠覆性的技术面前,闭源形成的护城河是短暂的。");
    static Path dataDir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("yulu-cards-test");
        registry.add("yulu.data-dir", dataDir::toString);
        registry.add("yulu.public-base-url", () -> "https://yulu.example");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ShareCards cards;

    @MockitoSpyBean
    CardDrawing drawing;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    ExchangeRepository exchanges;

    @MockitoBean
    SourceRepository sources;

    MvcResult fetch(String path, String... ifNoneMatch) throws Exception {
        var request = get(path);
        if (ifNoneMatch.length > 0) {
            request.header("If-None-Match", ifNoneMatch[0]);
        }
        MvcResult started = mvc.perform(request).andReturn();
        return started.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(started)).andReturn() : started;
    }

    String keyedAddress(String tallOrWide) {
        ItemCards offered = cards.of(org.yulu.corpus.QuoteItem.of(SECOND, java.util.List.of())).orElseThrow();
        return tallOrWide.equals("tall") ? offered.tall()
                : offered.preview().url().substring("https://yulu.example".length());
    }

    @Test
    void servesEachFormatAsAPngOfItsSize() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(sources.findById(THOUGHTS.getId())).willReturn(Optional.of(THOUGHTS));

        for (CardFormat format : CardFormat.values()) {
            MvcResult card = fetch("/cards/quotes/" + format.fileName(SECOND.getId()));
            assertThat(card.getResponse().getStatus()).isEqualTo(200);
            assertThat(card.getResponse().getContentType()).isEqualTo("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.getResponse().getContentAsByteArray()));
            assertThat(image.getWidth()).isEqualTo(format.width());
            assertThat(image.getHeight()).isEqualTo(format.height());
        }
    }

    @Test
    void anAddressWithTheCardsKeyIsCachedForGoodAndOneWithoutForADay() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(sources.findById(THOUGHTS.getId())).willReturn(Optional.of(THOUGHTS));
        String keyed = keyedAddress("wide");
        String key = keyed.substring(keyed.indexOf("?v=") + 3);

        MvcResult forGood = fetch(keyed);
        MvcResult forADay = fetch("/cards/quotes/000_thoughts-2.png");
        MvcResult stale = fetch("/cards/quotes/000_thoughts-2.png?v=0123");

        assertThat(forGood.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(forGood.getResponse().getHeader("ETag")).isEqualTo("\"" + key + "\"");
        assertThat(forADay.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=86400, public");
        assertThat(forADay.getResponse().getHeader("ETag")).isEqualTo("\"" + key + "\"");
        assertThat(stale.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=86400, public");
        assertThat(stale.getResponse().getContentAsByteArray())
                .isEqualTo(forGood.getResponse().getContentAsByteArray());
    }

    @Test
    void aCardIsDrawnOnceAndThenReadFromTheDataFolder() throws Exception {
        given(exchanges.findWithSourceById(MOAT.getId())).willReturn(Optional.of(MOAT));
        given(sources.findById(BLOG.getId())).willReturn(Optional.of(BLOG));
        long before = drawing.drawn();

        MvcResult first = fetch("/cards/exchanges/003_blog-5-tall.png");
        MvcResult second = fetch("/cards/exchanges/003_blog-5-tall.png");

        assertThat(drawing.drawn() - before).isEqualTo(1);
        assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        String key = first.getResponse().getHeader("ETag").replace("\"", "");
        assertThat(dataDir.resolve("cards").resolve(key.substring(0, 2)).resolve(key + ".png")).isRegularFile();
        try (var kept = Files.walk(dataDir.resolve("cards"))) {
            assertThat(kept.filter(f -> f.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aChangedItemGetsANewKeyAndANewCard() throws Exception {
        given(sources.findById(THOUGHTS.getId())).willReturn(Optional.of(THOUGHTS));
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        String before = fetch("/cards/quotes/000_thoughts-2.png").getResponse().getHeader("ETag");
        given(quotes.findWithSourceById(SECOND.getId()))
                .willReturn(Optional.of(quote(THOUGHTS, 2, 2, "梁文锋", "语言大模型是通往AGI的必经之路!")));

        String after = fetch("/cards/quotes/000_thoughts-2.png").getResponse().getHeader("ETag");

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void theSameETagAnswers304WithoutDrawingOrReading() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(sources.findById(THOUGHTS.getId())).willReturn(Optional.of(THOUGHTS));
        String etag = fetch("/cards/quotes/000_thoughts-2.png").getResponse().getHeader("ETag");
        long drawn = drawing.drawn();

        mvc.perform(get("/cards/quotes/000_thoughts-2-tall.png").header("If-None-Match", etag))
                .andExpect(status().isOk()); // another format, another key
        MvcResult unchanged = fetch("/cards/quotes/000_thoughts-2.png", etag);

        assertThat(unchanged.getResponse().getStatus()).isEqualTo(304);
        assertThat(unchanged.getResponse().getHeader("ETag")).isEqualTo(etag);
        assertThat(unchanged.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(drawing.drawn()).isEqualTo(drawn + 1);
    }

    @Test
    void anUnknownItemOrFileNameIsNotFoundWithAMessage() throws Exception {
        given(quotes.findWithSourceById("nope-1")).willReturn(Optional.empty());
        given(exchanges.findWithSourceById("000_thoughts-2")).willReturn(Optional.empty());

        mvc.perform(get("/cards/quotes/nope-1.png"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andExpect(content().string("No quote has the id 'nope-1'."));
        mvc.perform(get("/cards/exchanges/000_thoughts-2.png"))
                .andExpect(status().isNotFound())
                .andExpect(content().string("No interview exchange has the id '000_thoughts-2'."));
        mvc.perform(get("/cards/quotes/000_thoughts-2.jpg"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(
                        "A card's address ends in {id}.png or {id}-tall.png, not '000_thoughts-2.jpg'."));
    }

    @Test
    void whenEveryDrawingThreadIsBusyTheClientIsToldToComeBack() throws Exception {
        given(quotes.findWithSourceById(SECOND.getId())).willReturn(Optional.of(SECOND));
        given(sources.findById(THOUGHTS.getId())).willReturn(Optional.of(THOUGHTS));
        willThrow(new CardsBusyException()).given(drawing).card(any(), any());

        mvc.perform(get("/cards/quotes/000_thoughts-2.png"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string("Cards are being drawn for other requests; ask again in a few seconds."));
    }
}

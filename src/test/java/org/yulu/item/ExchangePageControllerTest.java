package org.yulu.item;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.yulu.search.SimilarItems;
import org.springframework.test.web.servlet.MockMvc;
import org.yulu.card.CardFonts;
import org.yulu.card.ShareCards;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.SourceRepository;
import org.yulu.corpus.InterviewExchange;
import org.yulu.corpus.QuoteRepository;
import org.yulu.related.RelatedPassages;
import org.yulu.source.ItemPlace;
import org.yulu.source.SourceDetails;
import org.yulu.source.SourceReading;
import org.yulu.system.PublicUrls;
import org.yulu.system.YuluProperties;

import java.util.Optional;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;
import static org.yulu.SampleCorpus.BLOG;
import static org.yulu.SampleCorpus.exchange;

/** Without a configured public base URL, shared links use the request's own scheme and host. */
@WebMvcTest(ItemPageController.class)
@Import({PublicUrls.class, CorpusItems.class, ShareCards.class, CardFonts.class})
@EnableConfigurationProperties(YuluProperties.class)
class ExchangePageControllerTest {

    static final InterviewExchange MOAT = exchange(BLOG, 5, "那要在哪里形成护城河?",
            "在颠覆性的技术面前,闭源形成的护城河是短暂的。");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SimilarItems similar;

    @MockitoBean
    ExchangeRepository exchanges;

    @MockitoBean
    SourceRepository sources;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    SourceReading reading;

    @MockitoBean
    RelatedPassages related;

    @Test
    void showsTheQuestionAndSharesTheAnswerOnTheRequestsHost() throws Exception {
        given(exchanges.findWithSourceById(MOAT.getId())).willReturn(Optional.of(MOAT));
        given(reading.place(BLOG.getId(), 5)).willReturn(new ItemPlace(SourceDetails.of(BLOG), null, null));

        mvc.perform(get("/exchanges/003_blog-5").with(request -> {
                    request.setScheme("https");
                    request.setServerName("yulu.test");
                    request.setServerPort(8443);
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//p[@class='question']/strong)").string("记者 问"))
                .andExpect(xpath("//main//blockquote").string("在颠覆性的技术面前,闭源形成的护城河是短暂的。"))
                .andExpect(xpath("normalize-space(//figcaption)").string("梁文锋 答"))
                .andExpect(xpath("//dl[@class='facts']/dd[3]/a").string("第 5 段"))
                .andExpect(xpath("//dl[@class='facts']/dd[2]/span[2]").string("日期不详"))
                .andExpect(xpath("//meta[@property='og:description']/@content")
                        .string("在颠覆性的技术面前,闭源形成的护城河是短暂的。"))
                .andExpect(xpath("//meta[@property='og:url']/@content").string("https://yulu.test:8443/exchanges/003_blog-5"))
                .andExpect(xpath("//p[@class='cite']").string(
                        "梁文锋语，出自北风《deepseek创始人的专访和北风对技术的回顾》，https://yulu.test:8443/exchanges/003_blog-5"))
                .andExpect(xpath("//nav[@class='neighbours']/a").doesNotExist())
                .andExpect(xpath("//meta[@property='og:image']/@content")
                        .string(startsWith("https://yulu.test:8443/cards/exchanges/003_blog-5.png?v=")))
                .andExpect(xpath("//meta[@property='og:image:alt']/@content")
                        .string("在颠覆性的技术面前,闭源形成的护城河是短暂的。"))
                .andExpect(xpath("//p[@class='save-card']/a/@href")
                        .string(startsWith("/cards/exchanges/003_blog-5-tall.png?v=")));
    }

    @Test
    void anUnknownIdIsANotFoundPage() throws Exception {
        given(exchanges.findWithSourceById("003_blog-99")).willReturn(Optional.empty());

        mvc.perform(get("/exchanges/003_blog-99"))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("找不到这个页面"));
    }
}

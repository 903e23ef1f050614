package org.yulu.item;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.Quote;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.QuoteRepository;
import org.yulu.embed.DailyItem;
import org.yulu.embed.ItemDraw;
import org.yulu.source.SourceCatalog;
import org.yulu.source.SourceItem;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;
import static org.yulu.SampleCorpus.THOUGHTS;
import static org.yulu.SampleCorpus.quote;

@WebMvcTest(HomeController.class)
@Import({CorpusItems.class, ItemDraw.class})
class HomeControllerTest {

    static final List<Quote> QUOTES = List.of(quote(THOUGHTS, 1, 1, "梁文锋", "第一句"),
            quote(THOUGHTS, 2, 2, "梁文锋", "第二句"), quote(THOUGHTS, 3, 3, "梁文锋", "第三句"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    ExchangeRepository exchanges;

    @MockitoBean
    SourceCatalog catalog;

    @MockitoBean
    DailyItem daily;

    void corpusOfThreeQuotes() {
        given(quotes.count(any(Specification.class))).willReturn(3L);
        given(quotes.findAll(any(Specification.class), any(Pageable.class))).willAnswer(call -> {
            Pageable asked = call.getArgument(1);
            return new PageImpl<>(List.of(QUOTES.get(asked.getPageNumber())), asked, 3);
        });
        given(catalog.list()).willReturn(List.of(new SourceItem("000_thoughts", THOUGHTS.getTitle(), "杰华评科技",
                "2025-02-09T16:30:20", "/sources/000_thoughts", null, 30, 0)));
    }

    @Test
    void saysWhatYuluIsAndListsTheSourcesWithTheirCounts() throws Exception {
        corpusOfThreeQuotes();

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@class='tagline']").string(
                        "语录收集中文访谈里的原话：可以浏览、搜索，也可以把任何一段用永久链接分享出去。"))
                .andExpect(xpath("//form[@role='search']/@method").string("get"))
                .andExpect(xpath("//ul[@class='sources']/li/a/@href").string("/sources/000_thoughts"))
                .andExpect(xpath("//ul[@class='sources']/li/a").string("DeepSeek创始人梁文锋的30条思考"))
                .andExpect(xpath("//ul[@class='sources']/li/span").string("30 条语录 · 0 段问答"))
                .andExpect(xpath("//ul[@class='browse']/li[1]/a/@href").string("/quotes"))
                .andExpect(xpath("//ul[@class='browse']/li[2]/a/@href").string("/exchanges"));
    }

    @Test
    void showsARandomQuoteLinkedToItsPermalinkThatChangesOnReload() throws Exception {
        corpusOfThreeQuotes();
        Set<String> shown = new HashSet<>();
        for (int reload = 0; reload < 30; reload++) {
            String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
            QUOTES.stream().filter(q -> html.contains("<p>" + q.getText() + "</p>")
                    && html.contains("href=\"" + q.getUrl() + "\"")).forEach(q -> shown.add(q.getId()));
        }
        assertThat(shown).containsExactlyInAnyOrder("000_thoughts-1", "000_thoughts-2", "000_thoughts-3");
    }

    @Test
    void showsTheItemOfTheDayBesideTheRandomQuote() throws Exception {
        corpusOfThreeQuotes();
        LocalDate today = LocalDate.of(2026, 12, 1);
        given(daily.today()).willReturn(today);
        given(daily.of(today)).willReturn(Optional.of(new DailyItem.OfDay(today, QuoteItem.of(QUOTES.get(1),
                List.of()))));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(xpath("//section[@class='daily']/h2").string("今日一句"))
                .andExpect(xpath("//section[@class='daily']//blockquote/p").string(QUOTES.get(1).getText()))
                .andExpect(xpath("//section[@class='daily']//a[last()]/@href").string(QUOTES.get(1).getUrl()))
                .andExpect(xpath("//section[@class='random']").exists());
    }

    @Test
    void anEmptyCorpusSaysSo() throws Exception {
        given(quotes.count(any(Specification.class))).willReturn(0L);
        given(catalog.list()).willReturn(List.of());

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(xpath("//section[@class='random']").doesNotExist())
                .andExpect(xpath("//main/section[1]/p").string("还没有导入任何文本。"));
    }
}

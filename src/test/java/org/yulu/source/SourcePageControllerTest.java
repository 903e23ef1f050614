package org.yulu.source;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;

import java.util.List;
import java.util.Optional;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest(SourcePageController.class)
class SourcePageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SourceReading reading;

    static final SourceRef SOURCE = new SourceRef("blog", "专访和回顾");

    @Test
    void showsTheSourceAsAReadingViewWithAnAnchorAndPermalinkPerParagraph() throws Exception {
        given(reading.read("blog")).willReturn(Optional.of(new SourceReading.Reading(
                new SourceDetails("blog", "专访和回顾", "北风", "2025-02-09", "/sources/blog", "https://example.com/blog"), List.of(
                new ReadingItem.Said(new QuoteItem("quote", "blog-1", "/quotes/blog-1", "北风", SOURCE, 1, null,
                        null, "以下是专访内容", List.of()), null),
                new ReadingItem.Said(new ExchangeItem("exchange", "blog-2", "/exchanges/blog-2", SOURCE, 2, "记者",
                        "梁文锋", "护城河在哪里?", "在团队上。", List.of()), null),
                new ReadingItem.Said(new QuoteItem("quote", "blog-3", "/quotes/blog-3", "北风", SOURCE, 3, 1,
                        "西方社区", "项目立项时间早", List.of()), "西方社区"),
                new ReadingItem.Repeat("blog-4", 4, "梁文锋", "在团队上。", "/exchanges/blog-2", 2)))));

        mvc.perform(get("/sources/blog"))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("专访和回顾 · 语录 Yulu"))
                .andExpect(xpath("//h1").string("专访和回顾"))
                .andExpect(xpath("normalize-space(//header/p[@class='meta'])").string("作者：北风 日期：2025-02-09 2 条语录 · 1 段问答 原文"))
                .andExpect(xpath("//header/p[@class='meta']/a/@href").string("https://example.com/blog"))
                .andExpect(xpath("count(//section[contains(@class,'para')])").number(4.0))
                .andExpect(xpath("//section[@id='blog-1']/a[@class='pos']/@href").string("/quotes/blog-1"))
                .andExpect(xpath("normalize-space(//section[@id='blog-2']//p[@class='question'])").string("记者护城河在哪里?"))
                .andExpect(xpath("//section[@id='blog-2']/a[@class='pos']/@href").string("/exchanges/blog-2"))
                .andExpect(xpath("//h2[@class='heading']").string("西方社区"))
                .andExpect(xpath("//section[@id='blog-3']/a[@class='pos']").string("1."))
                .andExpect(xpath("//section[@id='blog-2']/a[@class='pos']").string("2"))
                .andExpect(xpath("//section[@id='blog-3']//span[@class='num']").doesNotExist())
                .andExpect(xpath("//section[@id='blog-4']/@class").string("para repeat"))
                .andExpect(xpath("//section[@id='blog-4']/a[@class='pos']/@href").string("#blog-4"))
                .andExpect(xpath("//section[@id='blog-4']//p[@class='repeat-note']/a/@href").string("/exchanges/blog-2"))
                .andExpect(xpath("normalize-space(//section[@id='blog-4']//p[@class='repeat-note']/span)")
                        .string("这段话重复了前文第 2 段的回答："));
    }

    @Test
    void anUnknownSourceIsANotFoundPage() throws Exception {
        given(reading.read("nope")).willReturn(Optional.empty());

        mvc.perform(get("/sources/nope"))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("找不到这个页面"));
    }
}

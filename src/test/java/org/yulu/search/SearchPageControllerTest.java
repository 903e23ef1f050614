package org.yulu.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.SourceRef;
import org.yulu.system.PageParams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest(SearchPageController.class)
class SearchPageControllerTest {

    static final SourceRef BLOG = new SourceRef("003_blog", "deepseek创始人的专访和北风对技术的回顾");
    static final String MOAT = "%E6%8A%A4%E5%9F%8E%E6%B2%B3";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SearchService search;

    /** The page asks for its answer through searchSoon: answered at once, with what each test gives search. */
    @BeforeEach
    void answeredAtOnce() {
        given(search.searchSoon(any())).willAnswer(
                asked -> CompletableFuture.completedFuture(search.search(asked.getArgument(0))));
    }

    static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void showsHitsWithMarkedSnippetsFacetsAndTheQueryInTheBox() throws Exception {
        given(search.search(new SearchRequest("护城河", null, null, null, PageParams.of("2", "1")))).willReturn(
                new SearchResults(List.of(new SearchHit(new ExchangeItem("exchange", "003_blog-5",
                        "/exchanges/003_blog-5", BLOG, 5, "记者", "梁文锋", "问", "答", List.of()),
                        "闭源形成的<mark>护城河</mark>是短暂的 &lt;b&gt;", "keyword")), 3, 2, 1,
                        new Facets(counts("exchange", 2, "quote", 1), counts("梁文锋", 2, "北风", 1),
                                counts("003_blog", 3), Map.of("003_blog", BLOG.title())), false,
                        SearchResults.Meaning.USED));

        mvc.perform(get("/search").param("q", "护城河").param("page", "2").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("搜索：护城河 · 语录 Yulu"))
                .andExpect(xpath("//input[@name='q']/@value").string("护城河"))
                .andExpect(xpath("//p[@class='range']").string("找到 3 条，这里是第 2–2 条"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<a href=\"/exchanges/003_blog-5\">闭源形成的<mark>护城河</mark>是短暂的 &lt;b&gt;</a>")))
                .andExpect(xpath("//ol[contains(@class,'hits')]/li//span[1]").string("访谈问答"))
                .andExpect(xpath("normalize-space(//section[@class='facet'][1]//li[2]/a)").string("访谈问答（2）"))
                .andExpect(xpath("//section[@class='facet'][1]//li[2]/a/@href")
                        .string("/search?q=" + MOAT + "&size=1&type=exchange"))
                .andExpect(xpath("normalize-space(//section[@class='facet'][2]//li[3]/a)").string("北风（1）"))
                .andExpect(xpath("normalize-space(//section[@class='facet'][3]//li[2]/a)")
                        .string("deepseek创始人的专访和北风对技术的回顾（3）"))
                .andExpect(xpath("//nav[@class='pager']/a[@rel='prev']/@href").string("/search?q=" + MOAT + "&size=1"))
                .andExpect(xpath("//nav[@class='pager']/a[@rel='next']/@href")
                        .string("/search?q=" + MOAT + "&page=3&size=1"));
    }

    @Test
    void marksAHitFoundByMeaningAndShowsItsNearestPassage() throws Exception {
        given(search.search(new SearchRequest("招聘", null, null, null, PageParams.of(null, null)))).willReturn(
                new SearchResults(List.of(new SearchHit(new ExchangeItem("exchange", "003_blog-10",
                        "/exchanges/003_blog-10", BLOG, 10, "记者", "梁文锋", "问", "我们选人的标准一直都是热爱和好奇心",
                        List.of()), "我们选人的标准一直都是热爱和好奇心", "meaning")), 1, 1, 20,
                        new Facets(counts("exchange", 1), counts("梁文锋", 1), counts("003_blog", 1),
                                Map.of("003_blog", BLOG.title())), false, SearchResults.Meaning.USED));

        mvc.perform(get("/search").param("q", "招聘"))
                .andExpect(status().isOk())
                .andExpect(xpath("//ol[contains(@class,'hits')]/li[contains(@class,'by-meaning')]//span[@class='match']")
                        .string("意思相近"))
                .andExpect(xpath("//ol[contains(@class,'hits')]/li//p[@class='snippet']/a")
                        .string("我们选人的标准一直都是热爱和好奇心"))
                .andExpect(xpath("//p[@class='meaning-note']").doesNotExist());
    }

    @Test
    void saysWhichWordsWereSearchedInsteadAndLinksToTheWordsAsTyped() throws Exception {
        given(search.search(new SearchRequest("梁文峰", null, null, null, PageParams.of(null, null))))
                .willReturn(new SearchResults(List.of(), 0, 1, 20, Facets.NONE, false,
                        SearchResults.Meaning.NOT_ASKED, "梁文锋"));

        mvc.perform(get("/search").param("q", "梁文峰"))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//p[@class='corrected']/strong)").string("显示「梁文锋」的结果"))
                .andExpect(xpath("normalize-space(//p[@class='corrected']/a)").string("仍然搜索「梁文峰」"))
                .andExpect(xpath("//p[@class='corrected']/a/@href").string(
                        "/search?q=%E6%A2%81%E6%96%87%E5%B3%B0&exact=true"));
    }

    @Test
    void saysWhenSearchesAnswerByKeywordAloneWhileTheModelLoads() throws Exception {
        given(search.search(new SearchRequest("招聘", null, null, null, PageParams.of(null, null))))
                .willReturn(new SearchResults(List.of(), 0, 1, 20, Facets.NONE, false,
                        SearchResults.Meaning.PREPARING));

        mvc.perform(get("/search").param("q", "招聘"))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//p[@class='meaning-note'])")
                        .string("按意思搜索还在准备中，现在只列出包含所搜词语的内容。"));
    }

    @Test
    void noHitsSaysSoAndSuggestsFewerWordsOrQuotes() throws Exception {
        given(search.search(new SearchRequest("火星 殖民 计划", null, null, null, PageParams.of(null, null))))
                .willReturn(new SearchResults(List.of(), 0, 1, 20, Facets.NONE, false, SearchResults.Meaning.USED));

        mvc.perform(get("/search").param("q", "火星 殖民 计划"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@class='none']").string("没有找到与“火星 殖民 计划”相关的内容。"))
                .andExpect(xpath("count(//ul[@class='tips']/li)").number(2.0))
                .andExpect(xpath("//div[@class='filters']").doesNotExist());
    }

    @Test
    void anEmptyQuerySaysWhatToType() throws Exception {
        given(search.search(new SearchRequest(null, null, null, null, PageParams.of(null, null))))
                .willReturn(new SearchResults(List.of(), 0, 1, 20, Facets.NONE, true,
                        SearchResults.Meaning.NOT_ASKED));

        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("搜索"))
                .andExpect(xpath("//p[@class='none']").doesNotExist())
                .andExpect(xpath("//main/p[1]").exists());
    }

    @Test
    void aBadPageIsABadRequestPage() throws Exception {
        mvc.perform(get("/search").param("q", "护城河").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(xpath("//p[@class='message']").string("参数 size 应为 1 到 100 之间的整数，而不是 0。"));
    }
}

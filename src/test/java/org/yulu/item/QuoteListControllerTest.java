package org.yulu.item;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ExchangeRepository;
import org.yulu.corpus.QuoteRepository;
import org.yulu.corpus.SourceRepository;
import org.yulu.source.SourceFilter;
import org.yulu.system.FacetCount;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;
import static org.yulu.SampleCorpus.BLOG;
import static org.yulu.SampleCorpus.quote;

@WebMvcTest(ItemListController.class)
@Import({SourceFilter.class, CorpusItems.class})
class QuoteListControllerTest {

    static final String BEIFENG = "%E5%8C%97%E9%A3%8E";
    static final String LIANG = "%E6%A2%81%E6%96%87%E9%94%8B";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    ExchangeRepository exchanges;

    @MockitoBean
    SourceRepository sources;

    @Test
    @SuppressWarnings("unchecked")
    void showsOnePageWithFilterLinksThatKeepTheOtherParameters() throws Exception {
        PageRequest second = PageRequest.of(1, 5, Sort.by("source.id", "position"));
        given(quotes.findAll(any(Specification.class), eq(second))).willReturn(new PageImpl<>(
                List.of(quote(BLOG, 23, 3, "北风", "长期的高度成熟"), quote(BLOG, 24, 4, "北风", "拥有长达几十年")), second, 12));
        given(quotes.countBySpeaker(null)).willReturn(List.of(new FacetCount("梁文锋", "梁文锋", 30),
                new FacetCount("北风", "北风", 20)));
        given(quotes.countBySource("北风")).willReturn(List.of(new FacetCount("003_blog", BLOG.getTitle(), 12)));

        mvc.perform(get("/quotes").param("speaker", "北风").param("size", "5").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@class='range']").string("第 6–10 条，共 12 条"))
                .andExpect(xpath("//ol[@class='items']/li/@id").string("003_blog-23"))
                .andExpect(xpath("//ol[@class='items']/li[2]//a[last()]/@href").string("/quotes/003_blog-24"))
                .andExpect(xpath("//section[@class='facet'][1]//li[2]/a/@href")
                        .string("/quotes?speaker=" + LIANG + "&size=5"))
                .andExpect(xpath("normalize-space(//section[@class='facet'][1]//li[2]/a)").string("梁文锋（30）"))
                .andExpect(xpath("//section[@class='facet'][1]//a[@aria-current='true']/@href")
                        .string("/quotes?speaker=" + BEIFENG + "&size=5"))
                .andExpect(xpath("//section[@class='facet'][1]//li[1]/a/@href").string("/quotes?size=5"))
                .andExpect(xpath("//section[@class='facet'][2]//li[2]/a/@href")
                        .string("/quotes?speaker=" + BEIFENG + "&size=5&source=003_blog"))
                .andExpect(xpath("//nav[@class='pager']/a[@rel='prev']/@href")
                        .string("/quotes?speaker=" + BEIFENG + "&size=5"))
                .andExpect(xpath("//nav[@class='pager']/a[@rel='next']/@href")
                        .string("/quotes?speaker=" + BEIFENG + "&size=5&page=3"))
                .andExpect(xpath("//nav[@class='pager']/span").string("第 2 页，共 3 页"));
    }

    @Test
    void aPageThatIsNotANumberIsABadRequestPageSayingWhatToSend() throws Exception {
        mvc.perform(get("/quotes").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(xpath("//h1").string("无法处理这个请求"))
                .andExpect(xpath("//p[@class='message']").string("参数 page 应为 1 到 100,000 之间的整数。"))
                .andExpect(xpath("//form[@role='search']").exists());
    }

    @Test
    void anUnknownSourceIsABadRequestPageNamingIt() throws Exception {
        given(sources.existsById("zz")).willReturn(false);

        mvc.perform(get("/quotes").param("source", "zz"))
                .andExpect(status().isBadRequest())
                .andExpect(xpath("//p[@class='message']").string("没有 id 为「zz」的来源，来源列表见首页。"));
    }
}

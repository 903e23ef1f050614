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
import static org.yulu.SampleCorpus.exchange;

@WebMvcTest(ItemListController.class)
@Import({SourceFilter.class, CorpusItems.class})
class ExchangeListControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ExchangeRepository exchanges;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    SourceRepository sources;

    @Test
    @SuppressWarnings("unchecked")
    void listsEachQuestionWithItsAnswerAndFiltersByInterviewee() throws Exception {
        PageRequest first = PageRequest.of(0, 20, Sort.by("source.id", "position"));
        given(sources.existsById("003_blog")).willReturn(true);
        given(exchanges.findAll(any(Specification.class), eq(first))).willReturn(new PageImpl<>(
                List.of(exchange(BLOG, 5, "那要在哪里形成护城河?", "闭源形成的护城河是短暂的。")), first, 1));
        given(exchanges.countByInterviewee("003_blog")).willReturn(List.of(new FacetCount("梁文锋", "梁文锋", 1)));
        given(exchanges.countBySource(null)).willReturn(List.of(new FacetCount("003_blog", BLOG.getTitle(), 16)));

        mvc.perform(get("/exchanges").param("source", "003_blog"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("访谈问答"))
                .andExpect(xpath("//section[@class='facet'][1]/h2").string("受访者"))
                .andExpect(xpath("//p[@class='range']").string("第 1–1 条，共 1 条"))
                .andExpect(xpath("//ol[@class='items']/li/p[@class='question']").string("记者那要在哪里形成护城河?"))
                .andExpect(xpath("//ol[@class='items']/li/blockquote").string("闭源形成的护城河是短暂的。"))
                .andExpect(xpath("//ol[@class='items']/li//a[last()]/@href").string("/exchanges/003_blog-5"))
                .andExpect(xpath("//section[@class='facet'][2]//a[@aria-current='true']/@href")
                        .string("/exchanges?source=003_blog"))
                .andExpect(xpath("//nav[@class='pager']").doesNotExist());
    }
}

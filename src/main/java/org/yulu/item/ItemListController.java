package org.yulu.item;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.corpus.CorpusItems;
import org.yulu.corpus.ItemFilter;
import org.yulu.corpus.ItemKind;
import org.yulu.source.SourceFilter;
import org.yulu.system.FilteredList;
import org.yulu.system.ListQuery;
import org.yulu.system.PageParams;

/** The list pages of quotes and of exchanges: one page of items with the speaker and source filters. */
@Controller
class ItemListController {

    private final CorpusItems items;
    private final SourceFilter sourceFilter;

    ItemListController(CorpusItems items, SourceFilter sourceFilter) {
        this.items = items;
        this.sourceFilter = sourceFilter;
    }

    @GetMapping("/quotes")
    String quotes(ListQuery query, HttpServletRequest request, Model model) {
        return list(ItemKind.QUOTE, query, request, model);
    }

    /** {@code speaker} is the interviewee, as in the API. */
    @GetMapping("/exchanges")
    String exchanges(ListQuery query, HttpServletRequest request, Model model) {
        return list(ItemKind.EXCHANGE, query, request, model);
    }

    private String list(ItemKind kind, ListQuery query, HttpServletRequest request, Model model) {
        PageParams params = query.pageParams();
        String speaker = query.speakerFilter();
        String source = sourceFilter.check(query.source());
        model.addAttribute("kind", kind.type());
        model.addAttribute("list", FilteredList.of(
                items.page(kind, ItemFilter.of(speaker, source), params.pageable(CorpusItems.READING_ORDER)), params,
                items.speakerCounts(kind, source), items.sourceCounts(kind, speaker), speaker, source, request));
        return "item/list";
    }
}

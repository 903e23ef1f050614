package org.yulu.quote;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.source.SourceFilter;
import org.yulu.system.FilteredList;
import org.yulu.system.ListQuery;
import org.yulu.system.PageParams;

import java.util.List;

@Controller
class QuoteListController {

    private static final Sort READING_ORDER = Sort.by("source.id", "position");

    private final QuoteRepository quotes;
    private final SourceFilter sourceFilter;

    QuoteListController(QuoteRepository quotes, SourceFilter sourceFilter) {
        this.quotes = quotes;
        this.sourceFilter = sourceFilter;
    }

    @GetMapping("/quotes")
    @Transactional(readOnly = true)
    String list(ListQuery query, HttpServletRequest request, Model model) {
        PageParams params = query.pageParams();
        String speaker = query.speakerFilter();
        String source = sourceFilter.check(query.source());
        model.addAttribute("list", FilteredList.of(
                quotes.findAll(QuoteRepository.filter(speaker, source), params.pageable(READING_ORDER)).map(q -> QuoteItem.of(q, List.of())),
                params, quotes.countBySpeaker(source), quotes.countBySource(speaker), speaker, source, request));
        return "quote/list";
    }
}

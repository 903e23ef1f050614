package org.yulu.interview;

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
class ExchangeListController {

    private static final Sort READING_ORDER = Sort.by("source.id", "position");

    private final ExchangeRepository exchanges;
    private final SourceFilter sourceFilter;

    ExchangeListController(ExchangeRepository exchanges, SourceFilter sourceFilter) {
        this.exchanges = exchanges;
        this.sourceFilter = sourceFilter;
    }

    /** {@code speaker} is the interviewee, as in the API. */
    @GetMapping("/exchanges")
    @Transactional(readOnly = true)
    String list(ListQuery query, HttpServletRequest request, Model model) {
        PageParams params = query.pageParams();
        String interviewee = query.speakerFilter();
        String source = sourceFilter.check(query.source());
        model.addAttribute("list", FilteredList.of(
                exchanges.findAll(ExchangeRepository.filter(interviewee, source), params.pageable(READING_ORDER))
                        .map(e -> ExchangeItem.of(e, List.of())),
                params, exchanges.countByInterviewee(source), exchanges.countBySource(interviewee), interviewee,
                source, request));
        return "interview/list";
    }
}

package org.yulu.speaker;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;
import org.yulu.source.SourceFilter;
import org.yulu.system.FacetList;
import org.yulu.system.FilteredList;
import org.yulu.system.ListQuery;
import org.yulu.system.NotFoundException;
import org.yulu.system.PageParams;
import org.yulu.system.Pager;
import org.yulu.system.QueryLinks;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A speaker's page: everything one person said, across all sources, with the source filter and paging. */
@Controller
class SpeakerPageController {

    private final Speakers speakers;
    private final SourceFilter sourceFilter;

    SpeakerPageController(Speakers speakers, SourceFilter sourceFilter) {
        this.speakers = speakers;
        this.sourceFilter = sourceFilter;
    }

    /** The page of the speaker with this name. */
    static String url(String name) {
        return "/speakers/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    @GetMapping("/speakers/{name}")
    String speaker(@PathVariable String name, ListQuery query, HttpServletRequest request, Model model) {
        PageParams params = query.pageParams();
        String source = sourceFilter.check(query.source());
        long[] all = speakers.counts(name, null);
        if (all[0] + all[1] == 0) {
            throw new NoSuchSpeakerException(name);
        }
        long[] counts = source == null ? all : speakers.counts(name, source);
        QueryLinks links = QueryLinks.of(request);
        Pager pager = Pager.of(counts[0] + counts[1], params).inRange(links);
        model.addAttribute("name", name);
        model.addAttribute("quoteCount", all[0]);
        model.addAttribute("exchangeCount", all[1]);
        model.addAttribute("list", new FilteredList<>(speakers.page(name, source, params, counts[0]), pager,
                FacetList.of(List.of(), null), FacetList.of(speakers.sources(name), source), name, source, links));
        return "speaker/speaker";
    }

    static final class NoSuchSpeakerException extends NotFoundException {

        NoSuchSpeakerException(String name) {
            super("No one named '" + name + "' said anything here.");
        }
    }
}

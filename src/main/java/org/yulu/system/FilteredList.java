package org.yulu.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;

import java.util.List;

/** What a filtered list page shows: one page of items, where it stands, and the filters with their counts. */
public record FilteredList<T>(List<T> items, Pager pager, FacetList speakers, FacetList sources,
        String speaker, String source, QueryLinks links) {

    public static <T> FilteredList<T> of(Page<T> found, PageParams params, List<FacetCount> speakers,
            List<FacetCount> sources, String speaker, String source, HttpServletRequest request) {
        QueryLinks links = QueryLinks.of(request);
        return new FilteredList<>(found.getContent(), Pager.of(found.getTotalElements(), params).inRange(links),
                FacetList.of(speakers, speaker), FacetList.of(sources, source), speaker, source, links);
    }
}

package org.yulu.search;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yulu.system.FacetCount;
import org.yulu.system.FacetList;
import org.yulu.system.LanguageLinks;
import org.yulu.system.PageParams;
import org.yulu.system.Pager;
import org.yulu.system.QueryLinks;
import org.yulu.system.QueryValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

@Controller
class SearchPageController {

    private final SearchService search;
    private final MessageSource messages;

    SearchPageController(SearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** The query string of the search page: what was typed, the filters, and the page. */
    record SearchForm(String q, String type, String speaker, String source, String page, String size, String mode,
            String exact) {
    }

    /** The page's view name, or its future while the question is encoded off the request thread. */
    @GetMapping("/search")
    Object search(SearchForm form, HttpServletRequest request, Model model) {
        PageParams params = PageParams.of(form.page(), form.size());
        CompletableFuture<SearchResults> results = search.searchSoon(new SearchRequest(form.q(), form.type(),
                form.speaker(), form.source(), params, form.mode(),
                Boolean.parseBoolean(QueryValue.strippedOrNull(form.exact()))));
        QueryLinks links = QueryLinks.of(request);
        // taken here: a page finished on another thread has no locale of its own
        Locale locale = LocaleContextHolder.getLocale();
        return results.isDone() ? page(form, params, links, locale, results.join(), model)
                : results.thenApply(found -> page(form, params, links, locale, found, model));
    }

    private String page(SearchForm form, PageParams params, QueryLinks links, Locale locale, SearchResults results,
            Model model) {
        Facets facets = results.facets();
        // Only the searched part of a pasted page is shown, in the box and in every link.
        String searched = SearchQuery.searchedPart(form.q());
        model.addAttribute("q", searched);
        model.addAttribute("description", messages.getMessage("search.description", null,
                locale));
        model.addAttribute("form", form);
        model.addAttribute("results", results);
        QueryLinks shown = searched == null || searched.isBlank() ? links : links.setting("q", searched);
        model.addAttribute("links", shown);
        model.addAttribute("languages", LanguageLinks.Links.of(shown));
        model.addAttribute("pager", results.blankQuery() ? Pager.of(0, params) : Pager.of(results.total(), params)
                .inRange(shown));
        model.addAttribute("types", FacetList.of(counts(facets.type(), type -> messages.getMessage(
                "search.facet.type." + type, null, type, locale)), form.type()));
        model.addAttribute("speakers", FacetList.of(counts(facets.speaker(), Function.identity()), form.speaker()));
        model.addAttribute("sources", FacetList.of(counts(facets.source(), facets::sourceTitle), form.source()));
        return "search/search";
    }

    private static List<FacetCount> counts(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream()
                .map(count -> new FacetCount(count.getKey(), label.apply(count.getKey()), count.getValue()))
                .toList();
    }
}

package org.yulu.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.yulu.meaning.MeaningModel;

import java.io.IOException;
import java.util.Locale;

/**
 * Results pages of popular searches, those asked for most often and lately, as {@link MatchCache} holds their
 * answers: such a page is rendered once per index and language, since rendering it costs more than the search
 * (docs/benchmarks.md). A page depends only on its query string, the language and the index, and is cached under
 * all three; a rebuild's swap leaves the old pages unreachable. Only whole 200 pages are cached; every response still
 * passes the filters before this one (security headers).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SearchPageCache extends OncePerRequestFilter {

    static final int PAGES_CACHED = 500;
    private static final int LARGEST_CACHED = 256 * 1024;

    /** Absent only where a test starts the web layer alone; then no page is cached. */
    private final ObjectProvider<SearchIndex> index;
    /** A page rendered while the model loads says so and lacks the items close in meaning: cached apart. */
    private final ObjectProvider<MeaningModel> model;
    private final LocaleResolver locales;
    private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(PAGES_CACHED)
            .executor(Runnable::run).build();

    SearchPageCache(ObjectProvider<SearchIndex> index, ObjectProvider<MeaningModel> model, LocaleResolver locales) {
        this.index = index;
        this.model = model;
        this.locales = locales;
    }

    private record Page(Object indexVersion, String contentType, Locale locale, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/search");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SearchIndex searched = index.getIfAvailable();
        if (searched == null) {
            chain.doFilter(request, response);
            return;
        }
        Object version = searched.version();
        MeaningModel meaning = model.getIfAvailable();
        String key = locales.resolveLocale(request).toLanguageTag() + " " + (meaning == null ? "" : meaning.state())
                + " " + request.getQueryString();
        Page page = pages.getIfPresent(key);
        if (page != null && page.indexVersion() == version) {
            response.setContentType(page.contentType());
            response.setLocale(page.locale());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentSize() <= LARGEST_CACHED
                && searched.version() == version) {
            pages.put(key, new Page(version, rendering.getContentType(), rendering.getLocale(),
                    rendering.getContentAsByteArray()));
        }
        rendering.copyBodyToResponse();
    }
}

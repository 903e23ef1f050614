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
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.yulu.meaning.MeaningModel;
import org.yulu.related.RelatedPassages;
import org.yulu.system.KeptResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Search answers, pages and JSON alike, kept as the bytes first sent for the searches asked most often and lately
 * (as {@link MatchCache} keeps their matches): rendering or serialising costs far more than the search
 * (docs/benchmarks.md). An answer depends only on its path, query string, language (pages), the model's state and
 * the index and parallel passages it was made from; it is kept under all of them, so a rebuild's swap leaves old
 * answers unreachable. Every 200 goes out through {@link KeptResponse}: compressed when asked, with an ETag and 304s.
 * Every response still passes the filters before this one (security headers, Vary).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class KeptAnswers extends OncePerRequestFilter {

    /** Bytes of plain answers kept; their compressed copies come on top (sizes in docs/benchmarks.md). */
    static final long BYTES_KEPT = 32L * 1024 * 1024;
    private static final int LARGEST_KEPT = 256 * 1024;
    private static final String PAGE = "/search";
    private static final Set<String> PATHS = Set.of(PAGE, "/api/search");
    private static final String PENDING = KeptAnswers.class.getName() + ".PENDING";

    /**
     * Absent only where a test starts the web layer alone; then nothing is kept. Each looked up once, not per
     * request: resolving a provider is bean-factory work on the path of every kept answer.
     */
    private final SingletonSupplier<SearchIndex> index;
    /** An answer made while the model loads says so and lacks the items close in meaning: kept apart. */
    private final SingletonSupplier<MeaningModel> model;
    private final SingletonSupplier<RelatedPassages> related;
    private final LocaleResolver locales;
    private final Cache<Key, Kept> answers = Caffeine.newBuilder().maximumWeight(BYTES_KEPT)
            .weigher((Key key, Kept kept) -> kept.response().size()).executor(Runnable::run).build();

    KeptAnswers(ObjectProvider<SearchIndex> index, ObjectProvider<MeaningModel> model,
            ObjectProvider<RelatedPassages> related, LocaleResolver locales) {
        this.index = SingletonSupplier.of(index::getIfAvailable);
        this.model = SingletonSupplier.of(model::getIfAvailable);
        this.related = SingletonSupplier.of(related::getIfAvailable);
        this.locales = locales;
    }

    /** The language is part of a page's key only: the JSON is the same in every language. */
    private record Key(String path, String language, MeaningModel.State meaning, String query) {
    }

    /** What a kept answer was made from, compared by identity. */
    private record Kept(Object indexVersion, Object relatedVersion, KeptResponse response) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** An answer finished off the request thread (a question encoded first) is kept on its async dispatch. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Pending pending;
        ContentCachingResponseWrapper made;
        if (isAsyncDispatch(request)) {
            pending = (Pending) request.getAttribute(PENDING);
            made = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
            if (pending == null || made == null) {
                chain.doFilter(request, response);
                return;
            }
        } else {
            pending = pending(request);
            if (pending == null) {
                chain.doFilter(request, response);
                return;
            }
            Kept kept = answers.getIfPresent(pending.key());
            if (kept != null && kept.indexVersion() == pending.indexVersion()
                    && kept.relatedVersion() == pending.relatedVersion()) {
                kept.response().writeTo(request, response);
                return;
            }
            request.setAttribute(PENDING, pending);
            made = new ContentCachingResponseWrapper(response);
        }
        chain.doFilter(request, made);
        if (isAsyncStarted(request)) {
            return;
        }
        HttpServletResponse sent = (HttpServletResponse) made.getResponse();
        if (made.getStatus() != HttpServletResponse.SC_OK || made.getContentSize() > LARGEST_KEPT) {
            made.copyBodyToResponse();
            return;
        }
        boolean page = PAGE.equals(pending.key().path());
        KeptResponse answer = KeptResponse.of(made.getContentType(), page ? made.getLocale() : null,
                made.getContentAsByteArray());
        if (pending.searched().version() == pending.indexVersion()
                && pending.passages().version() == pending.relatedVersion()) {
            answers.put(pending.key(), new Kept(pending.indexVersion(), pending.relatedVersion(), answer));
        }
        answer.writeTo(request, sent);
    }

    /** What the answer to this request is kept under and made from; null where nothing can be kept. */
    private Pending pending(HttpServletRequest request) {
        SearchIndex searched = index.get();
        RelatedPassages passages = related.get();
        if (searched == null || passages == null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        MeaningModel meaning = model.get();
        Key key = new Key(path, PAGE.equals(path) ? locales.resolveLocale(request).toLanguageTag() : "",
                meaning == null ? null : meaning.state(), request.getQueryString());
        // versions read before the answer is made, so one made across a swap is never kept as the new one's
        return new Pending(key, searched, passages, searched.version(), passages.version());
    }

    private record Pending(Key key, SearchIndex searched, RelatedPassages passages, Object indexVersion,
            Object relatedVersion) {
    }
}

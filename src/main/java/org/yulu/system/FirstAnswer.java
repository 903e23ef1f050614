package org.yulu.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Announces {@link SiteAnswered} once, when the first request has been answered, or {@link #GRACE_SECONDS} after
 * the site is ready if none comes: work that can wait (the sentence model, the card fonts, the corpus's words for
 * suggestions) starts then, so it takes the two cores from neither the start nor the first answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class FirstAnswer extends OncePerRequestFilter {

    static final int GRACE_SECONDS = 2;

    private final ApplicationEventPublisher events;
    private final AtomicBoolean announced = new AtomicBoolean();

    FirstAnswer(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!announced.get()) {
                announce();
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceSoonWithoutRequests() {
        CompletableFuture.delayedExecutor(GRACE_SECONDS, TimeUnit.SECONDS).execute(this::announce);
    }

    private void announce() {
        if (announced.compareAndSet(false, true)) {
            events.publishEvent(new SiteAnswered());
        }
    }
}

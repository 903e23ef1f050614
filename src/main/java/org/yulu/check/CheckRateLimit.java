package org.yulu.check;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.yulu.system.TryAgainLaterException;
import org.yulu.system.YuluProperties;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client for the quote check, which costs real CPU: a burst at once, then an average a minute.
 * The client is the connection's address, or the nearest address in {@code X-Forwarded-For} that is not one of the
 * configured proxies when the connection comes from one of them; a header from anyone else is ignored, since a
 * client could otherwise claim a new address for every request.
 */
class CheckRateLimit implements HandlerInterceptor {

    /** Clients remembered at once; one forgotten early only starts again with a full bucket. */
    private static final int CLIENTS_KEPT = 100_000;

    private final int perMinute;
    private final int burst;
    private final List<String> trustedProxies;
    private final Cache<String, Bucket> buckets;

    CheckRateLimit(YuluProperties properties) {
        this.perMinute = Math.max(1, properties.checksPerMinute());
        this.burst = Math.max(1, properties.checkBurst());
        this.trustedProxies = List.copyOf(properties.trustedProxies());
        // a bucket left alone this long is full again, and so no different from a new one
        Duration refilled = Duration.ofSeconds((long) Math.ceil(60.0 * burst / perMinute) + 1);
        this.buckets = Caffeine.newBuilder().maximumSize(CLIENTS_KEPT).expireAfterAccess(refilled).build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // the empty form and a request without a text cost nothing
        if (request.getParameter("text") == null) {
            return true;
        }
        Bucket bucket = buckets.get(client(request), client -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        throw new TryAgainLaterException(429, "too many checks from this client; try again in " + seconds + " seconds",
                seconds, "check.rate.limited");
    }

    String client(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(address)) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return address;
    }
}

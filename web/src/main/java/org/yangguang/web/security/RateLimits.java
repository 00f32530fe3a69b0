package org.yangguang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Fixed-window counters for what an anonymous caller can repeat. {@link PublicLimits} decides what
 * is counted where (lookups by number and query code, published content, submissions); failed
 * logins are counted per address across user names. Fixed windows per key, kept in this node's
 * memory: behind a load balancer each node counts for itself, which still caps guessing at nodes ×
 * limit. Each limit is {@code count/window} and can be set with the system property
 * {@code yangguang.rateLimit.<name>}, e.g. {@code -Dyangguang.rateLimit.loginFailures=20/PT10M}.
 */
@ApplicationScoped
public class RateLimits {

    /** The throttled actions with their default limits. */
    public enum Limit {
        /** Every lookup by number and query code from one address, whatever the number. */
        LOOKUP_BY_ADDRESS("trackByAddress", 60, Duration.ofMinutes(1)),
        /** Lookups of one number from one address: guessing its query code. */
        LOOKUP_BY_NUMBER("trackByCase", 20, Duration.ofMinutes(10)),
        /** Reading published content (items, feeds, categories): generous, against scraping floods only. */
        PUBLISHED_BY_ADDRESS("publishedByAddress", 600, Duration.ofMinutes(1)),
        /** Accepted submissions (online applications, complaints, disclosure requests) from one address. */
        APPLY_BY_ADDRESS("applyByAddress", 10, Duration.ofHours(1)),
        LOGIN_FAILURES("loginFailures", 20, Duration.ofMinutes(10));

        final String property;
        final int count;
        final Duration window;

        Limit(String name, int count, Duration window) {
            String configured = System.getProperty("yangguang.rateLimit." + name);
            int n = count;
            Duration w = window;
            if (configured != null && configured.contains("/")) {
                n = Integer.parseInt(configured.substring(0, configured.indexOf('/')).trim());
                w = Duration.parse(configured.substring(configured.indexOf('/') + 1).trim());
            }
            this.property = name;
            this.count = n;
            this.window = w;
        }
    }

    private record Window(Instant start, int used) {}

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Counts one use; returns 0 if allowed, else the seconds until the window ends (for Retry-After). */
    public long use(Limit limit, String key) {
        Instant now = clock.instant();
        Window w = windows.compute(limit.property + "|" + key, (k, old) -> old == null || !now.isBefore(old.start().plus(limit.window))
                ? new Window(now, 1) : new Window(old.start(), old.used() + 1));
        if (windows.size() > 100_000) prune(now);
        return w.used() <= limit.count ? 0 : retryAfter(w, limit, now);
    }

    /**
     * Whether the limit is used up, without counting (failed logins are counted only when they fail,
     * submissions only when accepted).
     */
    public long blocked(Limit limit, String key) {
        Instant now = clock.instant();
        Window w = windows.get(limit.property + "|" + key);
        if (w == null || !now.isBefore(w.start().plus(limit.window)) || w.used() < limit.count) return 0;
        return retryAfter(w, limit, now);
    }

    private static long retryAfter(Window w, Limit limit, Instant now) {
        return Math.max(1, Duration.between(now, w.start().plus(limit.window)).toSeconds() + 1);
    }

    private void prune(Instant now) {
        windows.entrySet().removeIf(e -> now.isAfter(e.getValue().start().plus(Duration.ofHours(1))));
    }
}

package org.yangguang.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Holds the calendar in force between changes, keyed by the newest version number. That number is
 * read from the database at most once a second ({@link #newest}); a change saved on this node
 * forgets it as its transaction completes, so this node sees the change at once and the other
 * nodes of a cluster within the second.
 */
@ApplicationScoped
public class CalendarCache {
    private static final int KEEP_VERSIONS = 32;

    private volatile WorkingCalendar cached;

    /** Older versions, asked for by findings that were judged on them (immutable, so cached for good). */
    private final java.util.Map<Long, WorkingCalendar> versions = new java.util.concurrent.ConcurrentHashMap<>();

    public WorkingCalendar version(long version, Supplier<WorkingCalendar> loader) {
        WorkingCalendar c = versions.get(version);
        if (c == null) {
            c = loader.get();
            if (versions.size() >= KEEP_VERSIONS) versions.clear();
            versions.put(version, c);
        }
        return c;
    }

    private static final long NEWEST_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    private record Newest(long number, long readAt, long generation) {}

    private volatile Newest newest;
    /** Bumped when a change completes: a read that began before it is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** The newest version number, read by {@code read} when the one known is older than a second. */
    public long newest(java.util.function.LongSupplier read) {
        Newest n = newest;
        long now = System.nanoTime();
        long g = generation.get();
        if (n != null && n.generation() == g && now - n.readAt() < NEWEST_FOR_NANOS) return n.number();
        long number = read.getAsLong();
        if (generation.get() == g) newest = new Newest(number, now, g);
        return number;
    }

    /** A calendar change completed (committed or not): read the newest number again. */
    public void forgetNewest() {
        generation.incrementAndGet();
        newest = null;
    }

    public WorkingCalendar get(long newestVersion, Supplier<WorkingCalendar> loader) {
        WorkingCalendar c = cached;
        if (c == null || c.version() != newestVersion) {
            c = loader.get();
            cached = c;
        }
        return c;
    }
}

package org.yangguang.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Holds the calendar in force between changes. Keyed by the newest version number, which the
 * service reads from the database on each call, so every node of a cluster sees a change at once.
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

    public WorkingCalendar get(long newestVersion, Supplier<WorkingCalendar> loader) {
        WorkingCalendar c = cached;
        if (c == null || c.version() != newestVersion) {
            c = loader.get();
            cached = c;
        }
        return c;
    }
}

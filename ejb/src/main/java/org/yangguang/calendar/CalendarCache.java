package org.yangguang.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Holds the calendar in force between changes. Keyed by the newest version number, which the
 * service reads from the database on each call, so every node of a cluster sees a change at once.
 */
@ApplicationScoped
public class CalendarCache {
    private volatile WorkingCalendar cached;

    public WorkingCalendar get(long newestVersion, Supplier<WorkingCalendar> loader) {
        WorkingCalendar c = cached;
        if (c == null || c.version() != newestVersion) {
            c = loader.get();
            cached = c;
        }
        return c;
    }
}

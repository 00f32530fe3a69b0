package org.yangguang.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline with its derivation: the limit and start it came from, the calendar
 * version used, each non-working or stopped day skipped and why, and warnings (a year whose
 * holiday schedule is missing). {@code date} is null while an open stop holds the clock.
 */
public record Deadline(LocalDate from, TimeLimit limit, LocalDate date, long calendarVersion,
        List<SkippedDay> skipped, int weekendDaysSkipped, List<String> warnings) implements Serializable {

    public record SkippedDay(LocalDate date, String reason) implements Serializable {}

    public boolean isSuspended() {
        return date == null;
    }
}

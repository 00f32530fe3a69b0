package org.yangguang.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.shared.SystemText;

/**
 * A computed deadline with its derivation: the limit and start it came from, the calendar
 * version used, each non-working or stopped day skipped and why, and warnings (a year whose
 * holiday schedule is missing). {@code date} is null while an open stop holds the clock.
 */
public record Deadline(LocalDate from, TimeLimit limit, LocalDate date, long calendarVersion,
        List<SkippedDay> skipped, int weekendDaysSkipped, List<SystemText> warnings) implements Serializable {

    /** A day that does not count, and why: a holiday by its name (as the calendar has it), a stop's reason. */
    public record SkippedDay(LocalDate date, SystemText reason) implements Serializable {}

    /** Consecutive days skipped for the same reason: a holiday block, a special procedure. */
    public record Run(LocalDate from, LocalDate to, SystemText reason, int days) implements Serializable {}

    public boolean isSuspended() {
        return date == null;
    }

    /** The skipped days grouped into runs of consecutive days with the same reason, in date order. */
    public List<Run> runs() {
        List<Run> runs = new java.util.ArrayList<>();
        for (SkippedDay d : skipped.stream().sorted(java.util.Comparator.comparing(SkippedDay::date)).toList()) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.reason().equals(d.reason()) && last.to().plusDays(1).equals(d.date())) {
                runs.set(runs.size() - 1, new Run(last.from(), d.date(), last.reason(), last.days() + 1));
            } else {
                runs.add(new Run(d.date(), d.date(), d.reason(), 1));
            }
        }
        return runs;
    }
}

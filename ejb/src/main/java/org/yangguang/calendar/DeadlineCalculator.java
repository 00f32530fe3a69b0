package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yangguang.shared.SystemText;

/**
 * Turns a time limit into a deadline on a working calendar, with stops.
 *
 * <ul>
 *   <li>The day of the event is not counted; counting starts the next day (行政许可法 第八十二条,
 *       民法典 第二百零一条).</li>
 *   <li>Working days: the deadline is the N-th working day after the event, not counting days on
 *       which the clock is stopped.</li>
 *   <li>Natural days: N days after the event, not counting stopped days; if that day is not a
 *       working day the period ends on the next working day (民法典 第二百零三条).</li>
 *   <li>Overlapping stops are merged: a day is stopped or not, never twice.</li>
 * </ul>
 */
public final class DeadlineCalculator {
    /** No limit in law exceeds this; it guards against a calendar that is all holidays. */
    private static final int MAX_SCAN_DAYS = 5 * 366;

    private DeadlineCalculator() {}

    public static Deadline deadline(WorkingCalendar calendar, LocalDate from, TimeLimit limit, List<ClockStop> stops) {
        List<Deadline.SkippedDay> skipped = new ArrayList<>();
        SortedSet<Integer> missingYears = new TreeSet<>();
        int weekends = 0;
        int counted = 0;
        LocalDate day = from;
        Optional<ClockStop> open = stops.stream().filter(ClockStop::isOpen).min(Comparator.comparing(ClockStop::start));
        for (int scanned = 0; counted < limit.getValue(); scanned++) {
            if (scanned > MAX_SCAN_DAYS) {
                throw new IllegalStateException("日历中没有足够的工作日：" + from + " + " + limit);
            }
            day = day.plusDays(1);
            if (open.isPresent() && open.get().covers(day)) {
                // The clock stands still until the stop ends: no date can be given yet.
                return new Deadline(from, limit, null, calendar.version(), List.copyOf(skipped), weekends,
                        warnings(missingYears));
            }
            if (!calendar.knows(day.getYear())) {
                missingYears.add(day.getYear());
            }
            Optional<ClockStop> stop = firstCovering(stops, day);
            if (stop.isPresent()) {
                skipped.add(new Deadline.SkippedDay(day, stop.get().reason()));
                continue;
            }
            if (limit.getUnit() == DayUnit.NATURAL_DAYS) {
                counted++;
                continue;
            }
            if (calendar.isWorkingDay(day)) {
                counted++;
            } else {
                Optional<CalendarDay> holiday = calendar.exception(day);
                if (holiday.isPresent()) {
                    skipped.add(new Deadline.SkippedDay(day, SystemText.of("text.literal", holiday.get().name())));
                } else {
                    weekends++;
                }
            }
        }
        if (limit.getUnit() == DayUnit.NATURAL_DAYS) {
            // 民法典 第二百零三条: a period ending on a holiday runs to the first working day after it.
            while (!calendar.isWorkingDay(day)) {
                LocalDate d = day;
                calendar.exception(day).ifPresentOrElse(
                        h -> skipped.add(new Deadline.SkippedDay(d, SystemText.of("deadline.endMoved", h.name()))),
                        () -> skipped.add(new Deadline.SkippedDay(d, SystemText.of("deadline.weekendEndMoved"))));
                day = day.plusDays(1);
                if (!calendar.knows(day.getYear())) missingYears.add(day.getYear());
            }
        }
        return new Deadline(from, limit, day, calendar.version(), List.copyOf(skipped), weekends, warnings(missingYears));
    }

    /** Working days from {@code after} (exclusive) to {@code until} (inclusive); negative if past. */
    public static int workingDaysBetween(WorkingCalendar calendar, LocalDate after, LocalDate until) {
        if (until.isBefore(after)) {
            return -workingDaysBetween(calendar, until, after);
        }
        int n = 0;
        for (LocalDate d = after.plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) n++;
        }
        return n;
    }

    /**
     * Working days actually used from {@code from} (exclusive) to {@code to} (inclusive), not
     * counting days on which the clock stood still.
     */
    public static int workingDaysUsed(WorkingCalendar calendar, LocalDate from, LocalDate to, List<ClockStop> stops) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            if (calendar.isWorkingDay(d) && stops.stream().noneMatch(s -> s.covers(day))) n++;
        }
        return n;
    }

    private static Optional<ClockStop> firstCovering(List<ClockStop> stops, LocalDate day) {
        return stops.stream().filter(s -> s.covers(day)).findFirst();
    }

    private static List<SystemText> warnings(SortedSet<Integer> missingYears) {
        return missingYears.stream().map(y -> SystemText.of("deadline.yearMissing", y)).toList();
    }
}

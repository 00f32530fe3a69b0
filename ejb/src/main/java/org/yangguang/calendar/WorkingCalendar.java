package org.yangguang.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days: Monday–Friday, minus statutory holidays, plus make-up workdays
 * (调休上班), for the years whose schedule has been imported. A year that has not been imported falls
 * back to plain weekends; {@link #knows(int)} tells which. Immutable: a calendar change makes a new
 * WorkingCalendar with a higher {@link #version()}.
 */
public final class WorkingCalendar implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long version;
    private final Set<Integer> years;
    private final Map<LocalDate, CalendarDay> exceptions;

    public WorkingCalendar(long version, Map<Integer, ? extends Iterable<CalendarDay>> schedules) {
        this.version = version;
        this.years = new TreeSet<>(schedules.keySet());
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        schedules.forEach((year, days) -> days.forEach(d -> {
            if (d.date().getYear() != year) {
                throw new IllegalArgumentException(d.date() + " is not in " + year);
            }
            map.put(d.date(), d);
        }));
        this.exceptions = Map.copyOf(map);
    }

    /** A calendar with no imported year: plain weekends everywhere. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(0, Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = exceptions.get(date);
        if (exception != null) {
            return exception.kind() == DayKind.WORKDAY;
        }
        return !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The holiday or make-up day on this date, if the schedule names one. */
    public Optional<CalendarDay> exception(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** Whether the official schedule of this year has been imported. */
    public boolean knows(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return Set.copyOf(years);
    }

    /** The exceptions of one imported year, in date order. */
    public java.util.List<CalendarDay> schedule(int year) {
        return exceptions.values().stream().filter(d -> d.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
    }

    /** The calendar version: every change of any year raises it. Deadlines record it. */
    public long version() {
        return version;
    }
}

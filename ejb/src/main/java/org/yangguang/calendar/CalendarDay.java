package org.yangguang.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One line of a holiday schedule: {@code 2026-10-01,HOLIDAY,国庆节}. */
public record CalendarDay(LocalDate date, DayKind kind, String name) implements Serializable {
    public CalendarDay {
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
    }
}

package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.approval.Urgency;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;

/** The workbench colours: a passed deadline is overdue on any later day, working day or not. */
class UrgencyTest {
    static final WorkingCalendar CAL = Calendars.official();

    @ParameterizedTest(name = "due {0}, today {1}: {2}")
    @CsvSource({
        "2026-11-27, 2026-11-25, ON_TIME",
        "2026-11-27, 2026-11-26, DUE_SOON",
        "2026-11-27, 2026-11-27, DUE_SOON",
        "2026-11-27, 2026-11-28, OVERDUE",
        "2026-11-27, 2026-11-29, OVERDUE",
        "2026-09-30, 2026-10-01, OVERDUE",
        "2026-09-30, 2026-10-07, OVERDUE",
        "2026-09-24, 2026-09-26, OVERDUE",
        "2026-02-14, 2026-02-15, OVERDUE",
        "2026-02-14, 2026-02-23, OVERDUE",
        "2026-04-30, 2026-05-03, OVERDUE",
        "2026-06-18, 2026-06-20, OVERDUE",
        "2026-04-03, 2026-04-06, OVERDUE",
        "2025-12-31, 2026-01-02, OVERDUE",
        "2026-10-08, 2026-09-30, DUE_SOON",
        "2026-10-09, 2026-09-30, ON_TIME",
        "2026-02-24, 2026-02-14, DUE_SOON",
    })
    void overdueOnHolidaysAndWeekendsToo(String due, String today, Urgency expected) {
        assertEquals(expected, Urgency.of(LocalDate.parse(due), CAL, LocalDate.parse(today)));
    }
}

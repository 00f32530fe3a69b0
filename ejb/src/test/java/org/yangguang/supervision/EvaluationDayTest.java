package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;

class EvaluationDayTest {
    static final WorkingCalendar CAL = Calendars.official();

    static EvaluationDay on(String date) {
        return new EvaluationDay(LocalDate.parse(date), CAL);
    }

    /** Threshold 0: any day after the deadline is overdue, working day or not. */
    @ParameterizedTest(name = "on {0} every deadline up to {1} is overdue")
    @CsvSource({
        "2026-11-28, 2026-11-27, Saturday after a Friday deadline",
        "2026-11-30, 2026-11-29, Monday",
        "2026-10-01, 2026-09-30, first day of 国庆节",
        "2026-01-01, 2025-12-31, across the year boundary",
    })
    void overdueTheDayAfter(String asOf, String bound, String why) {
        assertEquals(LocalDate.parse(bound), on(asOf).overdueBound(0), why);
    }

    /** Threshold n: at least n working days have passed since the deadline. */
    @ParameterizedTest(name = "on {0}, {1} working days over: deadlines up to {2}")
    @CsvSource({
        "2026-11-30, 1, 2026-11-29, Monday: Friday's deadline has one working day over",
        "2026-11-28, 1, 2026-11-26, Saturday: Friday's deadline has none yet",
        "2026-10-07, 1, 2026-09-29, last day of 国庆节: only 09-30 counts back",
        "2026-10-08, 1, 2026-10-07, first working day after 国庆节",
        "2026-10-08, 2, 2026-09-29, two working days: 10-08 and 09-30",
        "2026-10-10, 2, 2026-10-08, Saturday make-up workday counts: 10-10 and 10-09",
        "2026-02-24, 3, 2026-02-12, 春节 2026: 02-24, 02-14 (Saturday make-up), 02-13",
        "2026-01-04, 1, 2026-01-03, Sunday make-up workday after 元旦",
    })
    void overdueByWorkingDays(String asOf, int threshold, String bound, String why) {
        assertEquals(LocalDate.parse(bound), on(asOf).overdueBound(threshold), why);
    }

    @ParameterizedTest(name = "on {0} with {1} working day(s) left: deadlines until {2}")
    @CsvSource({
        "2026-11-26, 1, 2026-11-29, Thursday: Friday (1 left) and the weekend",
        "2026-11-27, 1, 2026-11-30, Friday: Monday is 1 working day away",
        "2026-11-27, 0, 2026-11-29, Friday, 0 left: the deadline day itself (and the weekend)",
        "2026-09-30, 1, 2026-10-08, before 国庆节: 10-08 is the next working day",
        "2026-09-24, 1, 2026-09-28, before 中秋节: 09-28 is the next working day",
        "2026-02-13, 1, 2026-02-23, Friday before 春节: Saturday 02-14 (make-up workday) is 1 left; 02-24 is 2",
        "2026-12-31, 1, 2027-01-03, the year boundary into a year not imported (plain weekends)",
    })
    void dueSoonWindow(String asOf, int threshold, String until, String why) {
        assertEquals(LocalDate.parse(until), on(asOf).dueSoonUntil(threshold), why);
    }

    @Test
    void signedWorkingDistances() {
        EvaluationDay day = on("2026-10-13");
        assertEquals(3, day.workingDays(LocalDate.parse("2026-10-09")), "10-10 make-up, 10-12, 10-13");
        assertEquals(0, day.workingDays(LocalDate.parse("2026-10-13")));
        assertEquals(-1, day.workingDays(LocalDate.parse("2026-10-14")));
        assertEquals(-5, day.workingDays(LocalDate.parse("2026-10-20")));
        assertEquals(5, day.workingDays(LocalDate.parse("2026-09-30")), "10-08, 10-09, 10-10 (make-up), 10-12, 10-13: the holiday week counts nothing");
        assertEquals(13, day.naturalDays(LocalDate.parse("2026-09-30")));
    }

    @Test
    void theDistanceTableAgreesWithTheDirectCount() {
        EvaluationDay day = on("2026-10-13");
        for (EvaluationDay.Distance d : day.distances()) {
            if (d.day().isAfter(LocalDate.parse("2025-01-01")) && d.day().getDayOfMonth() % 3 == 0) {
                assertEquals(day.workingDays(d.day()), d.workingDays(), d.day().toString());
                assertEquals(day.naturalDays(d.day()), d.naturalDays(), d.day().toString());
            }
        }
        assertEquals(EvaluationDay.DAYS_BACK + EvaluationDay.DAYS_AHEAD + 1, day.distances().size());
    }
}

package org.yangguang.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.shared.SystemText;

class DeadlineCalculatorTest {
    static final WorkingCalendar OFFICIAL = Calendars.official();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Deadline wd(String from, int days, ClockStop... stops) {
        return DeadlineCalculator.deadline(OFFICIAL, d(from), TimeLimit.workingDays(days), List.of(stops));
    }

    static Deadline nd(String from, int days, ClockStop... stops) {
        return DeadlineCalculator.deadline(OFFICIAL, d(from), TimeLimit.naturalDays(days), List.of(stops));
    }

    @Test
    void theIssuesExample() {
        Deadline x = wd("2026-09-18", 10);
        assertEquals(d("2026-10-09"), x.date());
        assertEquals(2, x.calendarVersion());
        assertEquals(new Deadline.SkippedDay(d("2026-09-25"), SystemText.of("text.literal", "中秋节")), x.skipped().get(0));
        assertEquals(10, x.skipped().size(), x.skipped().toString()); // 3 中秋节 + 7 国庆节
        assertTrue(x.skipped().stream().skip(3).allMatch(s -> s.reason().chinese().equals("国庆节")));
        assertEquals(List.of(), x.warnings());
    }

    /** One working day after the day before each holiday block (and around make-up days). */
    @ParameterizedTest(name = "{0} + 1 working day = {1} ({2})")
    @CsvSource({
        "2024-12-31, 2025-01-02, 元旦 2025",
        "2025-01-24, 2025-01-26, 春节 2025: Sunday make-up day",
        "2025-01-27, 2025-02-05, 春节 2025: eight holidays",
        "2025-02-07, 2025-02-08, 春节 2025: Saturday make-up day",
        "2025-04-03, 2025-04-07, 清明节 2025",
        "2025-04-25, 2025-04-27, 劳动节 2025: Sunday make-up day",
        "2025-04-30, 2025-05-06, 劳动节 2025",
        "2025-05-30, 2025-06-03, 端午节 2025",
        "2025-09-26, 2025-09-28, 国庆节 2025: Sunday make-up day",
        "2025-09-30, 2025-10-09, 国庆节、中秋节 2025",
        "2025-10-10, 2025-10-11, 国庆节 2025: Saturday make-up day",
        "2025-12-31, 2026-01-04, 元旦 2026 across the year boundary to a Sunday make-up day",
        "2026-02-13, 2026-02-14, 春节 2026: Saturday make-up day",
        "2026-02-14, 2026-02-24, 春节 2026: nine holidays",
        "2026-02-27, 2026-02-28, 春节 2026: Saturday make-up day",
        "2026-04-03, 2026-04-07, 清明节 2026",
        "2026-04-30, 2026-05-06, 劳动节 2026",
        "2026-05-08, 2026-05-09, 劳动节 2026: Saturday make-up day",
        "2026-06-18, 2026-06-22, 端午节 2026",
        "2026-09-18, 2026-09-20, 国庆节 2026: Sunday make-up day",
        "2026-09-24, 2026-09-28, 中秋节 2026",
        "2026-09-30, 2026-10-08, 国庆节 2026",
        "2026-10-09, 2026-10-10, 国庆节 2026: Saturday make-up day"
    })
    void oneWorkingDayAroundEveryHolidayBlock(String from, String expected, String what) {
        assertEquals(d(expected), wd(from, 1).date(), what);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-23, 0, 2026-11-23",
        "2026-11-23, 1, 2026-11-24",
        "2026-11-20, 1, 2026-11-23",
        "2026-11-21, 1, 2026-11-23",
        "2026-11-23, 5, 2026-11-30",
        "2026-11-23, 20, 2026-12-21",
        "2026-01-01, 20, 2026-01-29",   // 01-04 is a Sunday make-up day
        "2026-02-10, 20, 2026-03-16",   // across 春节 with both make-up Saturdays
        "2025-09-20, 20, 2025-10-23",   // across 国庆节、中秋节 2025
        "2025-12-29, 5, 2026-01-06"
    })
    void workingDayLimits(String from, int days, String expected) {
        assertEquals(d(expected), wd(from, days).date());
    }

    @Test
    void theEventDayItselfIsNeverCounted() {
        // a Monday event with one working day is due Tuesday, not the same Monday
        assertEquals(d("2026-11-24"), wd("2026-11-23", 1).date());
    }

    @Test
    void noTwoLimitsOfDifferentLengthShareADeadlineOnWorkingDays() {
        LocalDate previous = null;
        for (int n = 1; n <= 60; n++) {
            LocalDate due = wd("2026-09-01", n).date();
            assertTrue(OFFICIAL.isWorkingDay(due), due + " is a working day");
            if (previous != null) assertTrue(due.isAfter(previous));
            assertEquals(n, DeadlineCalculator.workingDaysBetween(OFFICIAL, d("2026-09-01"), due));
            previous = due;
        }
    }

    @Nested
    class YearBoundaries {
        @Test
        void aYearNotImportedFallsBackToWeekendsWithAWarning() {
            Deadline x = wd("2026-12-30", 5);
            // 2027-01-01 is a plain Friday without the 2027 schedule
            assertEquals(d("2027-01-06"), x.date());
            assertEquals(List.of("2027年节假日安排尚未导入，按普通周末计算"), x.warnings().stream().map(SystemText::chinese).toList());
        }

        @Test
        void aDeadlineInsideAnImportedYearHasNoWarning() {
            assertEquals(List.of(), wd("2026-12-01", 5).warnings());
        }

        @Test
        void reachingIntoTheUnknownYearByNaturalDaysWarnsToo() {
            Deadline x = nd("2026-12-20", 30);
            assertEquals(d("2027-01-19"), x.date());
            assertEquals(1, x.warnings().size());
        }

        @Test
        void aYearBeforeTheImportedOnesWarnsAsWell() {
            assertEquals(List.of("2024年节假日安排尚未导入，按普通周末计算"), wd("2024-12-20", 3).warnings().stream().map(SystemText::chinese).toList());
        }
    }

    @Nested
    class NaturalDays {
        @ParameterizedTest(name = "{0} + {1} natural days = {2} ({3})")
        @CsvSource({
            "2026-09-20, 10, 2026-09-30, ends on a working day",
            "2026-09-22, 10, 2026-10-08, ends on 国庆节: runs to the first working day after",
            "2026-11-18, 10, 2026-11-30, ends on a Saturday: runs to Monday",
            "2026-09-30, 10, 2026-10-10, ends on a Saturday make-up workday: stays",
            "2026-08-02, 60, 2026-10-08, 60 days ending on 国庆节",
            "2026-02-05, 10, 2026-02-24, ends in 春节",
            "2025-12-22, 10, 2026-01-04, ends on 元旦 across the year: the Sunday make-up day",
            "2026-11-23, 0, 2026-11-23, zero days"
        })
        void naturalDayPeriods(String from, int days, String expected, String what) {
            assertEquals(d(expected), nd(from, days).date(), what);
        }

        @Test
        void theRollForwardIsExplained() {
            Deadline x = nd("2026-09-22", 10);
            assertTrue(x.skipped().stream().anyMatch(s -> s.date().equals(d("2026-10-02"))
                    && s.reason().chinese().contains("顺延")), x.skipped().toString());
        }

        @Test
        void stoppedDaysDoNotCountInNaturalDaysEither() {
            // stopped 2026-11-03 .. 2026-11-05: three days do not count
            Deadline x = nd("2026-11-02", 10, new ClockStop(d("2026-11-02"), d("2026-11-05"), SystemText.of("text.literal", "检测")));
            assertEquals(d("2026-11-16"), x.date()); // 11-12 + 3 = 11-15 (Sunday) -> Monday
        }
    }

    @Nested
    class Stops {
        final ClockStop testing = new ClockStop(d("2026-09-03"), d("2026-09-09"), SystemText.of("text.literal", "特别程序：检测"));

        @Test
        void stoppedWorkingDaysMoveTheDeadline() {
            assertEquals(d("2026-09-15"), wd("2026-09-01", 10).date());
            Deadline x = wd("2026-09-01", 10, testing);
            // 4 working days stopped (09-04, 07, 08, 09): 09-15 + 4 working days, across the Sunday make-up day
            assertEquals(d("2026-09-20"), x.date());
            assertEquals(List.of(d("2026-09-04"), d("2026-09-05"), d("2026-09-06"), d("2026-09-07"), d("2026-09-08"),
                    d("2026-09-09")), x.skipped().stream().map(Deadline.SkippedDay::date).toList());
            assertTrue(x.skipped().stream().allMatch(s -> s.reason().chinese().equals("特别程序：检测")));
        }

        @Test
        void theDayAStopStartsCountsAndTheDayItEndsDoesNot() {
            ClockStop oneDay = new ClockStop(d("2026-11-23"), d("2026-11-24"), SystemText.of("text.literal", "听证"));
            assertFalse(oneDay.covers(d("2026-11-23")));
            assertTrue(oneDay.covers(d("2026-11-24")));
            assertFalse(oneDay.covers(d("2026-11-25")));
            assertEquals(d("2026-11-25"), wd("2026-11-23", 1, oneDay).date());
        }

        @Test
        void overlappingStopsAreMergedNotDoubleCounted() {
            ClockStop a = new ClockStop(d("2026-09-03"), d("2026-09-07"), SystemText.of("text.literal", "检测"));
            ClockStop b = new ClockStop(d("2026-09-05"), d("2026-09-09"), SystemText.of("text.literal", "专家评审"));
            Deadline merged = wd("2026-09-01", 10, a, b);
            assertEquals(wd("2026-09-01", 10, testing).date(), merged.date());
            assertEquals(6, merged.skipped().size(), "each stopped day once");
            ClockStop inside = new ClockStop(d("2026-09-04"), d("2026-09-05"), SystemText.of("text.literal", "公示"));
            assertEquals(wd("2026-09-01", 10, testing).date(), wd("2026-09-01", 10, testing, inside).date());
        }

        @Test
        void aStopAcrossTheHolidaysMovesOnlyByTheWorkingDaysItStopped() {
            ClockStop hearing = new ClockStop(d("2026-09-24"), d("2026-10-08"), SystemText.of("text.literal", "听证"));
            // stopped working days: 09-28, 09-29, 09-30, 10-08 -> 10-09 + 4 working days (10-10 is a make-up Saturday)
            assertEquals(d("2026-10-14"), wd("2026-09-18", 10, hearing).date());
        }

        @Test
        void aStopBeforeTheEventOrAfterTheDeadlineChangesNothing() {
            ClockStop before = new ClockStop(d("2026-08-01"), d("2026-08-20"), SystemText.of("text.literal", "检测"));
            ClockStop after = new ClockStop(d("2026-12-01"), d("2026-12-20"), SystemText.of("text.literal", "检测"));
            assertEquals(wd("2026-09-01", 10).date(), wd("2026-09-01", 10, before, after).date());
        }

        @Test
        void anOpenStopSuspendsTheDeadline() {
            Deadline x = wd("2026-09-01", 10, new ClockStop(d("2026-09-03"), null, SystemText.of("text.literal", "检验")));
            assertTrue(x.isSuspended());
            assertNull(x.date());
        }

        @Test
        void anOpenStopAfterTheDeadlineDoesNotSuspendIt() {
            Deadline x = wd("2026-09-01", 2, new ClockStop(d("2026-09-10"), null, SystemText.of("text.literal", "检验")));
            assertEquals(d("2026-09-03"), x.date());
        }

        @Test
        void extensionAfterAStopAddsWorkingDaysOnTop() {
            Deadline base = wd("2026-09-01", 20, testing);
            Deadline extended = wd("2026-09-01", 30, testing);
            assertEquals(10, DeadlineCalculator.workingDaysBetween(OFFICIAL, base.date(), extended.date()));
        }

        @Test
        void stopEndingBeforeItStartsIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new ClockStop(d("2026-09-09"), d("2026-09-03"), SystemText.of("text.literal", "x")));
        }
    }

    @Nested
    class CalendarChanges {
        @Test
        void importingAYearMovesDeadlinesAndRecordsTheVersion() {
            WorkingCalendar before = new WorkingCalendar(1, Map.of(2025, Calendars.year(2025)));
            Deadline old = DeadlineCalculator.deadline(before, d("2026-09-18"), TimeLimit.workingDays(10), List.of());
            assertEquals(d("2026-10-02"), old.date());
            assertEquals(1, old.calendarVersion());
            assertEquals(1, old.warnings().size());
            Deadline now = wd("2026-09-18", 10);
            assertEquals(d("2026-10-09"), now.date());
            assertEquals(2, now.calendarVersion());
        }

        @Test
        void aSecondNoticeTurningAMakeUpDayIntoAHolidayMovesTheDeadline() {
            // as in 2020: a later notice extends the Spring Festival
            List<CalendarDay> changed = new ArrayList<>(Calendars.year(2026));
            changed.removeIf(c -> c.date().equals(d("2026-02-28")));
            changed.add(new CalendarDay(d("2026-02-24"), DayKind.HOLIDAY, "春节（延长）"));
            WorkingCalendar v3 = new WorkingCalendar(3, Map.of(2025, Calendars.year(2025), 2026, changed));
            Deadline x = DeadlineCalculator.deadline(v3, d("2026-02-13"), TimeLimit.workingDays(5), List.of());
            // 02-14 (make-up Sat), 02-25, 26, 27, 03-02 — 02-24 now a holiday, 02-28 no longer a working Saturday
            assertEquals(d("2026-03-02"), x.date());
            assertEquals(d("2026-02-27"), wd("2026-02-13", 5).date());
            assertEquals(3, x.calendarVersion());
        }
    }

    @Test
    void workingDaysBetweenCountsBothWays() {
        // 10-08, 10-09, 10-10 (make-up Saturday), 10-12
        assertEquals(4, DeadlineCalculator.workingDaysBetween(OFFICIAL, d("2026-09-30"), d("2026-10-12")));
        assertEquals(-4, DeadlineCalculator.workingDaysBetween(OFFICIAL, d("2026-10-12"), d("2026-09-30")));
        assertEquals(0, DeadlineCalculator.workingDaysBetween(OFFICIAL, d("2026-10-01"), d("2026-10-07")));
    }
}

package org.yangguang.interaction.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.supervision.Period;
import org.yangguang.shared.InvalidInputException;

/** Answer-time buckets on the official calendar, on-time computation, and the periods of the statistics. */
class AnswerTimeTest {
    static final WorkingCalendar CAL = Calendars.official();

    @ParameterizedTest(name = "{0} to {1}: {2} ({3})")
    @CsvSource({
        "2026-12-07, 2026-12-07, ONE_DAY, the same day",
        "2026-12-07, 2026-12-08, ONE_DAY, the next working day",
        "2026-12-04, 2026-12-08, THREE_DAYS, Friday to Tuesday: Monday and Tuesday",
        "2026-12-07, 2026-12-14, FIVE_DAYS, a week: 5 working days",
        "2026-09-24, 2026-10-09, FIVE_DAYS, 中秋 and 国庆 off: 28-30 September, 8 and 9 October",
        "2025-12-31, 2026-01-08, FIVE_DAYS, the year end: 元旦 off, Sunday 4 January a make-up workday",
        "2026-12-07, 2026-12-21, TEN_DAYS, two weeks",
        "2026-12-07, 2026-12-28, FIFTEEN_DAYS, three weeks",
        "2026-12-07, 2026-12-29, LONGER, 16 working days",
    })
    void buckets(LocalDate received, LocalDate answered, AnswerTime bucket, String why) {
        assertEquals(bucket, AnswerTime.of(CAL, received, answered), why);
    }

    @Test
    void onTimeLateAndNotCounted() {
        LocalDate due = LocalDate.of(2026, 12, 14);
        LocalDate today = LocalDate.of(2026, 12, 20);
        assertEquals(Timeliness.ON_TIME, Timeliness.of(LetterStatus.ANSWERED, due, due, today), "on the deadline");
        assertEquals(Timeliness.LATE, Timeliness.of(LetterStatus.ANSWERED, due.plusDays(1), due, today));
        assertEquals(Timeliness.LATE, Timeliness.of(LetterStatus.HANDLING, null, due, today), "open past its deadline");
        assertEquals(Timeliness.LATE, Timeliness.of(LetterStatus.RECEIVED, null, due, today), "never routed");
        assertEquals(Timeliness.NOT_COUNTED, Timeliness.of(LetterStatus.HANDLING, null, due, due), "still within its limit");
        assertEquals(Timeliness.NOT_COUNTED, Timeliness.of(LetterStatus.COMPLAINT, null, due, today), "a complaint's own limits");
        assertEquals(66.7, Timeliness.share(2, 1));
        assertNull(Timeliness.share(0, 0));
    }

    @Test
    void periodsMonthsAndThePreviousPeriod() {
        Period q = Period.parse("2026-q1");
        assertEquals(java.util.List.of("2026-01", "2026-02", "2026-03"), AttentionService.months(q));
        assertEquals("2025-Q4", q.previous().code());
        assertEquals(java.util.List.of("2026-11"), AttentionService.months(Period.parse("2026-11")));
        assertEquals("2025-12", Period.parse("2026-01").previous().code());
        for (String bad : new String[] {"2026-13", "2026-Q5", "2026-1", "november", "", "2026-11-01"}) {
            assertEquals("period", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                    () -> Period.parse(bad)).problems().get(0).field(), bad);
        }
    }
}

package org.yangguang.interaction.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The letters' answer limits on the official calendar (cn-2025.csv, cn-2026.csv): working days
 * counted from the day after receipt, holidays skipped, make-up workdays counted, across the year
 * end; the one extension counted after the current deadline. Expected dates worked out by hand.
 */
class LetterLimitsTest {
    static final WorkingCalendar CAL = Calendars.official();

    @ParameterizedTest(name = "{1} received {0}: due {2} ({3})")
    @CsvSource({
        "2026-12-07, CONSULTATION, 2026-12-14, 5 working days: Tue to Fri and the next Monday",
        "2025-12-31, CONSULTATION, 2026-01-08, the year end: 元旦 1-3 January off; Sunday 4 January a make-up workday",
        "2026-09-18, CONSULTATION, 2026-09-24, Sunday 20 September a make-up workday",
        "2026-09-24, CONSULTATION, 2026-10-09, 中秋 25-27 September and 国庆 1-7 October off",
        "2026-02-09, SUGGESTION, 2026-03-06, 15: 春节 15-23 February off; Saturdays 14 and 28 February make-up workdays",
        "2026-02-09, COMPLAINT, 2026-03-06, 投诉 as 建议: 15",
        "2026-02-09, REPORT, 2026-03-06, 举报 as 投诉: 15",
        "2026-02-09, OTHER, 2026-03-06, 其他: 15",
    })
    void theAnswerDeadline(LocalDate received, LetterCategory category, LocalDate due, String why) {
        assertEquals(due, LetterLimits.DEFAULTS.answerDue(CAL, received, category).date(), why);
    }

    @Test
    void theExtensionCountsAfterTheCurrentDeadline() {
        // a 咨询 received Friday 18 September 2026 is due Thursday 24 September; 10 more working days:
        // 28, 29, 30 September, 8, 9 October, Saturday 10 October (a make-up workday), 12, 13, 14, 15 October
        LocalDate due = LetterLimits.DEFAULTS.answerDue(CAL, LocalDate.of(2026, 9, 18), LetterCategory.CONSULTATION).date();
        assertEquals(LocalDate.of(2026, 9, 24), due);
        assertEquals(LocalDate.of(2026, 10, 15), LetterLimits.DEFAULTS.extendedDue(CAL, due).date());
    }

    @Test
    void theLimitsComeFromTheSettings() {
        LetterLimits limits = new LetterLimits(3, 20, 10, 7, 5);
        assertEquals(3, limits.days(LetterCategory.CONSULTATION));
        assertEquals(20, limits.days(LetterCategory.SUGGESTION));
        assertEquals(10, limits.days(LetterCategory.COMPLAINT));
        assertEquals(10, limits.days(LetterCategory.REPORT));
        assertEquals(7, limits.days(LetterCategory.OTHER));
        // 3 working days from Wednesday 31 December 2025: 4 (Sunday, make-up), 5, 6 January
        assertEquals(LocalDate.of(2026, 1, 6), limits.answerDue(CAL, LocalDate.of(2025, 12, 31), LetterCategory.CONSULTATION).date());
    }
}

package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.WorkingCalendar;

/** 条例 第二十六条: proactive disclosure within 20 working days of the information being made or changed. */
class ProactiveDisclosureTest {
    static final WorkingCalendar CAL = Calendars.official();

    @ParameterizedTest(name = "made {0}: published by {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "2025-09-26 | 2025-10-30 | 09-28(Sun), 29, 30, 10-09, 10, 11(Sat), 13..17, 20..24, 27..30",
        "2025-12-19 | 2026-01-19 | 22..26, 29..31, 01-04(Sun), 05..09, 12..16, 19",
        "2026-02-10 | 2026-03-16 | 11..13, 14(Sat), 24..27, 28(Sat), 03-02..06, 09..13, 16",
        "2025-04-30 | 2025-06-03 | 05-06..09, 12..16, 19..23, 26..30, 06-03 (端午 05-31..06-02)",
        "2026-11-23 | 2026-12-21 | four plain weeks"
    })
    void twentyWorkingDays(LocalDate madeOn, LocalDate expected, String counted) {
        Deadline deadline = ProactiveDisclosure.deadline(CAL, madeOn);
        assertEquals(expected, deadline.date(), counted);
        assertEquals(20, deadline.limit().getValue());
        assertEquals(2, deadline.calendarVersion());
    }
}

package org.yangguang.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yangguang.shared.SystemText;

class CalendarCsvTest {

    @Test
    void officialFilesParse() {
        assertEquals(33, Calendars.year(2025).size());
        assertEquals(39, Calendars.year(2026).size());
    }

    @Test
    void headerAndByteOrderMarkAreOptional() {
        assertEquals(1, CalendarCsv.parse("\uFEFFdate,kind,name\r\n2026-10-01,HOLIDAY,国庆节\r\n", 2026).days().size());
        assertEquals(1, CalendarCsv.parse("2026-10-01,holiday,国庆节", 2026).days().size());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        String csv = String.join("\n",
                "date,kind,name",
                "2026-02-30,HOLIDAY,春节",        // 2: no such date
                "2026-10-01,HOLIDAY,国庆节",
                "2026-10-01,HOLIDAY,国庆节",       // 4: duplicate
                "2026-10-12,WORKDAY,调休",          // 5: a Monday cannot be a make-up workday
                "2026-10-03,HOLIDAY,国庆节",        // a Saturday holiday is fine
                "2025-10-01,HOLIDAY,国庆节",        // 7: wrong year
                "2026-10-04,DAYOFF,国庆节",         // 8: unknown kind
                "2026-10-05,HOLIDAY",               // 9: missing name
                "2026-10-06,HOLIDAY, ");            // 10: blank name
        CalendarCsv.Parsed p = CalendarCsv.parse(csv, 2026);
        assertEquals(List.of(2, 4, 5, 7, 8, 9, 10), p.errors().stream().map(SystemText::chinese)
                .map(e -> Integer.parseInt(e.substring(1, e.indexOf('行')))).toList(), p.errors().toString());
        assertEquals(List.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-03")),
                p.days().stream().map(CalendarDay::date).toList());
    }

    @Test
    void emptyFileIsAnError() {
        assertTrue(CalendarCsv.parse("date,kind,name\n", 2026).errors().get(0).chinese().contains("没有日期"));
    }

    @Test
    void formatWritesWhatParseReads() {
        List<CalendarDay> days = Calendars.year(2026);
        assertEquals(days, CalendarCsv.parse(CalendarCsv.format(days), 2026).days());
    }
}

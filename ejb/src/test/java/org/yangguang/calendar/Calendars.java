package org.yangguang.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The official 2025 and 2026 schedules, read from the project's seed files. */
public final class Calendars {
    private Calendars() {}

    public static List<CalendarDay> year(int year) {
        try (InputStream in = Calendars.class.getResourceAsStream("/calendar/cn-" + year + ".csv")) {
            CalendarCsv.Parsed p = CalendarCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), year);
            if (!p.isValid()) throw new IllegalStateException(p.errors().toString());
            return p.days();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkingCalendar official() {
        return new WorkingCalendar(2, Map.of(2025, year(2025), 2026, year(2026)));
    }
}

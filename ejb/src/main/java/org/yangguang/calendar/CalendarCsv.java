package org.yangguang.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yangguang.shared.SystemText;

/**
 * The holiday schedule file {@code date,kind,name} (header line optional), as published in
 * {@code shared/calendar}. Every bad line is reported with its number; nothing is half-read.
 */
public final class CalendarCsv {
    public static final String HEADER = "date,kind,name";

    private CalendarCsv() {}

    public record Parsed(List<CalendarDay> days, List<SystemText> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(String text, int year) {
        List<CalendarDay> days = new ArrayList<>();
        List<SystemText> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            int n = i + 1;
            if (line.isEmpty() || (i == 0 && line.equalsIgnoreCase(HEADER))) continue;
            String[] parts = line.split(",", -1);
            if (parts.length != 3) {
                errors.add(SystemText.of("calendarFile.threeParts", n, line));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].trim());
            } catch (DateTimeParseException e) {
                errors.add(SystemText.of("calendarFile.badDate", n, parts[0].trim()));
                continue;
            }
            DayKind kind;
            try {
                kind = DayKind.valueOf(parts[1].trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(SystemText.of("calendarFile.badKind", n, parts[1].trim()));
                continue;
            }
            String name = parts[2].trim();
            if (name.isEmpty() || name.length() > 40) {
                errors.add(SystemText.of("calendarFile.badName", n));
                continue;
            }
            if (date.getYear() != year) {
                errors.add(SystemText.of("calendarFile.otherYear", n, date, year));
                continue;
            }
            if (!seen.add(date)) {
                errors.add(SystemText.of("calendarFile.dateTwice", n, date));
                continue;
            }
            if (kind == DayKind.WORKDAY && !WorkingCalendar.isWeekend(date)) {
                // A make-up workday only makes sense on a weekend; on a weekday it is a typo.
                errors.add(SystemText.of("calendarFile.weekdayWorkday", n, date, date.getDayOfWeek().toString()));
                continue;
            }
            days.add(new CalendarDay(date, kind, name));
        }
        if (days.isEmpty() && errors.isEmpty()) {
            errors.add(SystemText.of("calendarFile.noDates"));
        }
        return new Parsed(List.copyOf(days), List.copyOf(errors));
    }

    public static String format(List<CalendarDay> days) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        days.stream().sorted(java.util.Comparator.comparing(CalendarDay::date))
                .forEach(d -> b.append(d.date()).append(',').append(d.kind()).append(',').append(d.name()).append('\n'));
        return b.toString();
    }
}

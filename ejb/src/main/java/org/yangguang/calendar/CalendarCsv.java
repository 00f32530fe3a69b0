package org.yangguang.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holiday schedule file {@code date,kind,name} (header line optional), as published in
 * {@code shared/calendar}. Every bad line is reported with its number; nothing is half-read.
 */
public final class CalendarCsv {
    public static final String HEADER = "date,kind,name";

    private CalendarCsv() {}

    public record Parsed(List<CalendarDay> days, List<String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(String text, int year) {
        List<CalendarDay> days = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            int n = i + 1;
            if (line.isEmpty() || (i == 0 && line.equalsIgnoreCase(HEADER))) continue;
            String[] parts = line.split(",", -1);
            if (parts.length != 3) {
                errors.add("第" + n + "行：应为“日期,类型,名称”三项：" + line);
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].trim());
            } catch (DateTimeParseException e) {
                errors.add("第" + n + "行：日期无效（应为yyyy-MM-dd）：" + parts[0].trim());
                continue;
            }
            DayKind kind;
            try {
                kind = DayKind.valueOf(parts[1].trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add("第" + n + "行：类型应为HOLIDAY或WORKDAY：" + parts[1].trim());
                continue;
            }
            String name = parts[2].trim();
            if (name.isEmpty() || name.length() > 40) {
                errors.add("第" + n + "行：名称不能为空且最多40字");
                continue;
            }
            if (date.getYear() != year) {
                errors.add("第" + n + "行：" + date + "不属于" + year + "年");
                continue;
            }
            if (!seen.add(date)) {
                errors.add("第" + n + "行：日期重复：" + date);
                continue;
            }
            if (kind == DayKind.WORKDAY && !WorkingCalendar.isWeekend(date)) {
                // A make-up workday only makes sense on a weekend; on a weekday it is a typo.
                errors.add("第" + n + "行：" + date + "是工作日（" + date.getDayOfWeek() + "），不能登记为调休上班");
                continue;
            }
            days.add(new CalendarDay(date, kind, name));
        }
        if (days.isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有日期");
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

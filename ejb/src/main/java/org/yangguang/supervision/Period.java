package org.yangguang.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/** A month ({@code 2026-11}) or a quarter ({@code 2026-Q4}) of the performance evaluation. */
public record Period(String code, LocalDate from, LocalDate to, boolean quarter) implements Serializable {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public static Period parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
            return new Period(t, from, from.plusMonths(3).minusDays(1), true);
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(t, ym.atDay(1), ym.atEndOfMonth(), false);
        }
        throw new InvalidInputException("period", SystemText.of("period.format"));
    }

    public static Period quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    public static Period monthOf(LocalDate day) {
        return parse(String.format("%d-%02d", day.getYear(), day.getMonthValue()));
    }

    /** In words: 2026年第四季度, 2026年11月. */
    public String label() {
        return quarter ? from.getYear() + "年第" + "一二三四".charAt((from.getMonthValue() - 1) / 3) + "季度"
                : from.getYear() + "年" + from.getMonthValue() + "月";
    }

    public Period previous() {
        return quarter ? quarterOf(from.minusMonths(3)) : monthOf(from.minusMonths(1));
    }
}

package org.yangguang.interaction.attention;

import java.time.LocalDate;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.Labelled;

/**
 * How long an answer took, in working days from the day after receipt to the day of the answer
 * (counted on the calendar like every limit): the buckets of the answer-time distribution. The
 * shortest limit (咨询) is 5 working days, the others 15.
 */
public enum AnswerTime implements Labelled {
    ONE_DAY(1, "1个工作日内"),
    THREE_DAYS(3, "2–3个工作日"),
    FIVE_DAYS(5, "4–5个工作日"),
    TEN_DAYS(10, "6–10个工作日"),
    FIFTEEN_DAYS(15, "11–15个工作日"),
    LONGER(Integer.MAX_VALUE, "超过15个工作日");

    private final int upTo;
    private final String label;

    AnswerTime(int upTo, String label) {
        this.upTo = upTo;
        this.label = label;
    }

    /** The bucket of an answer that took {@code workingDays} (0 for an answer on the day of receipt). */
    public static AnswerTime of(int workingDays) {
        for (AnswerTime t : values()) {
            if (workingDays <= t.upTo) return t;
        }
        return LONGER;
    }

    /** The bucket of an answer given on {@code answered} to a letter received on {@code received}. */
    public static AnswerTime of(WorkingCalendar calendar, LocalDate received, LocalDate answered) {
        return of(Math.max(0, DeadlineCalculator.workingDaysBetween(calendar, received, answered)));
    }

    @Override
    public String label() {
        return label;
    }
}

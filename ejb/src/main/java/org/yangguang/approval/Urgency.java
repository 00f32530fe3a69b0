package org.yangguang.approval;

import java.time.LocalDate;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.Labelled;

/** How close a case is to its running deadline, for the workbench's colours. */
public enum Urgency implements Labelled {
    ON_TIME("正常"),
    DUE_SOON("临近期限"),
    OVERDUE("已超期"),
    NONE("不计时");

    /** Working days left (or fewer) at which a case is shown as due soon. */
    public static final int DUE_SOON_DAYS = 1;

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    /**
     * A deadline that has passed is overdue on any day after it, working day or not: a case due
     * on Friday is overdue on Saturday, although no working day has gone by since.
     */
    public static Urgency of(LocalDate deadline, WorkingCalendar calendar, LocalDate today) {
        if (deadline == null) return NONE;
        if (today.isAfter(deadline)) return OVERDUE;
        return DeadlineCalculator.workingDaysBetween(calendar, today, deadline) <= DUE_SOON_DAYS ? DUE_SOON : ON_TIME;
    }

    @Override
    public String label() {
        return label;
    }
}

package org.yangguang.calendar;

import org.yangguang.shared.Labelled;

/** The unit a time limit is counted in (each limit carries its own, see domain.md "Working days"). */
public enum DayUnit implements Labelled {
    /** 工作日: Monday–Friday that is not a holiday, plus make-up workdays. */
    WORKING_DAYS("工作日"),
    /** 自然日: every day; a period ending on a non-working day runs to the next working day (民法典 第二百零三条). */
    NATURAL_DAYS("自然日");

    private final String label;

    DayUnit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static DayUnit fromLabel(String text) {
        return Labelled.parse(DayUnit.class, text, "时限单位");
    }
}

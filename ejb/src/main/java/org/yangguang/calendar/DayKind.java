package org.yangguang.calendar;

/** An exception to the Monday–Friday rule, as the State Council's notice declares it. */
public enum DayKind {
    /** 法定节假日: no work, even on a weekday. */
    HOLIDAY,
    /** 调休上班: a weekend day that is a working day. */
    WORKDAY
}

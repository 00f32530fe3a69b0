package org.yangguang.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A time limit: a number of working or natural days. Shared by matters (statutory and promised
 * limits), and later by cases, disclosure requests and complaints.
 */
@Embeddable
public class TimeLimit {
    /** Nothing in administrative law runs longer than a year of working days. */
    public static final int MAX_VALUE = 366;

    @Column(name = "limit_value")
    private int value;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", length = 16)
    private DayUnit unit;

    protected TimeLimit() {}

    public TimeLimit(int value, DayUnit unit) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("时限须在0到" + MAX_VALUE + "之间：" + value);
        }
        this.value = value;
        this.unit = Objects.requireNonNull(unit, "时限单位不能为空");
    }

    public static TimeLimit workingDays(int value) {
        return new TimeLimit(value, DayUnit.WORKING_DAYS);
    }

    public static TimeLimit naturalDays(int value) {
        return new TimeLimit(value, DayUnit.NATURAL_DAYS);
    }

    public int getValue() {
        return value;
    }

    public DayUnit getUnit() {
        return unit;
    }

    /**
     * Whether this limit is no longer than {@code other}. Limits in different units cannot be
     * compared without a calendar, so the catalog requires the same unit (see MatterContent).
     */
    public boolean isNoLongerThan(TimeLimit other) {
        if (unit != other.unit) {
            throw new IllegalArgumentException("不同单位的时限不能直接比较");
        }
        return value <= other.value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeLimit t && value == t.value && unit == t.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit);
    }

    @Override
    public String toString() {
        return value == 0 ? "即办" : value + "个" + unit.label(); // 0: decided on the spot (即办件)
    }
}

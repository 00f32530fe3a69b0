package org.yangguang.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;

/**
 * 主动公开的时限 (政府信息公开条例 第二十六条): information to be disclosed proactively is published
 * within 20 working days of being made or changed, unless a law or regulation sets another limit.
 */
public final class ProactiveDisclosure {
    public static final int DAYS = 20;

    private ProactiveDisclosure() {}

    /** The last day to publish information made or changed on {@code madeOrChangedOn}. */
    public static Deadline deadline(WorkingCalendar calendar, LocalDate madeOrChangedOn) {
        return DeadlineCalculator.deadline(calendar, madeOrChangedOn, TimeLimit.workingDays(DAYS), List.of());
    }
}

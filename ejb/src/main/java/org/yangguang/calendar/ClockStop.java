package org.yangguang.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.shared.SystemText;

/**
 * A time the clock does not run: a special procedure (特别程序), waiting for a correction, a third
 * party's answer. The day the stop starts still counts; from the next day through the day it ends
 * no day counts ("the day of an event is not counted" applied to both ends). An open stop
 * ({@code end == null}) runs until further notice.
 */
public record ClockStop(LocalDate start, LocalDate end, SystemText reason) implements Serializable {
    public ClockStop {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(reason, "reason");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("停止计时的结束日期早于开始日期：" + start + " ~ " + end);
        }
    }

    /** Whether the clock is stopped on this day. */
    public boolean covers(LocalDate day) {
        return day.isAfter(start) && (end == null || !day.isAfter(end));
    }

    public boolean isOpen() {
        return end == null;
    }
}

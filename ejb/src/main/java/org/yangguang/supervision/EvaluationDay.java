package org.yangguang.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The evaluation date on a working calendar, and what the rules' thresholds mean on it. A deadline
 * that has passed is overdue on any later day, working or not (a case due on Friday is overdue on
 * Saturday); thresholds count working days (or natural days where the rule says so).
 */
public record EvaluationDay(LocalDate asOf, WorkingCalendar calendar) {
    /** How far back and ahead of the evaluation date {@link #distances()} reaches. */
    static final int DAYS_BACK = 5 * 366;
    static final int DAYS_AHEAD = 120;

    /**
     * The latest deadline that counts as overdue with {@code threshold} working days: any day
     * before the evaluation date for 0; otherwise the day before the threshold-th working day
     * counted back from the evaluation date (itself included when it is a working day).
     */
    public LocalDate overdueBound(int threshold) {
        if (threshold <= 0) return asOf.minusDays(1);
        int seen = 0;
        for (LocalDate d = asOf; ; d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d) && ++seen == threshold) return d.minusDays(1);
        }
    }

    /** The last deadline with at most {@code threshold} working days left after the evaluation date. */
    public LocalDate dueSoonUntil(int threshold) {
        int seen = 0;
        for (LocalDate d = asOf.plusDays(1); ; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d) && ++seen == threshold + 1) return d.minusDays(1);
        }
    }

    /** The latest planned end that is more than {@code threshold} natural days past. */
    public LocalDate naturalBound(int threshold) {
        return asOf.minusDays(Math.max(0, threshold) + 1L);
    }

    /**
     * Working days from {@code day} to the evaluation date: positive when the day lies before it
     * (days over), negative when after (days left), 0 on the date or with no working day between.
     */
    public int workingDays(LocalDate day) {
        int n = 0;
        if (day.isBefore(asOf)) {
            for (LocalDate d = day.plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) if (calendar.isWorkingDay(d)) n++;
            return n;
        }
        for (LocalDate d = asOf.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) if (calendar.isWorkingDay(d)) n--;
        return n;
    }

    public int naturalDays(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, asOf);
    }

    /** Every day around the evaluation date with its distances, for the set-based statements. */
    public List<Distance> distances() {
        List<Distance> out = new ArrayList<>(DAYS_BACK + DAYS_AHEAD + 1);
        LocalDate first = asOf.minusDays(DAYS_BACK);
        int working = workingDays(first);
        for (LocalDate d = first; !d.isAfter(asOf.plusDays(DAYS_AHEAD)); d = d.plusDays(1)) {
            out.add(new Distance(d, working, naturalDays(d)));
            // moving one day later: the next day no longer lies between it and the evaluation date
            LocalDate next = d.plusDays(1);
            if (calendar.isWorkingDay(next)) working--;
        }
        return out;
    }

    public record Distance(LocalDate day, int workingDays, int naturalDays) {}
}

package org.yangguang.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CDI event fired inside the transaction that changes a year's schedule (or, with
 * {@code preview}, before it is saved). Everything that holds deadlines — cases, disclosure
 * requests — observes it, recomputes its open deadlines on {@link #after()} and reports each one
 * that moved; on a preview it only reports.
 */
public final class CalendarChanged {
    private final WorkingCalendar before;
    private final WorkingCalendar after;
    private final boolean preview;
    private final List<DeadlineMove> moves = Collections.synchronizedList(new ArrayList<>());

    public CalendarChanged(WorkingCalendar before, WorkingCalendar after, boolean preview) {
        this.before = before;
        this.after = after;
        this.preview = preview;
    }

    public WorkingCalendar before() { return before; }
    public WorkingCalendar after() { return after; }
    public boolean isPreview() { return preview; }

    public void moved(DeadlineMove move) {
        moves.add(move);
    }

    public List<DeadlineMove> moves() {
        return List.copyOf(moves);
    }
}

package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The case as one department's workbench lists it (table {@code case_queue}, keyed by the
 * department's code): whether it is open, and the stored urgency the list sorts by, so that a
 * department's most urgent open cases are the first entries of an index at any number of cases.
 * Kept by the case itself whenever its status, deadlines or joint parts change.
 */
@Embeddable
public class QueueSlot implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Sorts after every real deadline: nothing runs (being checked, stopped, closed). */
    public static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    @Column(name = "lead_department", nullable = false)
    private boolean lead;

    @Column(name = "open_case", nullable = false)
    private boolean open;

    @Column(name = "due", nullable = false)
    private LocalDate due;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Who holds the case (its own department's entry only): the to-do list reads it. */
    @Column(name = "handler", length = 40)
    private String handler;

    protected QueueSlot() {}

    QueueSlot(boolean lead, boolean open, LocalDate due, Instant receivedAt, String handler) {
        this.lead = lead;
        this.open = open;
        this.due = due == null ? NO_DEADLINE : due;
        this.receivedAt = receivedAt;
        this.handler = handler;
    }

    public boolean isLead() { return lead; }
    public boolean isOpen() { return open; }
    public LocalDate getDue() { return due; }
    public String getHandler() { return handler; }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueueSlot s && lead == s.lead && open == s.open && due.equals(s.due)
                && receivedAt.equals(s.receivedAt) && Objects.equals(handler, s.handler);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lead, open, due, receivedAt, handler);
    }
}

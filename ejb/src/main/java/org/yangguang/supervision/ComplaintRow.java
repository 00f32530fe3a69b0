package org.yangguang.supervision;

import java.io.Serializable;
import java.time.LocalDate;

/** A complaint in the supervision office's list. */
public record ComplaintRow(long id, int version, String number, ComplaintChannel channel, String complainantName,
        String complainantPhone, String departmentCode, String departmentName, String receiptNumber, String content,
        ComplaintStatus status, LocalDate receivedOn, LocalDate acceptDue, LocalDate replyDue, ComplaintOutcome outcome,
        String reply, String notAcceptedReason, Long findingId, boolean overdue, java.util.List<ComplaintAction> allowedActions,
        String letterNumber)
        implements Serializable {

    /** Whether the caller who read the list may take this action now (the page's buttons). */
    public boolean allows(String action) {
        return allowedActions.stream().anyMatch(a -> a.name().equals(action));
    }
}

package org.yangguang.supervision;

import java.io.Serializable;
import java.time.LocalDate;

/** What the complainant sees when tracking a complaint: no staff names, the name masked. */
public record PublicComplaintView(String number, String complainant, String departmentName, String receiptNumber,
        String status, String statusLabel, LocalDate receivedOn, LocalDate acceptDue, LocalDate acceptedOn,
        String notAcceptedReason, LocalDate replyDue, LocalDate repliedOn, String outcome, String reply)
        implements Serializable {

    static PublicComplaintView of(Complaint c, String departmentName) {
        return new PublicComplaintView(c.getNumber(), c.maskedName(), departmentName, c.getReceiptNumber(),
                c.getStatus().name(), c.getStatus().label(), c.getReceivedOn(), c.getAcceptDue(), c.getAcceptedOn(),
                c.getNotAcceptedReason(), c.getReplyDue(), c.getRepliedOn(),
                c.getOutcome() == null ? null : c.getOutcome().label(), c.getReply());
    }
}

package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;

/** A request as the editor's list shows it, most urgent first. */
public record RequestRow(long id, int version, String number, String departmentName, ApplicantType applicantType,
        String applicantName, ReceiptChannel channel, String description, RequestStatus status, LocalDate receivedOn,
        LocalDate dueOn, LocalDate replyDue, DisclosureOutcome outcome, LocalDate repliedOn, boolean overdue, boolean repliedLate)
        implements Serializable {}

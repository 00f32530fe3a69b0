package org.yangguang.interaction.letter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.supervision.Complaint;
import org.yangguang.supervision.ComplaintStatus;

/**
 * What the writer sees when tracking a letter: the mailbox ({@value Letter#COUNTY_HEAD} or the
 * department's code, with the department's name), the category and status with their labels, the
 * writer's name masked, the answer deadline and, once answered, the answer; for a 投诉 handled as
 * a complaint, the complaint's number, status and reply; the names and sizes of the writer's own
 * attachments; no phone, no e-mail, no staff names.
 */
public record PublicLetterView(String number, String mailbox, String departmentName, LetterCategory category,
        String categoryLabel, String subject, String writer, LetterStatus status, String statusLabel,
        LocalDate receivedOn, LocalDate answerDue, String answer, LocalDate answeredOn, String complaintNumber,
        ComplaintStatus complaintStatus, String complaintReply, LocalDate complaintRepliedOn, List<LetterAttachment> attachments)
        implements Serializable {

    /** The letter; for a 投诉 handled as a complaint, where the complaint stands and its reply. */
    static PublicLetterView of(Letter l, String mailbox, String departmentName, Complaint complaint,
            List<LetterAttachment> attachments) {
        return new PublicLetterView(l.getNumber(), mailbox, departmentName, l.getCategory(), l.getCategory().label(),
                l.getSubject(), l.maskedName(), l.getStatus(), l.getStatus().label(), l.getReceivedOn(),
                complaint == null ? l.getAnswerDue() : null, l.getAnswer(), l.getAnsweredOn(),
                complaint == null ? null : complaint.getNumber(), complaint == null ? null : complaint.getStatus(),
                complaint == null ? null : complaint.getReply(), complaint == null ? null : complaint.getRepliedOn(), attachments);
    }
}

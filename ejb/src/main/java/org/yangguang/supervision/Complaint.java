package org.yangguang.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A complaint (投诉) from the public about a case or a department. Whether it is accepted is
 * decided within its limit (default 5 working days); an accepted complaint is investigated and
 * answered within its own limit; the outcome is recorded, and a substantiated one can raise a card.
 * The complainant follows it with its number and query code.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = "Complaint.findByNumber", query = "select c from Complaint c where c.number = :number")
public class Complaint extends BaseEntity {
    public static final int CONTENT_LENGTH = 2000;
    public static final int REASON_LENGTH = 500;

    @Column(name = "number", nullable = false, unique = true, updatable = false, length = 30)
    private String number;

    @Column(name = "query_code", nullable = false, updatable = false, length = 8)
    private String queryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 10)
    private ComplaintChannel channel;

    @Column(name = "complainant_name", nullable = false, updatable = false, length = 60)
    private String complainantName;

    @Column(name = "complainant_phone", nullable = false, updatable = false, length = 20)
    private String complainantPhone;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "receipt_number", updatable = false, length = 30)
    private String receiptNumber;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "content", nullable = false, updatable = false, length = CONTENT_LENGTH)
    private String content;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_by", nullable = false, updatable = false, length = 40)
    private String receivedBy;

    @Column(name = "accept_due", nullable = false, updatable = false)
    private LocalDate acceptDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ComplaintStatus status;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "accepted_by", length = 40)
    private String acceptedBy;

    @Column(name = "not_accepted_reason", length = REASON_LENGTH)
    private String notAcceptedReason;

    @Column(name = "reply_due")
    private LocalDate replyDue;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "replied_by", length = 40)
    private String repliedBy;

    @Column(name = "reply", length = CONTENT_LENGTH)
    private String reply;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private ComplaintOutcome outcome;

    @Column(name = "finding_id")
    private Long findingId;

    /** The letter (政民互动, a 投诉) this complaint is the handling of, when it came as one. */
    @Column(name = "letter_number", updatable = false, length = 30)
    private String letterNumber;

    protected Complaint() {}

    public Complaint(String number, String queryCode, ComplaintChannel channel, String name, String phone, Long caseId,
            String receiptNumber, long departmentId, String content, Instant at, LocalDate on, String by,
            LocalDate acceptDue) {
        this.number = number;
        this.queryCode = queryCode;
        this.channel = channel;
        this.complainantName = name.trim();
        this.complainantPhone = phone.trim();
        this.caseId = caseId;
        this.receiptNumber = receiptNumber;
        this.departmentId = departmentId;
        this.content = content.trim();
        this.receivedAt = at;
        this.receivedOn = on;
        this.receivedBy = by;
        this.acceptDue = acceptDue;
        this.status = ComplaintStatus.RECEIVED;
    }

    public void accept(LocalDate on, String by, LocalDate replyBy) {
        ComplaintTransitions.require(this, ComplaintAction.ACCEPT);
        acceptedOn = on;
        acceptedBy = by;
        replyDue = replyBy;
        status = ComplaintStatus.ACCEPTED;
    }

    public void refuse(String reason, LocalDate on, String by) {
        ComplaintTransitions.require(this, ComplaintAction.REFUSE);
        notAcceptedReason = InvalidInputException.requireText(reason, "reason", SystemText.of("complaint.refusalNeedsReason"), REASON_LENGTH);
        acceptedOn = on;
        acceptedBy = by;
        status = ComplaintStatus.NOT_ACCEPTED;
    }

    public void answer(ComplaintOutcome result, String text, LocalDate on, String by) {
        ComplaintTransitions.require(this, ComplaintAction.REPLY);
        if (result == null) throw new InvalidInputException("outcome", SystemText.of("complaint.outcomeMissing"));
        reply = InvalidInputException.requireText(text, "reply", SystemText.of("request.replyMissing"), CONTENT_LENGTH);
        outcome = result;
        repliedOn = on;
        repliedBy = by;
        status = ComplaintStatus.REPLIED;
    }

    /** A complaint that came as a letter to the mailbox names it (set once, before it is stored). */
    void cameAsLetter(String number) {
        letterNumber = number;
    }

    /** The card raised on this complaint (once). */
    public void cardRaised(long id) {
        ComplaintTransitions.require(this, ComplaintAction.CARD);
        findingId = id;
    }

    public boolean isAcceptOverdue(LocalDate today) {
        return status == ComplaintStatus.RECEIVED && today.isAfter(acceptDue);
    }

    public boolean isReplyOverdue(LocalDate today) {
        return status == ComplaintStatus.ACCEPTED && replyDue != null && today.isAfter(replyDue);
    }

    /** The name as the public tracking page shows it: the surname only. */
    public String maskedName() {
        return complainantName.isEmpty() ? "" : complainantName.charAt(0) + "*".repeat(Math.max(1, complainantName.length() - 1));
    }

    public String getNumber() { return number; }
    public String getQueryCode() { return queryCode; }
    public ComplaintChannel getChannel() { return channel; }
    public String getComplainantName() { return complainantName; }
    public String getComplainantPhone() { return complainantPhone; }
    public Long getCaseId() { return caseId; }
    public String getReceiptNumber() { return receiptNumber; }
    public long getDepartmentId() { return departmentId; }
    public String getContent() { return content; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public LocalDate getAcceptDue() { return acceptDue; }
    public ComplaintStatus getStatus() { return status; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public String getAcceptedBy() { return acceptedBy; }
    public String getNotAcceptedReason() { return notAcceptedReason; }
    public LocalDate getReplyDue() { return replyDue; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public String getRepliedBy() { return repliedBy; }
    public String getReply() { return reply; }
    public ComplaintOutcome getOutcome() { return outcome; }
    public Long getFindingId() { return findingId; }
    public String getLetterNumber() { return letterNumber; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint c && number.equals(c.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}

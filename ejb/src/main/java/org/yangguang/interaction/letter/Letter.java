package org.yangguang.interaction.letter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.Deadline;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A letter to the county head's mailbox (县长信箱) or a department's mailbox. What the writer
 * wrote never changes; the writer follows the letter with its number and query code. The writer's
 * name, phone and e-mail are personal data: the public tracking shows the name masked, and a
 * published answer never shows them. The office routes it to a department or handles it itself;
 * the handler answers by the deadline counted from receipt on the calendar (its category's limit),
 * with at most one transfer and one extension ({@link LetterTransitions}).
 */
@Entity
@Table(name = "letter")
@NamedQuery(name = "Letter.findByNumber", query = "select l from Letter l where l.number = :number")
public class Letter extends BaseEntity {
    /** The mailbox code of the county head's mailbox; any other mailbox is a department's code. */
    public static final String COUNTY_HEAD = "COUNTY_HEAD";
    public static final int SUBJECT_LENGTH = 100;
    /** 政民互动: a letter of at most 5,000 characters. */
    public static final int TEXT_LENGTH = 5000;
    public static final int NAME_LENGTH = 60;
    public static final int EMAIL_LENGTH = 100;
    public static final int REASON_LENGTH = 500;
    /** An answer as long as the letter may be. */
    public static final int ANSWER_LENGTH = 5000;

    @Column(name = "number", nullable = false, unique = true, updatable = false, length = 30)
    private String number;

    @Column(name = "query_code", nullable = false, updatable = false, length = 8)
    private String queryCode;

    /** The department whose mailbox it was written to; null for the county head's mailbox. */
    @Column(name = "mailbox_department_id", updatable = false)
    private Long mailboxDepartmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false, length = 16)
    private LetterCategory category;

    @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "text", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "writer_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String writerName;

    @Column(name = "writer_phone", nullable = false, updatable = false, length = 20)
    private String writerPhone;

    @Column(name = "writer_email", updatable = false, length = EMAIL_LENGTH)
    private String writerEmail;

    @Column(name = "consent_to_publish", nullable = false, updatable = false)
    private boolean consentToPublish;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    /** Online, the day the system received it: the answer limit counts from the next working day. */
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private LetterStatus status;

    /** The category's limit counted from receipt; moved once by an extension. */
    @Column(name = "answer_due", nullable = false)
    private LocalDate answerDue;

    /** The calendar version the deadline was computed with. */
    @Column(name = "calendar_version", nullable = false)
    private long calendarVersion;

    /** The department handling it; null while received or when the office handles it itself. */
    @Column(name = "handler_department_id")
    private Long handlerDepartmentId;

    @Column(name = "handled_by_office", nullable = false)
    private boolean handledByOffice;

    @Column(name = "routed_on")
    private LocalDate routedOn;

    @Column(name = "routed_by", length = 40)
    private String routedBy;

    @Column(name = "transferred_from_department_id")
    private Long transferredFromDepartmentId;

    @Column(name = "transfer_reason", length = REASON_LENGTH)
    private String transferReason;

    @Column(name = "transferred_on")
    private LocalDate transferredOn;

    @Column(name = "transferred_by", length = 40)
    private String transferredBy;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason", length = REASON_LENGTH)
    private String extensionReason;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Column(name = "extended_by", length = 40)
    private String extendedBy;

    @Column(name = "answer", columnDefinition = "TEXT")
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 40)
    private String answeredBy;

    /** What the public reads, as the office reviewed it: without the writer's personal data. */
    @Column(name = "published_question", columnDefinition = "TEXT")
    private String publishedQuestion;

    @Column(name = "published_answer", columnDefinition = "TEXT")
    private String publishedAnswer;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_by", length = 40)
    private String publishedBy;

    /** A frequent question (常见问题), shown on the guide: of one matter, or of the department that answered. */
    @Column(name = "faq", nullable = false)
    private boolean faq;

    @Column(name = "faq_matter_code", length = 40)
    private String faqMatterCode;

    /** The complaint (supervision) this 投诉 is handled as; its status and reply are the letter's. */
    @Column(name = "complaint_id")
    private Long complaintId;

    // --- attachments (附件) ---
    /** The writer's files: the same limits as every upload (files.FileStore), at most this many. */
    public static final int MAX_ATTACHMENTS = 5;

    /**
     * The writer's attachments (stored files, never public): staff of the letter read them, the
     * writer sees their names; they are never published with the answer.
     */
    @ElementCollection
    @CollectionTable(name = "letter_attachment", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id", nullable = false)
    private List<Long> attachmentIds = new ArrayList<>();

    protected Letter() {}

    /** A letter as received; the form was validated at the service's entry. */
    public Letter(String number, String queryCode, Long mailboxDepartmentId, NewLetter form, Instant at, LocalDate on,
            Deadline due) {
        this.number = number;
        this.queryCode = queryCode;
        this.mailboxDepartmentId = mailboxDepartmentId;
        this.category = form.getCategory();
        this.subject = form.getSubject().trim();
        this.text = form.getText().trim();
        this.writerName = form.getName().trim();
        this.writerPhone = form.getPhone().trim();
        this.writerEmail = form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().trim();
        this.consentToPublish = Boolean.TRUE.equals(form.getConsentToPublish());
        this.receivedAt = at;
        this.receivedOn = on;
        this.status = LetterStatus.RECEIVED;
        this.answerDue = due.date();
        this.calendarVersion = due.calendarVersion();
    }

    /**
     * The office gives the letter to a department ({@code departmentId}), or keeps it to handle
     * itself (null). A 举报 stays with the office: only the office and the supervision office see it.
     */
    public void route(Long departmentId, LocalDate on, String by) {
        LetterTransitions.require(this, LetterAction.ROUTE);
        if (departmentId != null && category == LetterCategory.REPORT) {
            throw new InvalidInputException("department", SystemText.of("letter.refused.reportStaysWithOffice"));
        }
        handlerDepartmentId = departmentId;
        handledByOffice = departmentId == null;
        routedOn = on;
        routedBy = by;
        status = LetterStatus.HANDLING;
    }

    /** The handler passes the letter on to another department, once, saying why; the deadline stays. */
    public void transfer(long departmentId, String reason, LocalDate on, String by) {
        LetterTransitions.require(this, LetterAction.TRANSFER);
        if (!handledByOffice && handlerDepartmentId == departmentId) {
            throw new InvalidInputException("department", SystemText.of("letter.transferToSameDepartment"));
        }
        transferReason = InvalidInputException.requireText(reason, "reason", SystemText.of("letter.transferNeedsReason"), REASON_LENGTH);
        transferredFromDepartmentId = handlerDepartmentId;
        handlerDepartmentId = departmentId;
        handledByOffice = false;
        transferredOn = on;
        transferredBy = by;
    }

    /** The one extension, with a reason: the deadline moves to {@code due} ({@code days} more working days). */
    public void extend(int days, Deadline due, String reason, LocalDate on, String by) {
        LetterTransitions.require(this, LetterAction.EXTEND);
        extensionReason = InvalidInputException.requireText(reason, "reason", SystemText.of("letter.extensionNeedsReason"), REASON_LENGTH);
        extensionDays = days;
        answerDue = due.date();
        calendarVersion = due.calendarVersion();
        extendedOn = on;
        extendedBy = by;
    }

    public void answer(String text, LocalDate on, String by) {
        LetterTransitions.require(this, LetterAction.ANSWER);
        answer = InvalidInputException.requireText(text, "answer", SystemText.of("letter.answerMissing"), ANSWER_LENGTH);
        answeredOn = on;
        answeredBy = by;
        status = LetterStatus.ANSWERED;
    }

    /**
     * A 投诉 about a case or a department handled as a complaint of the supervision workflow (投诉):
     * the same matter, with the complaint's own limits from here on.
     */
    public void becameComplaint(long complaintId, LocalDate on, String by) {
        LetterTransitions.require(this, LetterAction.COMPLAINT);
        this.complaintId = complaintId;
        routedOn = on;
        routedBy = by;
        status = LetterStatus.COMPLAINT;
    }

    /**
     * The office publishes the letter and its answer as it reviewed them (it may shorten or reword
     * either); refused while either still holds the writer's name, phone or e-mail.
     */
    public void publish(String question, String answerText, LocalDate on, String by) {
        LetterTransitions.require(this, LetterAction.PUBLISH);
        String q = InvalidInputException.requireText(question, "text", SystemText.of("letter.publishedTextMissing"), TEXT_LENGTH);
        String a = InvalidInputException.requireText(answerText, "answer", SystemText.of("letter.answerMissing"), ANSWER_LENGTH);
        if (holdsPersonalData(q)) throw new InvalidInputException("text", SystemText.of("letter.personalDataInPublished"));
        if (holdsPersonalData(a)) throw new InvalidInputException("answer", SystemText.of("letter.personalDataInPublished"));
        publishedQuestion = q;
        publishedAnswer = a;
        publishedOn = on;
        publishedBy = by;
    }

    /** A published letter becomes a frequent question of a matter (its implementation code), or of its department (null). */
    public void promoteToFaq(String matterCode) {
        LetterTransitions.require(this, LetterAction.FAQ);
        faq = true;
        faqMatterCode = matterCode;
    }

    /** The writer's name (two characters or more), phone or e-mail in a text to be published. */
    public boolean holdsPersonalData(String text) {
        return (writerName.length() >= 2 && text.contains(writerName)) || text.contains(writerPhone)
                || (writerEmail != null && text.toLowerCase(java.util.Locale.ROOT).contains(writerEmail.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A text with the writer's name, phone and e-mail masked: what the office starts its review from. */
    public String withoutPersonalData(String text) {
        if (text == null) return null;
        String t = text.replace(writerPhone, "***");
        if (writerName.length() >= 2) t = t.replace(writerName, writerName.charAt(0) + "**");
        if (writerEmail != null) t = t.replaceAll("(?i)" + java.util.regex.Pattern.quote(writerEmail), "***");
        return t;
    }

    /**
     * Refuses another attachment unless the letter still waits for routing (what the handler is
     * given does not change under them) and has fewer than {@value #MAX_ATTACHMENTS}.
     */
    public void requireAttachable(int more) {
        if (status != LetterStatus.RECEIVED) throw new ConflictException(SystemText.of("letter.attachmentsClosed"));
        if (attachmentIds.size() + more > MAX_ATTACHMENTS) {
            throw new ConflictException(SystemText.of("letter.tooManyAttachments", MAX_ATTACHMENTS));
        }
    }

    /** The writer attaches a stored file. */
    public void attach(long fileId) {
        requireAttachable(1);
        attachmentIds.add(fileId);
    }

    public List<Long> getAttachmentIds() { return List.copyOf(attachmentIds); }

    /** Waiting for routing or an answer, and its deadline passed (a complaint has its own limits). */
    public boolean isOverdue(LocalDate today) {
        return (status == LetterStatus.RECEIVED || status == LetterStatus.HANDLING) && today.isAfter(answerDue);
    }

    /** Answered after its deadline. */
    public boolean isAnsweredLate() {
        return answeredOn != null && answeredOn.isAfter(answerDue);
    }

    /** Whether the letter was written to the county head's mailbox. */
    public boolean isToCountyHead() {
        return mailboxDepartmentId == null;
    }

    /** The name as the public tracking shows it: the surname only. */
    public String maskedName() {
        return writerName.isEmpty() ? "" : writerName.charAt(0) + "*".repeat(Math.max(1, writerName.length() - 1));
    }

    public String getNumber() { return number; }
    public String getQueryCode() { return queryCode; }
    public Long getMailboxDepartmentId() { return mailboxDepartmentId; }
    public LetterCategory getCategory() { return category; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public String getWriterName() { return writerName; }
    public String getWriterPhone() { return writerPhone; }
    public String getWriterEmail() { return writerEmail; }
    public boolean isConsentToPublish() { return consentToPublish; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LetterStatus getStatus() { return status; }
    public LocalDate getAnswerDue() { return answerDue; }
    public long getCalendarVersion() { return calendarVersion; }
    public Long getHandlerDepartmentId() { return handlerDepartmentId; }
    public boolean isHandledByOffice() { return handledByOffice; }
    public LocalDate getRoutedOn() { return routedOn; }
    public String getRoutedBy() { return routedBy; }
    public Long getTransferredFromDepartmentId() { return transferredFromDepartmentId; }
    public String getTransferReason() { return transferReason; }
    public LocalDate getTransferredOn() { return transferredOn; }
    public String getTransferredBy() { return transferredBy; }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getExtendedOn() { return extendedOn; }
    public String getExtendedBy() { return extendedBy; }
    public String getAnswer() { return answer; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public String getAnsweredBy() { return answeredBy; }
    public Long getComplaintId() { return complaintId; }
    public String getPublishedQuestion() { return publishedQuestion; }
    public String getPublishedAnswer() { return publishedAnswer; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public boolean isFaq() { return faq; }
    public String getFaqMatterCode() { return faqMatterCode; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Letter l && number.equals(l.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}

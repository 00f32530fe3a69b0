package org.yangguang.interaction.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.shared.BaseEntity;

/**
 * A letter to the county head's mailbox (县长信箱) or a department's mailbox. What the writer
 * wrote never changes; the writer follows the letter with its number and query code. The writer's
 * name, phone and e-mail are personal data: the public tracking shows the name masked, and a
 * published answer never shows them.
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

    protected Letter() {}

    /** A letter as received; the form was validated at the service's entry. */
    public Letter(String number, String queryCode, Long mailboxDepartmentId, NewLetter form, Instant at, LocalDate on) {
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Letter l && number.equals(l.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}

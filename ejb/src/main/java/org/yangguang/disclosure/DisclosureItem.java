package org.yangguang.disclosure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A proactive-disclosure item (主动公开信息): drafted by an editor, reviewed for confidentiality
 * (保密审查) by someone else, then public; due 20 working days after it was formed or changed
 * (条例 第二十六条). Its body is sanitised HTML; {@code bodyText} is the same as plain text for the
 * keyword search.
 */
@Entity
@Table(name = "disclosure_item")
public class DisclosureItem extends BaseEntity {
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 200_000;
    public static final int REASON_LENGTH = 500;
    public static final int MAX_ATTACHMENTS = 20;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private DisclosureCategory category;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @Column(name = "publish_due", nullable = false)
    private LocalDate publishDue;

    @Column(name = "calendar_version", nullable = false)
    private long calendarVersion;

    @Column(name = "body", nullable = false, columnDefinition = "LONGTEXT")
    private String body;

    @Column(name = "body_text", nullable = false, columnDefinition = "LONGTEXT")
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(name = "validity", nullable = false, length = 12)
    private Validity validity = Validity.IN_FORCE;

    @Column(name = "validity_changed_on")
    private LocalDate validityChangedOn;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ItemStatus status = ItemStatus.DRAFT;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 40)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = REASON_LENGTH)
    private String reviewNote;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_by", length = 40)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason", length = REASON_LENGTH)
    private String withdrawReason;

    /** Stored files (private until the item is public; served through the item). */
    @ElementCollection
    @CollectionTable(name = "disclosure_item_attachment", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id")
    private List<Long> attachmentIds = new ArrayList<>();

    protected DisclosureItem() {}

    DisclosureItem(DisclosureCategory category, long departmentId, ItemContent content, String by, Instant at,
            WorkingCalendar calendar) {
        this.createdBy = by;
        this.createdAt = at;
        change(category, departmentId, content, calendar);
    }

    /** The editor's fields; only while a draft or returned. */
    void change(DisclosureCategory newCategory, long newDepartmentId, ItemContent content, WorkingCalendar calendar) {
        if (status != null) ItemTransitions.require(this, ItemAction.EDIT);
        this.category = newCategory;
        this.departmentId = newDepartmentId;
        this.title = content.title();
        this.documentNumber = content.documentNumber();
        this.formedOn = content.formedOn();
        this.body = content.body();
        this.bodyText = content.bodyText();
        this.supersedesId = content.supersedesId();
        recompute(calendar);
    }

    /** The publication deadline on this calendar (also when the calendar changes). */
    void recompute(WorkingCalendar calendar) {
        publishDue = ProactiveDisclosure.deadline(calendar, formedOn).date();
        calendarVersion = calendar.version();
    }

    void submit(String by, Instant at) {
        ItemTransitions.require(this, ItemAction.SUBMIT);
        status = ItemStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    /**
     * The confidentiality review passed; nobody reviews an item they drafted or submitted. The
     * reviewer's opinion (审查意见), if any, stays with the item.
     */
    void approve(String reviewer, String opinion, Instant at, LocalDate today) {
        ItemTransitions.require(this, ItemAction.APPROVE);
        String note = opinion == null || opinion.isBlank() ? null : opinion.trim();
        if (note != null && note.length() > REASON_LENGTH) throw new InvalidInputException("opinion", SystemText.of("item.opinionTooLong", REASON_LENGTH));
        review(reviewer, at);
        status = ItemStatus.PUBLISHED;
        reviewNote = note;
        publishedOn = today;
        publishedAt = at;
    }

    void returnForChanges(String reviewer, String reason, Instant at) {
        ItemTransitions.require(this, ItemAction.RETURN);
        String why = InvalidInputException.requireText(reason, "reason", SystemText.of("item.returnReasonMissing"), REASON_LENGTH);
        review(reviewer, at);
        status = ItemStatus.RETURNED;
        reviewNote = why;
    }

    private void review(String reviewer, Instant at) {
        if (reviewer.equals(createdBy) || reviewer.equals(submittedBy)) {
            throw new ForbiddenException(SystemText.of("item.notOwnReview"));
        }
        reviewedBy = reviewer;
        reviewedAt = at;
    }

    /** Taken off the public pages; the record and the reason stay. */
    void withdraw(String by, String reason, Instant at) {
        ItemTransitions.require(this, ItemAction.WITHDRAW);
        withdrawReason = InvalidInputException.requireText(reason, "reason", SystemText.of("item.withdrawReasonMissing"), REASON_LENGTH);
        status = ItemStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = at;
    }

    /** 废止: stays public, marked repealed from that day. */
    void repeal(LocalDate on) {
        ItemTransitions.require(this, ItemAction.REPEAL);
        if (on == null || on.isBefore(formedOn)) throw new InvalidInputException("on", SystemText.of("item.repealBeforeFormed"));
        validity = Validity.REPEALED;
        validityChangedOn = on;
    }

    /** A newer version was published: this one is amended from that day. */
    void amendedBy(long newerId, LocalDate on) {
        if (validity == Validity.IN_FORCE) {
            validity = Validity.AMENDED;
            validityChangedOn = on;
        }
        supersededById = newerId;
    }

    void attach(long fileId) {
        ItemTransitions.require(this, ItemAction.ATTACH);
        attachmentIds.add(fileId);
    }

    void detach(long fileId) {
        ItemTransitions.require(this, ItemAction.DETACH);
        if (!attachmentIds.remove(Long.valueOf(fileId))) throw new InvalidInputException("file", SystemText.of("item.noSuchAttachment"));
    }

    public boolean isPublic() {
        return status == ItemStatus.PUBLISHED;
    }

    /** Not published by its deadline (or published after it). */
    public boolean isLate(LocalDate today) {
        return publishedOn != null ? publishedOn.isAfter(publishDue) : status.isAwaitingPublication() && today.isAfter(publishDue);
    }

    public DisclosureCategory getCategory() { return category; }
    public long getDepartmentId() { return departmentId; }
    public String getTitle() { return title; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getFormedOn() { return formedOn; }
    public LocalDate getPublishDue() { return publishDue; }
    public long getCalendarVersion() { return calendarVersion; }
    public String getBody() { return body; }
    public String getBodyText() { return bodyText; }
    public Validity getValidity() { return validity; }
    public LocalDate getValidityChangedOn() { return validityChangedOn; }
    public Long getSupersedesId() { return supersedesId; }
    public Long getSupersededById() { return supersededById; }
    public ItemStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewNote() { return reviewNote; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawReason() { return withdrawReason; }
    public List<Long> getAttachmentIds() { return List.copyOf(attachmentIds); }
}

package org.yangguang.interaction.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * The rectification (整改) a bad rating opens (国办发〔2019〕51号: 差评 … 回访核实 … 整改 … 反馈): the
 * supervision office verifies it with a return visit, confirmed or found unfounded (恶意差评, then
 * left out of every statistic, with who decided it and why); a confirmed one is rectified by the
 * department, which reports within its limit in working days from the confirmation; the applicant
 * may then rate the event once more. Every verb checks {@link RectificationTransitions}.
 */
@Entity
@Table(name = "rating_rectification")
@NamedQuery(name = "Rectification.ofRatings",
        query = "select r from Rectification r where r.rating.id in :ids")
public class Rectification extends BaseEntity {
    private static final long serialVersionUID = 1L;
    public static final int NOTE_LENGTH = 500;
    public static final int REPORT_LENGTH = 1000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id", nullable = false, updatable = false, unique = true)
    private Rating rating;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RectificationStatus status;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "verified_by", length = 40)
    private String verifiedBy;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    /** 回访记录: what the return visit found (or, for an unfounded rating, why it is unfounded). */
    @Column(name = "visit_note", length = NOTE_LENGTH)
    private String visitNote;

    /** The day the department's report is due: working days from the confirmation. */
    @Column(name = "due")
    private LocalDate due;

    @Column(name = "reported_by", length = 40)
    private String reportedBy;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    /** 整改情况: what the department put right, published with the results on the guide. */
    @Column(name = "report", length = REPORT_LENGTH)
    private String report;

    protected Rectification() {}

    /** Opened by a bad rating, waiting for the return visit. */
    public Rectification(Rating rating, LocalDate on) {
        if (!rating.getLevel().isBad()) throw new org.yangguang.shared.BrokenRule(SystemText.of("rectification.notBad"));
        this.rating = rating;
        this.departmentId = rating.getDepartmentId();
        this.status = RectificationStatus.VERIFYING;
        this.openedOn = Objects.requireNonNull(on);
    }

    /** 核实属实: the return visit confirmed the bad rating; the department reports by {@code due}. */
    public void confirm(String note, String by, LocalDate on, LocalDate due) {
        RectificationTransitions.require(this, RectificationAction.CONFIRM);
        visitNote = required(note, "note", "rectification.noteMissing", NOTE_LENGTH);
        verifiedBy = by;
        verifiedOn = on;
        this.due = Objects.requireNonNull(due);
        status = RectificationStatus.RECTIFYING;
    }

    /** 恶意差评: unfounded, always with the reason; who decided it is kept. */
    public void markUnfounded(String reason, String by, LocalDate on) {
        RectificationTransitions.require(this, RectificationAction.MARK_UNFOUNDED);
        visitNote = required(reason, "note", "rectification.reasonMissing", NOTE_LENGTH);
        verifiedBy = by;
        verifiedOn = on;
        status = RectificationStatus.UNFOUNDED;
    }

    /** 整改反馈: the department's report; after it the applicant may rate again. */
    public void report(String text, String by, LocalDate on) {
        RectificationTransitions.require(this, RectificationAction.REPORT);
        report = required(text, "note", "rectification.reportMissing", REPORT_LENGTH);
        reportedBy = by;
        reportedOn = on;
        status = RectificationStatus.RECTIFIED;
    }

    /** Reported after its due day, or not reported and the due day is past. */
    public boolean isLate(LocalDate today) {
        if (due == null) return false;
        if (reportedOn != null) return reportedOn.isAfter(due);
        return status == RectificationStatus.RECTIFYING && today.isAfter(due);
    }

    private static String required(String text, String field, String missing, int max) {
        if (text == null || text.isBlank()) throw new InvalidInputException(field, SystemText.of(missing));
        String t = text.strip();
        if (t.codePointCount(0, t.length()) > max) throw new InvalidInputException(field, SystemText.of("input.tooLong", max));
        return t;
    }

    public Rating getRating() { return rating; }
    public long getDepartmentId() { return departmentId; }
    public RectificationStatus getStatus() { return status; }
    public LocalDate getOpenedOn() { return openedOn; }
    public String getVerifiedBy() { return verifiedBy; }
    public LocalDate getVerifiedOn() { return verifiedOn; }
    public String getVisitNote() { return visitNote; }
    public LocalDate getDue() { return due; }
    public String getReportedBy() { return reportedBy; }
    public LocalDate getReportedOn() { return reportedOn; }
    public String getReport() { return report; }
}

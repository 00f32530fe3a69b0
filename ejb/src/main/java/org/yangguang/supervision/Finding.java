package org.yangguang.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A finding of electronic supervision: a rule (at its revision) broken by a case, a department or
 * a card, keyed by the deadline concerned, with the inputs it was judged on. Findings are issued
 * by {@link FindingWriter} only (set-based at night, one at a time at an action), never twice for
 * the same key, and never deleted. A card then goes through the correction workflow: the
 * department answers (or appeals), the supervision office confirms or revokes.
 */
@Entity
@Table(name = "finding")
public class Finding implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_LENGTH = 1000;
    public static final int RESOLUTION_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 12)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "receipt_number", updatable = false, length = 30)
    private String receiptNumber;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "handler", updatable = false, length = 40)
    private String handler;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private long ruleId;

    @Column(name = "rule_code", nullable = false, updatable = false, length = 40)
    private String ruleCode;

    @Column(name = "rule_version", nullable = false, updatable = false)
    private int ruleVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, updatable = false, length = 8)
    private SupervisionLevel level;

    /** The deadline broken (or the day of the event): part of the unique key. */
    @Column(name = "key_date", nullable = false, updatable = false)
    private LocalDate keyDate;

    @Column(name = "start_date", updatable = false)
    private LocalDate startDate;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "calendar_version", updatable = false)
    private Long calendarVersion;

    /** Working days (natural days for special procedures) past the deadline; negative: days left. */
    @Column(name = "days_over", updatable = false)
    private Integer daysOver;

    /** The finding's detail: a step's name, a violation, a disclosure finding's derivation (a system text). */
    public static final int DETAIL_LENGTH = 2000;

    @Column(name = "detail", updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 40)
    private String issuedBy;

    @Column(name = "run_id", updatable = false)
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private FindingStatus status;

    @Column(name = "answer_due", updatable = false)
    private LocalDate answerDue;

    @Column(name = "answer", length = TEXT_LENGTH)
    private String answer;

    @Column(name = "rectification", length = TEXT_LENGTH)
    private String rectification;

    @Column(name = "answered_by", length = 40)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "appeal", length = TEXT_LENGTH)
    private String appeal;

    @Column(name = "appeal_file_id")
    private Long appealFileId;

    @Column(name = "appealed_by", length = 40)
    private String appealedBy;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Column(name = "appeal_ruling", length = RESOLUTION_LENGTH)
    private String appealRuling;

    @Column(name = "resolved_by", length = 40)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution", length = RESOLUTION_LENGTH)
    private String resolution;

    protected Finding() {}

    /** A finding as the writer would have issued it, for the workflow's unit tests. */
    Finding(SupervisionLevel level, LocalDate keyDate, LocalDate answerDue) {
        this.level = level;
        this.keyDate = keyDate;
        this.answerDue = answerDue;
        this.status = level.isCard() ? FindingStatus.OPEN : FindingStatus.NOTIFIED;
    }

    // ---------------------------------------------------------------- the correction workflow

    /** The department's explanation and rectification (情况说明、整改措施). */
    public void answer(String explanation, String measures, String by, Instant at) {
        requireStatus(SystemText.of("finding.action.answer"), FindingStatus.OPEN);
        this.answer = required(explanation, "answer", SystemText.of("finding.answerMissing"), TEXT_LENGTH);
        this.rectification = required(measures, "rectification", SystemText.of("finding.rectificationMissing"), TEXT_LENGTH);
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = FindingStatus.ANSWERED;
    }

    /** 申诉: the department contests the card, with its reasons and optionally a file of evidence. */
    public void appeal(String reasons, Long evidenceFileId, String by, Instant at) {
        requireStatus(SystemText.of("finding.action.appeal"), FindingStatus.OPEN, FindingStatus.ANSWERED);
        if (appealedAt != null) throw new ConflictException(SystemText.of("finding.appealedOnce"));
        this.appeal = required(reasons, "appeal", SystemText.of("finding.appealMissing"), TEXT_LENGTH);
        this.appealFileId = evidenceFileId;
        this.appealedBy = by;
        this.appealedAt = at;
        this.status = FindingStatus.APPEALED;
    }

    /** The office rules on an appeal: upheld revokes the card; rejected, the card stands as before. */
    public void ruleOnAppeal(boolean upheld, String ruling, String by, Instant at) {
        requireStatus(SystemText.of("finding.action.rule"), FindingStatus.APPEALED);
        this.appealRuling = required(ruling, "resolution", SystemText.of("finding.rulingMissing"), RESOLUTION_LENGTH);
        if (upheld) {
            resolve(FindingStatus.REVOKED, "申诉成立：" + appealRuling, by, at);
        } else {
            this.status = answeredAt == null ? FindingStatus.OPEN : FindingStatus.ANSWERED;
        }
    }

    /** The office accepts the department's answer: the card is closed, and still counts. */
    public void confirm(String note, String by, Instant at) {
        requireStatus(SystemText.of("finding.action.confirm"), FindingStatus.ANSWERED);
        resolve(FindingStatus.CONFIRMED, note == null || note.isBlank() ? "整改到位" : limit(note, RESOLUTION_LENGTH), by, at);
    }

    /** Revoked findings stay, with who revoked them and why; they no longer count. */
    public void revoke(String reason, String by, Instant at) {
        requireStatus(SystemText.of("finding.action.revoke"), FindingStatus.NOTIFIED, FindingStatus.OPEN, FindingStatus.ANSWERED, FindingStatus.APPEALED);
        resolve(FindingStatus.REVOKED, required(reason, "resolution", SystemText.of("finding.revokeReasonMissing"), RESOLUTION_LENGTH), by, at);
    }

    private void resolve(FindingStatus to, String why, String by, Instant at) {
        this.status = to;
        this.resolution = why;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    private void requireStatus(SystemText action, FindingStatus... allowed) {
        for (FindingStatus s : allowed) {
            if (status == s) return;
        }
        throw new ConflictException(SystemText.of("finding.notInStatus", status, action));
    }

    private static String required(String text, String field, SystemText message, int max) {
        if (text == null || text.isBlank()) throw new InvalidInputException(field, message);
        if (text.trim().length() > max) throw new InvalidInputException(field, SystemText.of("input.tooLong", max));
        return text.trim();
    }

    private static String limit(String text, int max) {
        String t = text.trim();
        if (t.length() > max) throw new InvalidInputException("resolution", SystemText.of("input.tooLong", max));
        return t;
    }

    /** Whether the department has not answered in time (for the unanswered-card rule and the UI). */
    public boolean isAnswerOverdue(LocalDate today) {
        return status == FindingStatus.OPEN && answerDue != null && today.isAfter(answerDue);
    }

    // ---------------------------------------------------------------- getters

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public SubjectType getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public Long getCaseId() { return caseId; }
    public String getReceiptNumber() { return receiptNumber; }
    public long getDepartmentId() { return departmentId; }
    public String getHandler() { return handler; }
    public long getRuleId() { return ruleId; }
    public String getRuleCode() { return ruleCode; }
    public int getRuleVersion() { return ruleVersion; }
    public SupervisionLevel getLevel() { return level; }
    public LocalDate getKeyDate() { return keyDate; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getAsOf() { return asOf; }
    public Long getCalendarVersion() { return calendarVersion; }
    public Integer getDaysOver() { return daysOver; }
    public String getDetail() { return detail; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public Long getRunId() { return runId; }
    public FindingStatus getStatus() { return status; }
    public LocalDate getAnswerDue() { return answerDue; }
    public String getAnswer() { return answer; }
    public String getRectification() { return rectification; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getAppeal() { return appeal; }
    public Long getAppealFileId() { return appealFileId; }
    public String getAppealedBy() { return appealedBy; }
    public Instant getAppealedAt() { return appealedAt; }
    public String getAppealRuling() { return appealRuling; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolution() { return resolution; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}

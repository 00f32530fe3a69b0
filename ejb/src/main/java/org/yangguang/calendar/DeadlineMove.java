package org.yangguang.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.yangguang.shared.BaseEntity;

/** A deadline that a calendar change moved, kept for the office to see (and the applicant to be told). */
@Entity
@Table(name = "deadline_move")
public class DeadlineMove extends BaseEntity {
    @Column(name = "calendar_number", nullable = false, updatable = false)
    private long calendarNumber;
    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;
    @Column(name = "subject_key", nullable = false, length = 80, updatable = false)
    private String subjectKey;
    @Column(name = "deadline_name", nullable = false, length = 40, updatable = false)
    private String deadlineName;
    @Column(name = "old_date", updatable = false)
    private LocalDate oldDate;
    @Column(name = "new_date", updatable = false)
    private LocalDate newDate;
    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;
    /** The recomputation that found it (a preview's moves have calendar number 0). */
    @Column(name = "recompute_id", updatable = false)
    private Long recomputeId;

    protected DeadlineMove() {}

    public DeadlineMove(long calendarNumber, String subjectType, String subjectKey, String deadlineName,
            LocalDate oldDate, LocalDate newDate, Instant movedAt) {
        this.calendarNumber = calendarNumber;
        this.subjectType = subjectType;
        this.subjectKey = subjectKey;
        this.deadlineName = deadlineName;
        this.oldDate = oldDate;
        this.newDate = newDate;
        this.movedAt = movedAt;
    }

    public DeadlineMove foundBy(long recompute) {
        this.recomputeId = recompute;
        return this;
    }

    public long getCalendarNumber() { return calendarNumber; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectKey() { return subjectKey; }
    public String getDeadlineName() { return deadlineName; }
    public LocalDate getOldDate() { return oldDate; }
    public LocalDate getNewDate() { return newDate; }
    public Instant getMovedAt() { return movedAt; }
    public Long getRecomputeId() { return recomputeId; }
}

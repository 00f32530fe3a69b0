package org.yangguang.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The record of work a Jakarta Batch job does for someone: who asked and when, the job's
 * execution, and how it ended. The office watches it on a page while the job runs.
 */
@MappedSuperclass
public abstract class JobRecord extends BaseEntity {
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    @Column(name = "requested_by", nullable = false, length = 40, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome", length = 20)
    private String outcome;

    protected JobRecord() {}

    protected JobRecord(String requestedBy, Instant requestedAt) {
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The job began (again, after a failure): its execution; running until it finishes. */
    protected void startedAs(long execution) {
        this.executionId = execution;
        this.outcome = null;
        this.finishedAt = null;
    }

    public void finished(String how, Instant at) {
        outcome = how;
        finishedAt = at;
    }

    public boolean isRunning() { return finishedAt == null; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Long getExecutionId() { return executionId; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getOutcome() { return outcome; }
}

package org.yangguang.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the nightly evaluation for a date: who or what started it, the Jakarta Batch
 * execution doing the work, and its progress. The counters are written by each chunk in the
 * chunk's own transaction, so they are exact after a crash and a restart. While the run holds
 * its date ({@code runningAsOf}), no other run for that date can start, on any node.
 * Read-only here: {@link EvaluationRuns} and the evaluation write it in SQL.
 */
@Entity
@Table(name = "evaluation_run")
public class EvaluationRun implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String SCHEDULED = "SCHEDULED";
    public static final String MANUAL = "MANUAL";
    public static final String FLOOR = "FLOOR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "running_as_of", insertable = false, updatable = false)
    private LocalDate runningAsOf;

    @Column(name = "started_how", nullable = false, updatable = false, length = 10)
    private String startedHow;

    @Column(name = "started_by", nullable = false, updatable = false, length = 40)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "execution_id", insertable = false, updatable = false)
    private Long executionId;

    @Column(name = "holder", insertable = false, updatable = false)
    private String holder;

    @Column(name = "heartbeat_at", insertable = false, updatable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "status", insertable = false, updatable = false)
    private String status;

    @Column(name = "calendar_version", insertable = false, updatable = false)
    private Long calendarVersion;

    @Column(name = "rule_ids", insertable = false, updatable = false)
    private String ruleIds;

    @Column(name = "id_from", insertable = false, updatable = false)
    private Long idFrom;

    @Column(name = "id_to", insertable = false, updatable = false)
    private Long idTo;

    @Column(name = "range_size", insertable = false, updatable = false)
    private int rangeSize;

    @Column(name = "partitions", insertable = false, updatable = false)
    private int partitions;

    @Column(name = "partitions_done", insertable = false, updatable = false)
    private int partitionsDone;

    @Column(name = "ranges_total", insertable = false, updatable = false)
    private int rangesTotal;

    @Column(name = "ranges_done", insertable = false, updatable = false)
    private int rangesDone;

    @Column(name = "cases_evaluated", insertable = false, updatable = false)
    private long casesEvaluated;

    @Column(name = "findings_issued", insertable = false, updatable = false)
    private long findingsIssued;

    /** Open cases by supervision status at the end of the run: "0:n,1:n,2:n,3:n". */
    @Column(name = "open_by_level", insertable = false, updatable = false)
    private String openByLevel;

    protected EvaluationRun() {}

    /** Open cases by supervision status (0 none .. 3 red) as the run left them; empty if not counted. */
    public java.util.Map<Integer, Long> openByLevel() {
        java.util.Map<Integer, Long> out = new java.util.TreeMap<>();
        if (openByLevel == null || openByLevel.isBlank()) return out;
        for (String pair : openByLevel.split(",")) {
            String[] kv = pair.split(":");
            out.put(Integer.parseInt(kv[0]), Long.parseLong(kv[1]));
        }
        return out;
    }

    /** Percentage of the id ranges done. */
    public int getPercent() {
        if ("COMPLETED".equals(status)) return 100;
        return rangesTotal == 0 ? 0 : (int) Math.min(99, 100L * rangesDone / rangesTotal);
    }

    public boolean isRunning() {
        return runningAsOf != null;
    }

    /** Holding its date but silent for long: its node died; it may be restarted. */
    public boolean isStale(Instant now) {
        return isRunning() && heartbeatAt != null && heartbeatAt.isBefore(now.minus(EvaluationRuns.STALE_AFTER));
    }

    public Long getId() { return id; }
    public LocalDate getAsOf() { return asOf; }
    public String getStartedHow() { return startedHow; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Long getExecutionId() { return executionId; }
    public String getHolder() { return holder; }
    public Instant getHeartbeatAt() { return heartbeatAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getStatus() { return status; }
    public Long getCalendarVersion() { return calendarVersion; }
    public String getRuleIds() { return ruleIds; }
    public Long getIdFrom() { return idFrom; }
    public Long getIdTo() { return idTo; }
    public int getRangeSize() { return rangeSize; }
    public int getPartitions() { return partitions; }
    public int getPartitionsDone() { return partitionsDone; }
    public int getRangesTotal() { return rangesTotal; }
    public int getRangesDone() { return rangesDone; }
    public long getCasesEvaluated() { return casesEvaluated; }
    public long getFindingsIssued() { return findingsIssued; }
}

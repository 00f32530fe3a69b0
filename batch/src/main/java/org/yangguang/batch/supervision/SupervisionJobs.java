package org.yangguang.batch.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.yangguang.batch.disclosure.PublicationJobs;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.EvaluationRun;
import org.yangguang.supervision.EvaluationRuns;
import org.yangguang.supervision.OverdueEvaluation;
import org.yangguang.supervision.SupervisionSettingsService;

/**
 * Starts, restarts and reports the {@code overdue-evaluation} job. The supervision office (and the
 * office) start it on demand for a date; the scheduler starts it each night, once across the
 * cluster: a run takes a lease on its date in the database ({@link EvaluationRuns}), so a second
 * start for the same date is refused (409) wherever it comes from.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupervisionJobs {
    private static final Logger LOG = Logger.getLogger(SupervisionJobs.class.getName());
    public static final String JOB = "overdue-evaluation";
    /** How long after the set time a node's scheduler still starts the night's run. */
    static final int START_WINDOW_MINUTES = 15;
    /** Set by the README's run command: the demo county is evaluated on its first start. */
    static final String DEMO_EVALUATION = "yangguang.demo.supervision";

    @Inject
    EvaluationRuns runs;

    @Inject
    SupervisionSettingsService settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** What a start or restart answers. */
    public record Started(long executionId, long runId, LocalDate asOf) implements Serializable {}

    /** An execution with its run's progress and its steps' metrics. */
    public record ExecutionView(long executionId, String job, String status, String exitStatus, Progress progress,
            List<StepView> steps) implements Serializable {}

    public record Progress(long runId, LocalDate asOf, String startedHow, String startedBy, int partitions,
            int partitionsDone, int rangesTotal, int rangesDone, long casesEvaluated, long findingsIssued, int percent,
            String runStatus) implements Serializable {}

    public record StepView(String step, String status, String exitStatus, Map<String, Long> metrics)
            implements Serializable {}

    /**
     * A start on demand. Besides the date (default today; a missed night is re-run for its date)
     * the partitions and the range size may be tuned; {@code failAtRange} and {@code delayPerRange} are
     * the integration tests' switches and do nothing unless the server runs with
     * {@code -Dyangguang.faultInjection=true}.
     */
    public record StartRequest(LocalDate asOf, Integer partitions, Integer rangeSize, Integer failAtRange,
            Integer delayPerRange) implements Serializable {}

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public Started start(StartRequest r) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = r == null || r.asOf() == null ? today : r.asOf();
        List<InvalidInputException.Problem> errors = new ArrayList<>();
        if (date.isAfter(today)) errors.add(new InvalidInputException.Problem("asOf", SystemText.of("evaluation.asOfAfterToday", today)));
        if (date.isBefore(today.minusYears(1))) errors.add(new InvalidInputException.Problem("asOf", SystemText.of("evaluation.asOfTooOld")));
        Map<String, String> params = new TreeMap<>();
        if (r != null && r.partitions() != null) {
            if (r.partitions() < 1 || r.partitions() > 16) errors.add(new InvalidInputException.Problem("partitions", SystemText.of("evaluation.partitionsRange")));
            params.put("partitions", String.valueOf(r.partitions()));
        }
        if (r != null && r.rangeSize() != null) {
            if (r.rangeSize() < 100 || r.rangeSize() > 100_000) errors.add(new InvalidInputException.Problem("rangeSize", SystemText.of("evaluation.rangeSizeRange")));
            params.put("rangeSize", String.valueOf(r.rangeSize()));
        }
        if (r != null && r.failAtRange() != null) {
            if (r.failAtRange() < 0) errors.add(new InvalidInputException.Problem("failAtRange", SystemText.of("input.negative")));
            params.put("failAtRange", String.valueOf(r.failAtRange()));
        }
        if (r != null && r.delayPerRange() != null) {
            if (r.delayPerRange() < 0 || r.delayPerRange() > 60_000) errors.add(new InvalidInputException.Problem("delayPerRange", SystemText.of("evaluation.delayRange")));
            params.put("delayPerRange", String.valueOf(r.delayPerRange()));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return launch(date, EvaluationRun.MANUAL, currentUser.username(), params).orElseThrow();
    }

    /** Restarts a failed, stopped, or crashed (killed) execution where it stopped. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public Started restart(long executionId) {
        return restartRun(executionId);
    }

    /**
     * The scheduler's tick: at the set time (Asia/Shanghai) the night's run for today, unless one
     * was already opened for today on any node. Before the first tick's work: runs this node left
     * behind when it was killed are restarted.
     */
    @PermitAll
    public void tick(boolean recoverOrphans) {
        if (recoverOrphans) {
            for (EvaluationRun orphan : runs.orphansOfThisNode()) {
                if (orphan.getExecutionId() == null) continue;
                try {
                    Started s = restartRun(orphan.getExecutionId());
                    LOG.info(() -> "Restarted the evaluation of " + orphan.getAsOf() + " left by a crash, execution "
                            + s.executionId());
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Could not restart evaluation run " + orphan.getId() + ": " + e.getMessage());
                }
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (recoverOrphans && Boolean.getBoolean(DEMO_EVALUATION) && runs.recent(1).isEmpty()) {
            // the demo county's first start: evaluate at once, so the workspace has something to show
            launch(now.toLocalDate(), EvaluationRun.MANUAL, "demo", Map.of());
        }
        LocalDateTime at = now.toLocalDate().atTime(settings.current().evaluationLocalTime());
        if (now.isBefore(at) || !now.isBefore(at.plusMinutes(START_WINDOW_MINUTES))) return;
        launch(now.toLocalDate(), EvaluationRun.SCHEDULED, "scheduler", Map.of())
                .ifPresent(s -> LOG.info(() -> "Scheduled evaluation of " + s.asOf() + " started as execution "
                        + s.executionId()));
    }

    /**
     * An execution of any nightly job with its progress. Who reads it: the office and the
     * supervision office every job's (they run the jobs and oversee them); a disclosure editor only
     * the publication job's, which they run themselves.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME})
    public ExecutionView execution(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution e = operator.getJobExecution(executionId);
            if (!currentUser.isCallerIn(Role.SUPERVISOR) && !currentUser.isOffice()
                    && !PublicationJobs.JOB.equals(e.getJobName())) {
                throw new ForbiddenException(SystemText.of("job.publicationOnly"));
            }
            List<StepView> steps = new ArrayList<>();
            for (StepExecution s : operator.getStepExecutions(executionId)) {
                Map<String, Long> metrics = new TreeMap<>();
                for (Metric m : s.getMetrics()) metrics.put(m.getType().name(), m.getValue());
                steps.add(new StepView(s.getStepName(), s.getBatchStatus().name(), s.getExitStatus(), metrics));
            }
            Progress progress = JOB.equals(e.getJobName()) ? runs.byExecution(executionId).map(SupervisionJobs::progress)
                    .orElse(null) : null;
            return new ExecutionView(executionId, e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(), progress,
                    steps);
        } catch (NoSuchJobExecutionException ex) {
            throw new NotFoundException(SystemText.of("job.noSuchExecution", executionId));
        }
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public List<EvaluationRun> history(int max) {
        return runs.recent(Math.min(Math.max(1, max), 200));
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public EvaluationRun run(long runId) {
        return runs.find(runId);
    }

    private java.util.Optional<Started> launch(LocalDate asOf, String how, String by, Map<String, String> extra) {
        int partitions = Runtime.getRuntime().availableProcessors();
        int rangeSize = OverdueEvaluation.DEFAULT_RANGE_SIZE;
        if (extra.containsKey("partitions")) partitions = Integer.parseInt(extra.get("partitions"));
        if (extra.containsKey("rangeSize")) rangeSize = Integer.parseInt(extra.get("rangeSize"));
        var opened = runs.open(asOf, how, by, partitions, rangeSize);
        if (opened.isEmpty()) return java.util.Optional.empty();
        long runId = opened.get();
        Properties p = new Properties();
        extra.forEach(p::setProperty);
        p.setProperty("runId", String.valueOf(runId));
        p.setProperty("asOf", asOf.toString());
        p.setProperty("partitions", String.valueOf(partitions));
        try {
            long executionId = BatchRuntime.getJobOperator().start(JOB, p);
            runs.started(runId, executionId);
            return java.util.Optional.of(new Started(executionId, runId, asOf));
        } catch (RuntimeException e) {
            runs.finished(runId, BatchStatus.FAILED.name());
            throw e;
        }
    }

    private Started restartRun(long executionId) {
        EvaluationRun run = runs.byExecution(executionId)
                .orElseThrow(() -> new NotFoundException(SystemText.of("evaluation.noSuchExecution", executionId)));
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
        if (status == BatchStatus.COMPLETED) throw new ConflictException(SystemText.of("evaluation.completed"));
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            runs.finished(run.getId(), status.name()); // its listener may not have come to free the date
        }
        runs.reclaim(run.getId());
        Properties p = new Properties();
        p.setProperty("failAtRange", "0"); // a restart never re-arms the test's injected failure
        try {
            long next = operator.restart(executionId, p);
            runs.started(run.getId(), next);
            return new Started(next, run.getId(), run.getAsOf());
        } catch (RuntimeException e) {
            runs.finished(run.getId(), BatchStatus.FAILED.name());
            throw new ConflictException(SystemText.of("job.cannotRestart", String.valueOf(e.getMessage())));
        }
    }

    private static Progress progress(EvaluationRun r) {
        return new Progress(r.getId(), r.getAsOf(), r.getStartedHow(), r.getStartedBy(), r.getPartitions(),
                r.getPartitionsDone(), r.getRangesTotal(), r.getRangesDone(), r.getCasesEvaluated(), r.getFindingsIssued(),
                r.getPercent(), r.getStatus());
    }
}

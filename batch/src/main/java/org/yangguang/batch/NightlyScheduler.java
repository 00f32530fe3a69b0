package org.yangguang.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;
import java.util.logging.Logger;
import org.yangguang.shared.SystemText;

/**
 * Starts the nightly jobs. The EJB timer only starts a job; the work, its transactions and its
 * restart after a crash belong to Jakarta Batch (JBeret's JDBC job repository). Non-persistent
 * timers: a missed night is caught up by the next run, since every job is idempotent.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class NightlyScheduler {
    private static final Logger LOG = Logger.getLogger(NightlyScheduler.class.getName());
    public static final String CATALOG_ACTIVATION = "catalog-activation";
    public static final String DEEMED_ACCEPTANCE = "deemed-acceptance";
    public static final String DISCLOSURE_LAPSES = "disclosure-lapses";
    /** The jobs an operator may start by hand (REST, office only). */
    public static final java.util.Set<String> JOBS = java.util.Set.of(CATALOG_ACTIVATION, DEEMED_ACCEPTANCE, DISCLOSURE_LAPSES);

    /** Shortly after midnight Beijing time, so versions take effect on their effective date. */
    @Schedule(hour = "0", minute = "5", timezone = "Asia/Shanghai", persistent = false)
    void activateCatalogVersions() {
        start(CATALOG_ACTIVATION);
    }

    /** Just after the day changes: yesterday was the last day to give a correction notice. */
    @Schedule(hour = "0", minute = "10", timezone = "Asia/Shanghai", persistent = false)
    void deemOverdueReceiptsAccepted() {
        start(DEEMED_ACCEPTANCE);
    }

    /** Disclosure requests whose correction or fee lapsed yesterday; in January, the report drafts. */
    @Schedule(hour = "0", minute = "15", timezone = "Asia/Shanghai", persistent = false)
    void closeLapsedDisclosureRequests() {
        start(DISCLOSURE_LAPSES);
    }

    @jakarta.inject.Inject
    org.yangguang.batch.disclosure.PublicationJobs publication;

    /** The publication bundle for the extranet, after the night's evaluation (01:00). */
    @Schedule(hour = "2", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void publishForTheExtranet() {
        try {
            publication.startScheduled();
        } catch (RuntimeException e) {
            LOG.warning(() -> "The publication job did not start: " + e.getMessage());
        }
    }

    @jakarta.inject.Inject
    org.yangguang.batch.supervision.SupervisionJobs supervision;

    @jakarta.inject.Inject
    org.yangguang.batch.calendar.CalendarJobs calendarJobs;

    /** The first tick after a start also restarts evaluations this node left behind when killed. */
    private volatile boolean recovered;

    /**
     * Electronic supervision: every 15 seconds the tick checks whether the night's evaluation is
     * due (01:00 Asia/Shanghai by default, set in the supervision settings without a rebuild). The
     * timer fires on every node of a cluster; the run's lease on its date in the database lets only
     * one of them start it.
     */
    @Schedule(hour = "*", minute = "*", second = "*/15", timezone = "Asia/Shanghai", persistent = false)
    void superviseTick() {
        if (!org.yangguang.infrastructure.DatabaseMigration.isDone()) return; // first start: no tables yet
        try {
            supervision.tick(!recovered);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Supervision scheduler tick failed: " + e.getMessage());
        } finally {
            recovered = true;
        }
        try {
            calendarJobs.startPending(); // deadline recomputes nobody started (installation, a lost start)
        } catch (RuntimeException e) {
            LOG.warning(() -> "Starting pending deadline recomputes failed: " + e.getMessage());
        }
    }

    /** Starts a job now (the office may run a nightly job by hand); returns the execution id. */
    @jakarta.annotation.security.RolesAllowed(org.yangguang.security.Role.OFFICE_ADMIN_NAME)
    public long run(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new org.yangguang.shared.NotFoundException(SystemText.of("job.noSuchJob", jobName));
        }
        return start(jobName);
    }

    /** Status of an execution: the batch status and the exit status the job set. */
    @jakarta.annotation.security.RolesAllowed({org.yangguang.security.Role.OFFICE_ADMIN_NAME,
            org.yangguang.security.Role.SUPERVISOR_NAME})
    public String[] status(long executionId) {
        try {
            var e = BatchRuntime.getJobOperator().getJobExecution(executionId);
            return new String[] {e.getJobName(), e.getBatchStatus().name(), e.getExitStatus()};
        } catch (jakarta.batch.operations.NoSuchJobExecutionException ex) {
            throw new org.yangguang.shared.NotFoundException(SystemText.of("job.noSuchExecution", executionId));
        }
    }

    long start(String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(jobName, new Properties());
        LOG.info(() -> "Started batch job " + jobName + " as execution " + id);
        return id;
    }
}

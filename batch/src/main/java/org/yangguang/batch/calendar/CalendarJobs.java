package org.yangguang.batch.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.yangguang.approval.CaseDeadlineRecomputer;
import org.yangguang.calendar.CalendarRecompute;
import org.yangguang.calendar.CalendarService;
import org.yangguang.security.Role;
import org.yangguang.shared.SystemText;

/**
 * Runs the {@code deadline-recompute} job for a calendar change or preview, and does its chunks.
 * The office's request only saves the calendar (or stages the preview) and starts the job; the
 * open cases are recomputed afterwards, a chunk per transaction, with progress on the recompute
 * record. A recompute nobody started (the shipped schedules installed at startup, a start lost to
 * a crash) is started by the scheduler's next tick; a claim on the record keeps it to one run.
 */
@Stateless
public class CalendarJobs {
    private static final Logger LOG = Logger.getLogger(CalendarJobs.class.getName());
    public static final String JOB = "deadline-recompute";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseDeadlineRecomputer cases;

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock;

    @EJB
    CalendarJobs self;

    /** Test-only switch (off unless the server runs with -Dyangguang.faultInjection=true). */
    static final String FAULT_INJECTION = "yangguang.faultInjection";

    /**
     * How a run is cut: cases per chunk (transaction), and, only under the fault-injection switch,
     * a failure once that many cases are committed (to prove that a failed run continues).
     */
    public record Tuning(Integer chunkSize, Integer failAfterChecked) {
        public static final Tuning DEFAULT = new Tuning(null, null);

        /** Checked when made, so a bad tuning is refused before anything is staged. */
        public Tuning {
            if (chunkSize != null && (chunkSize < 1 || chunkSize > 1000)) {
                throw new org.yangguang.shared.InvalidInputException("chunkSize", SystemText.of("recompute.chunkSizeRange"));
            }
        }

        Properties apply(Properties p) {
            if (chunkSize != null) p.setProperty("chunkSize", chunkSize.toString());
            if (failAfterChecked != null && Boolean.getBoolean(FAULT_INJECTION)) {
                p.setProperty("failAfterChecked", Integer.toString(Math.max(0, failAfterChecked)));
            }
            return p;
        }
    }

    /** Starts the job for a recompute the caller just committed; returns the execution id. */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(long recomputeId) {
        return launch(recomputeId, Tuning.DEFAULT);
    }

    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(long recomputeId, Tuning tuning) {
        return launch(recomputeId, tuning);
    }

    /** Recomputes nobody has started yet (the scheduler's tick). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void startPending() {
        for (long id : self.pending()) launch(id, Tuning.DEFAULT);
    }

    private long launch(long recomputeId, Tuning tuning) {
        Properties p = tuning.apply(new Properties());
        if (!self.claim(recomputeId)) return self.executionOf(recomputeId);
        p.setProperty("recomputeId", Long.toString(recomputeId));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        try {
            execution = operator.start(JOB, p); // the job's listener records the execution before its first chunk
        } catch (RuntimeException e) {
            self.release(recomputeId); // the scheduler's next tick tries again, rather than "running" forever
            throw e;
        }
        LOG.info(() -> "Deadline recompute " + recomputeId + " started as execution " + execution);
        return execution;
    }

    /** A claim whose job could not be started is given back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long recomputeId) {
        em.createQuery("update CalendarRecompute r set r.executionId = null, r.version = r.version + 1"
                + " where r.id = :id and r.executionId = 0").setParameter("id", recomputeId).executeUpdate();
    }

    @PermitAll
    public List<Long> pending() {
        return em.createQuery("select r.id from CalendarRecompute r where r.executionId is null order by r.id", Long.class)
                .setMaxResults(20).getResultList();
    }

    /** Takes the recompute for one run (0 marks "being started"); false if someone else did. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long recomputeId) {
        return em.createQuery("update CalendarRecompute r set r.executionId = 0, r.version = r.version + 1"
                + " where r.id = :id and r.executionId is null").setParameter("id", recomputeId).executeUpdate() == 1;
    }

    /** The job began (or began again after a failure): before its first chunk, so nothing races it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long recomputeId, long execution) {
        em.find(CalendarRecompute.class, recomputeId).started(execution, cases.openCases());
    }

    @PermitAll
    public long executionOf(long recomputeId) {
        Long e = em.find(CalendarRecompute.class, recomputeId).getExecutionId();
        return e == null ? 0 : e;
    }

    /** One chunk, in the chunk's transaction: these cases on the recompute's calendar. */
    @PermitAll
    public void recomputeChunk(long recomputeId, List<Long> caseIds) {
        CalendarRecompute r = em.find(CalendarRecompute.class, recomputeId);
        int moved = cases.recompute(caseIds, r, calendars.calendarOf(r), clock.instant());
        em.flush(); // a clerk's concurrent change of a case fails here, in the writer: the chunk is retried
        // counted in SQL, not by a versioned update: whoever reads the progress meanwhile never conflicts
        em.createQuery("update CalendarRecompute r set r.checked = r.checked + :n, r.moves = r.moves + :m where r.id = :id")
                .setParameter("n", (long) caseIds.size()).setParameter("m", moved).setParameter("id", recomputeId)
                .executeUpdate();
    }

    @Inject
    org.yangguang.disclosure.RequestDeadlineRecomputer requests;

    /** After the cases: the open disclosure requests, in one transaction (a county has hundreds). */
    @PermitAll
    public void recomputeRequests(long recomputeId) {
        CalendarRecompute r = em.find(CalendarRecompute.class, recomputeId);
        int moved = requests.recompute(r, calendars.calendarOf(r), clock.instant());
        em.flush();
        em.createQuery("update CalendarRecompute r set r.moves = r.moves + :m where r.id = :id")
                .setParameter("m", moved).setParameter("id", recomputeId).executeUpdate();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long recomputeId, String outcome) {
        CalendarRecompute r = em.find(CalendarRecompute.class, recomputeId);
        r.finished(outcome, clock.instant());
        LOG.info(() -> "Deadline recompute " + recomputeId + " " + outcome + ": " + r.getChecked() + " of "
                + r.getOpenCases() + " open cases checked, " + r.getMoves() + " deadlines moved, "
                + java.time.Duration.between(r.getRequestedAt(), r.getFinishedAt()).toMillis() + " ms after the request");
    }

    /** A failed recompute continues from its last committed chunk. */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(long recomputeId) {
        CalendarRecompute r = calendars.recompute(recomputeId);
        if (r.isRunning() || !CalendarRecompute.FAILED.equals(r.getOutcome()) || r.getExecutionId() == null) {
            throw new org.yangguang.shared.ConflictException(SystemText.of("recompute.failedOnly"));
        }
        Properties p = new Properties(); // the first run's parameters, without an injected failure
        p.setProperty("recomputeId", Long.toString(recomputeId));
        p.setProperty("failAfterChecked", "0");
        self.reopen(recomputeId); // running from now on: whoever reads it never sees the old failure
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().restart(r.getExecutionId(), p);
        } catch (RuntimeException e) {
            self.finished(recomputeId, CalendarRecompute.FAILED);
            throw e;
        }
        LOG.info(() -> "Deadline recompute " + recomputeId + " continued as execution " + execution);
        return execution;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reopen(long recomputeId) {
        CalendarRecompute r = em.find(CalendarRecompute.class, recomputeId);
        r.started(r.getExecutionId(), r.getOpenCases());
    }

    /** Cases committed so far (the fault-injection switch reads it before a chunk). */
    @PermitAll
    public long checked(long recomputeId) {
        return em.find(CalendarRecompute.class, recomputeId).getChecked();
    }
}

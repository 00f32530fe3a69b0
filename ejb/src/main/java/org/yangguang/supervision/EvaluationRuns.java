package org.yangguang.supervision;

import org.yangguang.shared.NativeWrites;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The runs of the nightly evaluation and the lease on their date. A run holds its date while it
 * works ({@code evaluation_run.running_as_of}, unique): a second start for the same date, on this
 * node or any other, is refused with a conflict, and the scheduler's ticks on several nodes start
 * one run a night. A holder that stopped beating (crashed node), or this node's own previous
 * incarnation (killed and restarted), no longer holds the date.
 *
 * <p>Each method commits on its own: the lease must be visible to every node at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EvaluationRuns {
    /** A run that has not written progress for this long is taken to have died with its node. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final String NODE = System.getProperty("jboss.node.name", "node");
    /** This incarnation of the node: a node restarted after a crash knows its old runs are dead. */
    private static final String HOLDER = NODE + "/" + UUID.randomUUID();

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Opens a run for the date and takes its lease. Refused (409) while another live run holds the
     * date. A scheduled run is opened only once per date: empty if one was already opened.
     */
    public Optional<Long> open(LocalDate asOf, String how, String by, int partitions, int rangeSize) {
        try (Connection c = ds.getConnection()) {
            if (EvaluationRun.SCHEDULED.equals(how) && exists(c, "SELECT COUNT(*) FROM evaluation_run WHERE as_of = ?"
                    + " AND started_how = 'SCHEDULED'", asOf)) {
                return Optional.empty();
            }
            releaseIfDead(c, asOf);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_run (as_of, running_as_of, started_how,"
                    + " started_by, started_at, holder, heartbeat_at, status, range_size, partitions, partitions_done,"
                    + " ranges_total, ranges_done, cases_evaluated, findings_issued)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'STARTING', ?, ?, 0, 0, 0, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                Instant now = clock.instant();
                Jdbc.bind(ps, List.of(asOf, asOf, how, by, now, HOLDER, now, rangeSize, partitions));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return Optional.of(keys.getLong(1));
                }
            } catch (SQLException e) {
                if (!isDuplicate(e)) throw e;
                if (EvaluationRun.SCHEDULED.equals(how)) return Optional.empty();
                throw new ConflictException(SystemText.of("evaluation.running", asOf));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the date's lease again for a restart of this run. Refused (409) while another live
     * run holds the date, or while this run itself is still alive.
     */
    public void reclaim(long runId) {
        EvaluationRun run = find(runId);
        try (Connection c = ds.getConnection()) {
            releaseIfDead(c, run.getAsOf());
            try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_run SET running_as_of = as_of, holder = ?,"
                    + " heartbeat_at = ?, status = 'STARTING', finished_at = NULL WHERE id = ? AND running_as_of IS NULL")) {
                Jdbc.bind(ps, List.of(HOLDER, clock.instant(), runId));
                if (ps.executeUpdate() == 0) throw new ConflictException(SystemText.of("evaluation.stillRunning"));
            } catch (SQLException e) {
                if (!isDuplicate(e)) throw e;
                throw new ConflictException(SystemText.of("evaluation.running", run.getAsOf()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Jakarta Batch execution now working for the run (a restart makes a new one). */
    public void started(long runId, long executionId) {
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET execution_id = ?1, status = 'STARTED', holder = ?2,"
                + " heartbeat_at = ?3 WHERE id = ?4"), "evaluation_run")
                .setParameter(1, executionId).setParameter(2, HOLDER).setParameter(3, clock.instant())
                .setParameter(4, runId).executeUpdate();
    }

    /** The run ended (completed, failed or stopped): the date is free again. */
    public void finished(long runId, String batchStatus) {
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET running_as_of = NULL, status = ?1, finished_at = ?2 WHERE id = ?3"), "evaluation_run")
                .setParameter(1, batchStatus).setParameter(2, clock.instant()).setParameter(3, runId).executeUpdate();
    }

    /** One more partition of the run finished. */
    public void partitionDone(long runId) {
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET partitions_done = partitions_done + 1, heartbeat_at = ?1"
                + " WHERE id = ?2"), "evaluation_run").setParameter(1, clock.instant()).setParameter(2, runId).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EvaluationRun find(long runId) {
        EvaluationRun run = em.find(EvaluationRun.class, runId);
        if (run == null) throw new NotFoundException(SystemText.of("evaluation.notFound", runId));
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<EvaluationRun> byExecution(long executionId) {
        return em.createQuery("select r from EvaluationRun r where r.executionId = :e", EvaluationRun.class)
                .setParameter("e", executionId).getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EvaluationRun> recent(int max) {
        return em.createQuery("select r from EvaluationRun r where r.startedHow <> :floor order by r.id desc",
                EvaluationRun.class).setParameter("floor", EvaluationRun.FLOOR).setMaxResults(max).getResultList();
    }

    /** Runs left holding their date by this node's previous incarnation (it was killed). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EvaluationRun> orphansOfThisNode() {
        return em.createQuery("select r from EvaluationRun r where r.runningAsOf is not null and r.holder like :node"
                + " and r.holder <> :me", EvaluationRun.class)
                .setParameter("node", NODE + "/%").setParameter("me", HOLDER).getResultList();
    }

    /** A holder that died frees the date: its run is marked as such and may be restarted. */
    private void releaseIfDead(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_run SET running_as_of = NULL, status = 'FAILED',"
                + " finished_at = ? WHERE running_as_of = ? AND holder <> ? AND (heartbeat_at < ? OR holder LIKE ?)")) {
            Instant now = clock.instant();
            Jdbc.bind(ps, List.of(now, asOf, HOLDER, now.minus(STALE_AFTER), NODE + "/%"));
            ps.executeUpdate();
        }
    }

    /** Another run holds the date: the unique key on {@code running_as_of} said no (SQL state 23xxx). */
    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static boolean exists(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, List.of(param));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    static String holder() {
        return HOLDER;
    }
}

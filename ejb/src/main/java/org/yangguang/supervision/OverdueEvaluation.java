package org.yangguang.supervision;

import org.yangguang.shared.NativeWrites;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The nightly evaluation's work, called by the {@code overdue-evaluation} job's steps inside
 * their transactions: prepare a run, evaluate one range of case ids set-based (every chunk of
 * every partition), then the department-wide rules. Also the benchmark's floor: the same
 * statements over the whole table at once.
 */
@Stateless
@PermitAll
public class OverdueEvaluation {
    /** Ids per range (one chunk, one transaction, one checkpoint), unless the job says otherwise. */
    public static final int DEFAULT_RANGE_SIZE = 5_000;

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    RuleBook rules;

    @Inject
    SupervisionSettingsService settings;

    @Inject
    EvaluationRuns runs;

    @Inject
    DisclosureSupervision disclosure;

    @Inject
    InteractionSupervision interaction;

    @Inject
    Clock clock;

    /** The id ranges of a run: first call fixes them, a restart reads them back unchanged. */
    public record Plan(long idFrom, long idTo, int rangeSize, int partitions) {
        public int ranges() {
            return idTo < idFrom ? 0 : (int) ((idTo - idFrom) / rangeSize + 1);
        }

        /** The ids of partition {@code i}: whole ranges, as even as they come. */
        public long[] partition(int i) {
            int n = ranges();
            int perPartition = (n + partitions - 1) / Math.max(1, partitions);
            long lo = idFrom + (long) i * perPartition * rangeSize;
            long hi = Math.min(idTo, lo + (long) perPartition * rangeSize - 1);
            return new long[] {lo, hi};
        }
    }

    public record RangeResult(long cases, int findings) {}

    public record FloorResult(long findings, long millis) {}

    /** Freezes what the run evaluates with: the rules in force now and the calendar version. */
    public void prepare(long runId) {
        EvaluationRun run = runs.find(runId);
        String ids = rules.enabledInForce().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
        WorkingCalendar cal = calendars.current();
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET rule_ids = ?1, calendar_version = ?2, heartbeat_at = ?3 WHERE id = ?4"), "evaluation_run")
                .setParameter(1, ids).setParameter(2, cal.version()).setParameter(3, clock.instant())
                .setParameter(4, runId).executeUpdate();
        fillDistances(new EvaluationDay(run.getAsOf(), cal));
    }

    public Plan plan(long runId, int partitions) {
        EvaluationRun run = runs.find(runId);
        if (run.getIdFrom() != null) {
            return new Plan(run.getIdFrom(), run.getIdTo(), run.getRangeSize(), run.getPartitions());
        }
        Object[] range = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM approval_case").getSingleResult();
        long from = range[0] == null ? 1 : ((Number) range[0]).longValue();
        long to = range[1] == null ? 0 : ((Number) range[1]).longValue();
        Plan plan = new Plan(from, to, run.getRangeSize(), Math.max(1, partitions));
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET id_from = ?1, id_to = ?2, partitions = ?3, ranges_total = ?4"
                + " WHERE id = ?5"), "evaluation_run").setParameter(1, from).setParameter(2, to).setParameter(3, plan.partitions())
                .setParameter(4, plan.ranges()).setParameter(5, runId).executeUpdate();
        return plan;
    }

    /** Every time-based and violation rule over the cases with ids in [lo, hi]; progress with it. */
    public RangeResult evaluateRange(long runId, long lo, long hi) {
        Context x = context(runId);
        int findings = 0;
        for (RuleRef r : x.rules()) {
            if (r.trigger().kind() == RuleTrigger.Kind.CASE_TIME) {
                findings += Jdbc.update(ds, EvaluationStatements.timeRule(r, x.run(), lo, hi));
            }
            if (!r.trigger().violations().isEmpty()) {
                findings += Jdbc.update(ds, EvaluationStatements.violationRule(r, x.run(), lo, hi));
            }
        }
        if (findings > 0) raiseLevels(runId, lo, hi);
        long cases = Jdbc.count(ds, EvaluationStatements.countOpen(lo, hi));
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET ranges_done = ranges_done + 1, cases_evaluated = cases_evaluated + ?1,"
                + " findings_issued = findings_issued + ?2, heartbeat_at = ?3 WHERE id = ?4"), "evaluation_run")
                .setParameter(1, cases).setParameter(2, findings).setParameter(3, clock.instant()).setParameter(4, runId)
                .executeUpdate();
        return new RangeResult(cases, findings);
    }

    /** The rules over cards and departments, once all cases are done. */
    public int departmentFindings(long runId) {
        Context x = context(runId);
        int findings = 0;
        for (RuleRef r : x.rules()) {
            if (r.trigger() == RuleTrigger.CARD_UNANSWERED) {
                findings += Jdbc.update(ds, EvaluationStatements.unansweredCards(r, x.run()));
            }
        }
        // a department's third yellow card counts the yellow cards issued so far, these included
        for (RuleRef r : x.rules()) {
            if (r.trigger() == RuleTrigger.THIRD_YELLOW_IN_MONTH) {
                findings += Jdbc.update(ds, EvaluationStatements.departmentMonth(r, x.run()));
            }
        }
        if (findings > 0) raiseLevels(runId, null, null);
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET findings_issued = findings_issued + ?1, heartbeat_at = ?2,"
                + " open_by_level = ?3 WHERE id = ?4"), "evaluation_run").setParameter(1, findings).setParameter(2, clock.instant())
                .setParameter(3, openByLevel()).setParameter(4, runId).executeUpdate();
        return findings;
    }

    /**
     * The floor of the benchmark: the same findings by the plainest set-based SQL, one statement
     * per rule over the whole table, in one transaction, no ranges, no checkpoints, no existence
     * checks (it runs on an empty finding table). The disclosure and interaction steps are the job's own
     * (a few hundred requests, items, rectifications and letters judged in Java): they come before the
     * department rules, whose third yellow card of a month counts their cards too.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    @org.jboss.ejb3.annotation.TransactionTimeout(value = 1, unit = java.util.concurrent.TimeUnit.HOURS)
    public FloorResult floor(long runId) {
        long start = System.nanoTime();
        prepare(runId);
        em.flush();
        em.clear(); // the run as prepare() left it, not as first read
        Context x = context(runId);
        long findings = 0;
        for (RuleRef r : x.rules()) {
            if (r.trigger().kind() == RuleTrigger.Kind.CASE_TIME) {
                findings += Jdbc.update(ds, EvaluationStatements.timeRule(r, x.run(), null, null));
            }
            if (!r.trigger().violations().isEmpty()) {
                findings += Jdbc.update(ds, EvaluationStatements.violationRule(r, x.run(), null, null));
            }
        }
        raiseLevels(runId, null, null);
        findings += disclosure.evaluate(runId);
        findings += interaction.evaluate(runId);
        findings += departmentFindings(runId);
        return new FloorResult(findings, (System.nanoTime() - start) / 1_000_000);
    }

    /** Open cases by supervision status, for the workspace until the next run: "0:n,1:n,2:n,3:n". */
    @SuppressWarnings("unchecked")
    private String openByLevel() {
        List<Object[]> rows = em.createNativeQuery("SELECT supervision_level, COUNT(*) FROM approval_case WHERE status IN ("
                + "'RECEIVED', 'AWAITING_CORRECTION', 'IN_PROGRESS', 'REPORTED', 'DECIDED') GROUP BY supervision_level")
                .getResultList();
        return rows.stream().map(r -> ((Number) r[0]).intValue() + ":" + ((Number) r[1]).longValue())
                .collect(Collectors.joining(","));
    }

    private void raiseLevels(long runId, Long lo, Long hi) {
        Jdbc.update(ds, EvaluationStatements.raiseLevels(Jdbc.isMySql(ds), runId, lo, hi));
    }

    private record Context(EvaluationStatements.Run run, List<RuleRef> rules) {}

    private Context context(long runId) {
        EvaluationRun run = runs.find(runId);
        WorkingCalendar cal = run.getCalendarVersion() == null ? calendars.current()
                : calendars.atVersion(run.getCalendarVersion());
        List<Long> ids = run.getRuleIds() == null || run.getRuleIds().isBlank() ? List.of()
                : Arrays.stream(run.getRuleIds().split(",")).map(Long::valueOf).toList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate answerDue = DeadlineCalculator.deadline(cal, today, TimeLimit.workingDays(settings.current().getAnswerDays()),
                List.of()).date();
        return new Context(new EvaluationStatements.Run(runId, run.getAsOf(), now, answerDue,
                new EvaluationDay(run.getAsOf(), cal)), rules.byIds(ids));
    }

    private void fillDistances(EvaluationDay day) {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM evaluation_day WHERE as_of = ?")) {
                Jdbc.bind(del, List.of(day.asOf()));
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO evaluation_day (as_of, on_day, working_days, natural_days) VALUES (?, ?, ?, ?)")) {
                int n = 0;
                for (EvaluationDay.Distance d : day.distances()) {
                    Jdbc.bind(ins, List.of(day.asOf(), d.day(), d.workingDays(), d.naturalDays()));
                    ins.addBatch();
                    if (++n % 500 == 0) ins.executeBatch();
                }
                ins.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the evaluation days: " + e.getMessage(), e);
        }
    }
}

package org.yangguang.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseRow;
import org.yangguang.approval.CaseStatus;
import org.yangguang.approval.Urgency;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.security.Role;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * The supervision office's home: open cases by supervision status, the on-time trend, cards by
 * department, and the cases behind every number. Each figure is one aggregate query on an index.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
public class Workspace {
    static final List<CaseStatus> OPEN = List.copyOf(EnumSet.copyOf(EvaluationStatements.OPEN));

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock;

    public record MonthRate(YearMonth month, long concluded, long onTime) implements Serializable {
        public Double rate() {
            return concluded == 0 ? null : (double) onTime / concluded;
        }
    }

    public record DepartmentCards(String departmentCode, String departmentName, long yellow, long red,
            long answerOverdue) implements Serializable {}

    /** Open cases by supervision status (0 none, 1 warning, 2 yellow, 3 red) and as of when. */
    public record LevelCounts(java.time.Instant countedAt, Map<Integer, Long> counts) implements Serializable {}

    /**
     * Open cases by supervision status, as the last completed evaluation counted them (a province
     * has millions of cases: the workspace does not count them on every visit); counted now when
     * no evaluation has run yet. The drill-down lists the cases as they are now.
     */
    public LevelCounts openCasesByLevel() {
        Map<Integer, Long> out = new TreeMap<>();
        for (int level = 0; level <= 3; level++) out.put(level, 0L);
        var last = em.createQuery("select r from EvaluationRun r where r.status = 'COMPLETED' and r.startedHow <> :floor"
                + " and r.finishedAt is not null order by r.finishedAt desc", EvaluationRun.class)
                .setParameter("floor", EvaluationRun.FLOOR).setMaxResults(1).getResultStream().findFirst()
                .filter(r -> !r.openByLevel().isEmpty());
        if (last.isPresent()) {
            out.putAll(last.get().openByLevel());
            return new LevelCounts(last.get().getFinishedAt(), out);
        }
        em.createQuery("select c.supervisionLevel, count(c) from ApprovalCase c where c.status in :open"
                + " group by c.supervisionLevel", Object[].class).setParameter("open", OPEN).getResultList()
                .forEach(r -> out.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return new LevelCounts(clock.instant(), out);
    }

    /** Concluded cases and how many on time, per month, the last {@code months} months. */
    @SuppressWarnings("unchecked")
    public List<MonthRate> onTimeTrend(int months) {
        YearMonth now = YearMonth.now(clock);
        LocalDate from = now.minusMonths(months - 1L).atDay(1);
        Map<YearMonth, MonthRate> byMonth = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT YEAR(delivered_on), MONTH(delivered_on), COUNT(*),"
                + " SUM(CASE WHEN decided_on <= promised_deadline THEN 1 ELSE 0 END) FROM approval_case"
                + " WHERE delivered_on >= ?1 GROUP BY YEAR(delivered_on), MONTH(delivered_on)")
                .setParameter(1, from).getResultList();
        for (Object[] r : rows) {
            YearMonth m = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            byMonth.put(m, new MonthRate(m, ((Number) r[2]).longValue(), r[3] == null ? 0 : ((Number) r[3]).longValue()));
        }
        List<MonthRate> out = new ArrayList<>();
        for (YearMonth m = now.minusMonths(months - 1L); !m.isAfter(now); m = m.plusMonths(1)) {
            out.add(byMonth.getOrDefault(m, new MonthRate(m, 0, 0)));
        }
        return out;
    }

    /** Cards awaiting the department or the office, per department, the most first. */
    @SuppressWarnings("unchecked")
    public List<DepartmentCards> cardsByDepartment() {
        Map<Long, long[]> counts = new HashMap<>();
        // one level at a time: each is a range of ix_finding_queue (level, department, status) read in order
        for (SupervisionLevel level : new SupervisionLevel[] {SupervisionLevel.YELLOW, SupervisionLevel.RED}) {
            List<Object[]> rows = em.createNativeQuery("SELECT department_id, COUNT(*) FROM finding WHERE level = ?1"
                    + " AND status IN ('OPEN', 'ANSWERED', 'APPEALED') GROUP BY department_id")
                    .setParameter(1, level.name()).getResultList();
            for (Object[] r : rows) {
                counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[3])[level == SupervisionLevel.RED ? 1 : 0] =
                        ((Number) r[1]).longValue();
            }
        }
        List<Object[]> overdue = em.createNativeQuery("SELECT department_id, COUNT(*) FROM finding"
                + " WHERE status = 'OPEN' AND answer_due < ?1 GROUP BY department_id")
                .setParameter(1, LocalDate.now(clock)).getResultList();
        for (Object[] r : overdue) counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[3])[2] =
                ((Number) r[1]).longValue();
        List<DepartmentCards> out = new ArrayList<>();
        for (org.yangguang.organization.Department d : em.createNamedQuery("Department.findAll",
                org.yangguang.organization.Department.class).getResultList()) {
            long[] c = counts.get(d.getId());
            if (c != null) out.add(new DepartmentCards(d.getCode(), d.getName(), c[0], c[1], c[2]));
        }
        out.sort((a, b) -> Long.compare(b.red() * 1000 + b.yellow(), a.red() * 1000 + a.yellow()));
        return out;
    }

    /**
     * The cases behind a number: the measure, for one department (or all) and a period (the
     * measures of the scores) or at a supervision level (open cases).
     */
    public Page<CaseRow> cases(@NotNull CaseMeasure measure, String departmentCode, Period period, Integer level,
            @NotNull PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (departmentCode != null && !departmentCode.isBlank()) {
            w.append(" and c.department.code = :dept");
            p.put("dept", departmentCode.trim());
        }
        if (measure != CaseMeasure.OPEN_AT_LEVEL && period != null) {
            String day = switch (measure) {
                case RECEIVED, ONLINE -> "c.receipt.receivedOn";
                default -> "c.conclusion.deliveredOn";
            };
            w.append(" and ").append(day).append(" between :from and :to");
            p.put("from", period.from());
            p.put("to", period.to());
        }
        switch (measure) {
            case ONLINE -> w.append(" and c.receipt.channel = org.yangguang.approval.ReceiptChannel.ONLINE");
            case CONCLUDED -> w.append(" and c.conclusion.deliveredOn is not null");
            case ON_TIME -> w.append(" and c.conclusion.decidedOn <= c.clock.promisedDeadline");
            case LATE -> w.append(" and c.conclusion.decidedOn > c.clock.promisedDeadline");
            case ON_THE_SPOT -> w.append(" and c.conclusion.deliveredOn = c.receipt.receivedOn");
            case OPEN_AT_LEVEL -> {
                w.append(" and c.status in :open and c.supervisionLevel = :level");
                p.put("open", OPEN);
                p.put("level", level == null ? 0 : level);
            }
            default -> { }
        }
        TypedQuery<Object[]> q = em.createQuery("select c.receiptNumber, c.matterName, c.receipt.applicant.name, c.status,"
                + " c.receipt.receivedOn, c.clock.promisedDeadline, c.clock.statutoryDeadline, c.check.acceptedOn,"
                + " c.clock.deliveryDeadline, c.clock.stopPlannedEnd, c.department.name from ApprovalCase c" + w + " order by c.id desc", Object[].class);
        TypedQuery<Long> n = em.createQuery("select count(c) from ApprovalCase c" + w, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            n.setParameter(k, v);
        });
        WorkingCalendar cal = calendars.current();
        LocalDate today = LocalDate.now(clock);
        List<CaseRow> rows = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> row(r, cal, today)).toList();
        return new Page<>(rows, n.getSingleResult());
    }

    private static CaseRow row(Object[] r, WorkingCalendar cal, LocalDate today) {
        CaseStatus status = (CaseStatus) r[3];
        boolean stopped = r[9] != null;
        var running = org.yangguang.approval.RunningDeadline.of(status, (LocalDate) r[7], (LocalDate) r[5], null,
                (LocalDate) r[8], stopped, null);
        LocalDate due = running == null ? null : running.date();
        return new CaseRow((String) r[0], (String) r[1], (String) r[2], status, (LocalDate) r[4], (LocalDate) r[5],
                (LocalDate) r[6], due == null ? null : DeadlineCalculator.workingDaysBetween(cal, today, due),
                Urgency.of(due, cal, today), stopped, (String) r[10], CaseRow.shown(running, (LocalDate) r[5]));
    }
}

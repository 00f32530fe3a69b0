package org.yangguang.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * The working-day calendar: the schedules in force, their import (a new version per change, with
 * every moved deadline logged), and the deadline calculator everybody may use.
 */
@Stateless
public class CalendarService {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarCache cache;

    /** The calendar in force is looked up once per request (a case action asks several times). */
    @Inject
    org.yangguang.shared.RequestMemo memo;

    private static final String MEMO = "calendar.current";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** The calendar in force (cached; reloaded when a new version exists). */
    @PermitAll
    public WorkingCalendar current() {
        return memo.get(MEMO, () -> {
            long newest = newestNumber();
            return cache.get(newest, () -> load(newest));
        });
    }

    /** The calendar as it stood at a version (what an older deadline or finding was computed on). */
    @PermitAll
    public WorkingCalendar atVersion(long version) {
        long newest = newestNumber();
        if (version <= 0 || version >= newest) return current();
        return cache.version(version, () -> {
            Map<Integer, List<CalendarDay>> years = new HashMap<>();
            em.createNamedQuery("CalendarYear.atVersion", CalendarYear.class).setParameter("v", version).getResultList()
                    .forEach(c -> years.put(c.getYear(), c.schedule()));
            return new WorkingCalendar(version, years);
        });
    }

    @PermitAll
    public YearView year(@Min(FIRST_YEAR) @Max(LAST_YEAR) int year) {
        List<CalendarYear> history = em.createNamedQuery("CalendarYear.history", CalendarYear.class)
                .setParameter("year", year).getResultList();
        if (history.isEmpty()) {
            return new YearView(year, null, null, null, null, List.of(),
                    year + "年节假日安排尚未导入，按普通周末计算");
        }
        CalendarYear c = history.get(0);
        return new YearView(year, c.getNumber(), c.getSource(), c.getImportedBy(), c.getImportedAt(), c.schedule(), null);
    }

    @PermitAll
    public Deadline deadline(@NotNull LocalDate from, @NotNull TimeLimit limit) {
        return DeadlineCalculator.deadline(current(), from, limit, List.of());
    }

    /**
     * What an import would do, without saving: parse errors at once, or a preview recomputation
     * (the {@code deadline-recompute} job lists the deadlines that would move, see {@link #recompute}).
     */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public ImportPreview preview(@Min(FIRST_YEAR) @Max(LAST_YEAR) int year, String csv) {
        CalendarCsv.Parsed parsed = CalendarCsv.parse(csv, year);
        if (!parsed.isValid()) {
            return new ImportPreview(year, parsed.days(), parsed.errors(), null);
        }
        CalendarRecompute r = new CalendarRecompute(year, csv, null, null, currentUser.username(), clock.instant(), 0);
        em.persist(r);
        return new ImportPreview(year, parsed.days(), List.of(), r.getId());
    }

    /**
     * Saves a year's schedule as a new calendar version. Any bad line rejects the whole file. The
     * open deadlines are then recomputed by the {@code deadline-recompute} job (one chunk per
     * transaction); each one that moved is logged.
     */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public ImportResult importYear(@Min(FIRST_YEAR) @Max(LAST_YEAR) int year, String csv, String source) {
        return save(year, csv, source, currentUser.username());
    }

    /** For demo data and installation: the official schedules shipped with the application. */
    @PermitAll
    public ImportResult importAsSystem(int year, String csv, String source) {
        return save(year, csv, source, AuditLog.SYSTEM);
    }

    private ImportResult save(int year, String csv, String source, String by) {
        CalendarCsv.Parsed parsed = CalendarCsv.parse(csv, year);
        if (!parsed.isValid()) {
            throw new InvalidInputException(parsed.errors().stream().map(InvalidInputException.Problem::new).toList());
        }
        long number = readNewestNumber() + 1; // from the database, never from the cache
        CalendarYear saved = new CalendarYear(number, year, parsed.days(), source, by, clock.instant());
        em.persist(saved);
        memo.forget(MEMO);
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                cache.forgetNewest(); // this node reads the new version at once
            }
        });
        CalendarRecompute r = new CalendarRecompute(year, csv, source, number, by, clock.instant(), 0);
        em.persist(r);
        audit.recordAs(by, "CALENDAR_IMPORT", "Calendar", String.valueOf(year), null,
                "第" + number + "版日历，" + parsed.days().size() + "个例外日，期限重算作业 #" + r.getId()
                        + (source == null ? "" : "，依据：" + source));
        return new ImportResult(year, number, parsed.days().size(), r.getId());
    }

    /** A recomputation with its progress (the calendar page's progress bar, the API's status). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public CalendarRecompute recompute(long id) {
        CalendarRecompute r = em.find(CalendarRecompute.class, id);
        if (r == null) throw new org.yangguang.shared.NotFoundException(SystemText.of("recompute.notFound", id));
        return r;
    }

    /** The deadlines a recomputation found moved (or, for a preview, would move). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<DeadlineMove> recomputeMoves(long id, int max) {
        return em.createQuery("select m from DeadlineMove m where m.recomputeId = :r order by m.subjectKey, m.id",
                DeadlineMove.class).setParameter("r", id).setMaxResults(Math.min(Math.max(max, 1), 5000)).getResultList();
    }

    /**
     * The calendar a recomputation counts on: the saved version, or the previewed schedule over the
     * current one. A recompute that runs after a newer version was saved counts on the newest: an
     * older version must never undo what a newer one computed (at installation the 2025 and 2026
     * schedules are saved one after the other and their recomputes started later, in any order; the
     * 2025 one, run last, moved deadlines in 2026 back to plain weekends).
     */
    @PermitAll
    public WorkingCalendar calendarOf(CalendarRecompute r) {
        if (!r.isPreview()) {
            WorkingCalendar newest = current();
            return newest.version() > r.getCalendarNumber() ? newest : atVersion(r.getCalendarNumber());
        }
        WorkingCalendar current = current();
        return with(current, r.getYear(), CalendarCsv.parse(r.getCsv(), r.getYear()).days(), current.version() + 1);
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<DeadlineMove> moves(long calendarNumber) {
        return em.createQuery("select m from DeadlineMove m where m.calendarNumber = :n order by m.subjectKey",
                DeadlineMove.class).setParameter("n", calendarNumber).setMaxResults(1000).getResultList();
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<CalendarYear> history(int year) {
        return em.createNamedQuery("CalendarYear.history", CalendarYear.class).setParameter("year", year).getResultList();
    }

    private long newestNumber() {
        return cache.newest(this::readNewestNumber);
    }

    private long readNewestNumber() {
        Long n = em.createNamedQuery("CalendarYear.maxNumber", Long.class).getSingleResult();
        return n == null ? 0 : n;
    }

    private WorkingCalendar load(long newest) {
        Map<Integer, List<CalendarDay>> years = new HashMap<>();
        em.createNamedQuery("CalendarYear.current", CalendarYear.class).getResultList()
                .forEach(c -> years.put(c.getYear(), c.schedule()));
        return new WorkingCalendar(newest, years);
    }

    private static WorkingCalendar with(WorkingCalendar base, int year, List<CalendarDay> days, long number) {
        Map<Integer, List<CalendarDay>> years = new HashMap<>();
        for (int y : base.years()) {
            if (y != year) years.put(y, base.schedule(y));
        }
        years.put(year, days);
        return new WorkingCalendar(number, years);
    }

    /** A year as the office and the API see it; {@code warning} when it has not been imported. */
    public record YearView(int year, Long version, String source, String importedBy, java.time.Instant importedAt,
            List<CalendarDay> days, String warning) implements Serializable {}

    /** Errors, or the id of the preview recomputation that lists the moves. */
    public record ImportPreview(int year, List<CalendarDay> days, List<SystemText> errors, Long recomputeId)
            implements Serializable {}

    public record ImportResult(int year, long version, int days, long recomputeId) implements Serializable {}
}

package org.yangguang.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.Like;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * The lists a department works from: the workbench (办件台) of the caller's department, and the
 * caller's own to-do list. Each row carries what the list shows, urgency counted on today's calendar.
 */
@Stateless
public class CaseLists {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @jakarta.ejb.EJB
    QueueSizes sizes;

    /** What a row shows, read as columns (never the case with its collections). */
    private static final String ROW = "select c.receiptNumber, c.matterName, c.receipt.applicant.name, c.status,"
            + " c.receipt.receivedOn, c.check.acceptedOn, c.clock.promisedDeadline, c.clock.statutoryDeadline,"
            + " c.clock.deliveryDeadline, c.clock.stopType, d.name";
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION,
            CaseStatus.IN_PROGRESS, CaseStatus.REPORTED, CaseStatus.DECIDED);

    /**
     * The workbench: the caller's department with the cases it co-handles (all departments for office
     * and supervision), most urgent first. It reads the department's entries of {@code case_queue} in
     * index order, so the first page costs the same at any number of cases.
     */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Page<CaseRow> queue(@NotNull CaseQuery query, @NotNull PageRequest page) {
        Department scope = currentUser.seesOwnCasesOnly() ? currentUser.department() : null;
        boolean text = query.text() != null && !query.text().isBlank();
        StringBuilder where = new StringBuilder(scope != null ? " where key(q) = :dc" : " where q.lead = true");
        if (query.openOnly()) where.append(" and q.open = true");
        if (query.status() != null) where.append(" and c.status = :s");
        if (text) {
            where.append(" and (c.receiptNumber like :t escape '\\' or c.matterName like :t escape '\\'"
                    + " or c.receipt.applicant.name like :t escape '\\')");
        }
        String direction = page.ascending() ? " asc" : " desc";
        String order = "deadline".equals(page.sortField()) || page.sortField() == null
                ? " order by q.due" + direction + ", q.receivedAt" + direction
                : " order by q.receivedAt" + direction;
        var rows = em.createQuery(ROW + " from ApprovalCase c join c.queue q join c.department d" + where + order, Object[].class);
        var count = em.createQuery("select count(c) from ApprovalCase c join c.queue q" + where, Long.class);
        for (var q : List.<jakarta.persistence.Query>of(rows, count)) {
            if (scope != null) q.setParameter("dc", scope.getCode());
            if (query.status() != null) q.setParameter("s", query.status());
            if (text) q.setParameter("t", Like.contains(query.text()));
        }
        List<CaseRow> items = rows(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList());
        boolean plain = query.status() == null && !text;
        return new Page<>(items, plain ? sizes.size(scope == null ? null : scope.getCode(), query.openOnly()) : count.getSingleResult());
    }

    /**
     * The caller's to-do list: the cases they hold (a step assigned to them, or a receipt they took
     * in); for an approver also the decisions and extension requests waiting; and the parts of
     * joint cases their department co-handles.
     */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Todo todo(int max) {
        Department own = currentUser.department();
        if (own == null) return new Todo(List.of(), List.of(), List.of());
        List<Object[]> mine = em.createQuery(ROW + " from ApprovalCase c join c.queue q join c.department d"
                + " where q.handler = :me and q.open = true and key(q) = :dc order by q.due, q.receivedAt", Object[].class)
                .setParameter("me", currentUser.username()).setParameter("dc", own.getCode())
                .setMaxResults(max).getResultList();
        List<Object[]> approver = !currentUser.isCallerIn(Role.DEPT_APPROVER) ? List.of()
                : em.createQuery(ROW + ", c.extension.days, c.extension.requestedDays, c.extension.requestedReason,"
                        + " c.extension.requestedBy from ApprovalCase c join c.department d where c.department = :d"
                        + " and c.process.awaitingApprover = true and c.status in :open"
                        + " order by c.clock.promisedDeadline, c.id", Object[].class)
                .setParameter("d", own).setParameter("open", OPEN).setMaxResults(max).getResultList();
        List<Object[]> joint = em.createQuery(ROW.replace("select", "select distinct") + ", c.id from ApprovalCase c"
                + " join c.joint.parts p join c.department d where p.departmentCode = :dc and p.completion.on is null"
                + " and c.status = :s order by c.id", Object[].class)
                .setParameter("dc", own.getCode()).setParameter("s", CaseStatus.IN_PROGRESS).setMaxResults(max).getResultList();
        java.util.Set<Object> waiting = approver.stream().map(t -> t[0]).collect(java.util.stream.Collectors.toSet());
        List<Object[]> held = mine.stream().filter(t -> !waiting.contains(t[0])).toList(); // listed once
        return new Todo(rows(held), approver.stream().map(t -> {
            boolean extensionAsked = t[12] != null && ((Integer) t[11]) == 0;
            return new Waiting(rows(List.<Object[]>of(t)).get(0), extensionAsked ? CaseAction.EXTEND : CaseAction.DECIDE,
                    (Integer) t[12], (String) t[13], (String) t[14]);
        }).toList(), rows(joint));
    }

    /** What waits for the approver on a case: the decision, or an extension someone asked for. */
    public record Waiting(CaseRow row, CaseAction action, Integer requestedDays, String requestedReason,
            String requestedBy) implements java.io.Serializable {}

    /** The three lists of the to-do page. */
    public record Todo(List<CaseRow> mine, List<Waiting> forApprover, List<CaseRow> jointParts)
            implements java.io.Serializable {}

    /** Rows from the columns of {@link #ROW}; remaining days and urgency counted on today's calendar. */
    private List<CaseRow> rows(List<Object[]> tuples) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        return tuples.stream().map(t -> {
            CaseStatus status = (CaseStatus) t[3];
            boolean stopped = t[9] != null;
            RunningDeadline running = RunningDeadline.of(status, (LocalDate) t[5], (LocalDate) t[6], (LocalDate) t[7],
                    (LocalDate) t[8], stopped, null);
            LocalDate due = running == null ? null : running.date();
            return new CaseRow((String) t[0], (String) t[1], (String) t[2], status, (LocalDate) t[4], (LocalDate) t[6],
                    (LocalDate) t[7], due == null ? null : DeadlineCalculator.workingDaysBetween(cal, today, due),
                    Urgency.of(due, cal, today), stopped, (String) t[10], CaseRow.shown(running, (LocalDate) t[6]));
        }).toList();
    }
}

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

    /** The workbench: the caller's department (all departments for office and supervision). */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Page<CaseRow> queue(@NotNull CaseQuery query, @NotNull PageRequest page) {
        Department scope = currentUser.seesOwnCasesOnly() ? currentUser.department() : null;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope != null) {
            where.append(" and (c.department = :d or exists (select p from ApprovalCase c2 join c2.joint.parts p"
                    + " where c2 = c and p.departmentCode = :dc))");
        }
        if (query.openOnly()) where.append(" and c.status not in :closed");
        if (query.status() != null) where.append(" and c.status = :s");
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (c.receiptNumber like :t escape '\\' or c.matterName like :t escape '\\'"
                    + " or c.receipt.applicant.name like :t escape '\\')");
        }
        String order = "deadline".equals(page.sortField()) || page.sortField() == null
                ? " order by case when c.clock.promisedDeadline is null then 1 else 0 end, c.clock.promisedDeadline "
                        + (page.ascending() ? "asc" : "desc") + ", c.receipt.receivedAt"
                : " order by c.receipt.receivedAt " + (page.ascending() ? "asc" : "desc");
        var q = em.createQuery("select c from ApprovalCase c" + where + order, ApprovalCase.class);
        var n = em.createQuery("select count(c) from ApprovalCase c" + where, Long.class);
        for (var tq : List.<jakarta.persistence.Query>of(q, n)) {
            if (scope != null) {
                tq.setParameter("d", scope);
                tq.setParameter("dc", scope.getCode());
            }
            if (query.openOnly()) tq.setParameter("closed", List.of(CaseStatus.DELIVERED, CaseStatus.REFUSED));
            if (query.status() != null) tq.setParameter("s", query.status());
            if (query.text() != null && !query.text().isBlank()) tq.setParameter("t", Like.contains(query.text()));
        }
        List<CaseRow> rows = rows(q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList());
        return new Page<>(rows, n.getSingleResult());
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
        List<CaseStatus> open = List.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION, CaseStatus.IN_PROGRESS,
                CaseStatus.REPORTED, CaseStatus.DECIDED);
        List<ApprovalCase> mine = em.createQuery("select c from ApprovalCase c where c.process.handler = :me"
                + " and c.department = :d and c.status in :open order by c.clock.promisedDeadline, c.id", ApprovalCase.class)
                .setParameter("me", currentUser.username()).setParameter("d", own).setParameter("open", open)
                .setMaxResults(max).getResultList();
        List<ApprovalCase> approver = !currentUser.isCallerIn(Role.DEPT_APPROVER) ? List.of()
                : em.createQuery("select c from ApprovalCase c where c.department = :d and c.process.awaitingApprover = true"
                        + " and c.status in :open order by c.clock.promisedDeadline, c.id", ApprovalCase.class)
                .setParameter("d", own).setParameter("open", open).setMaxResults(max).getResultList();
        List<ApprovalCase> joint = em.createQuery("select distinct c from ApprovalCase c join c.joint.parts p"
                + " where p.departmentCode = :dc and p.completion.on is null and c.status = :s order by c.id", ApprovalCase.class)
                .setParameter("dc", own.getCode()).setParameter("s", CaseStatus.IN_PROGRESS).setMaxResults(max).getResultList();
        if (!approver.isEmpty()) mine = mine.stream().filter(c -> !approver.contains(c)).toList(); // listed once
        return new Todo(rows(mine), approver.stream().map(c -> new Waiting(row(c), c.getExtension().isPending()
                ? CaseAction.EXTEND : CaseAction.DECIDE, c.getExtension().getRequestedDays(),
                c.getExtension().getRequestedReason(), c.getExtension().getRequestedBy())).toList(), rows(joint));
    }

    /** What waits for the approver on a case: the decision, or an extension someone asked for. */
    public record Waiting(CaseRow row, CaseAction action, Integer requestedDays, String requestedReason,
            String requestedBy) implements java.io.Serializable {}

    /** The three lists of the to-do page. */
    public record Todo(List<CaseRow> mine, List<Waiting> forApprover, List<CaseRow> jointParts)
            implements java.io.Serializable {}

    private List<CaseRow> rows(List<ApprovalCase> cases) {
        return cases.stream().map(this::row).toList();
    }

    private CaseRow row(ApprovalCase c) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        return new CaseRow(c.getReceiptNumber(), c.getMatterName(), c.getApplicant().getName(), c.getStatus(),
                c.getReceivedOn(), c.getPromisedDeadline(), c.getStatutoryDeadline(), c.remainingWorkingDays(cal, today),
                c.urgency(cal, today), !c.getClock().isRunning(), c.getDepartment().getName());
    }
}

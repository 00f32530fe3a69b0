package org.yangguang.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;

/**
 * For the nightly deemed-acceptance job: cases received without a correction notice whose
 * 5 working days are over. Runs inside the batch chunk's transaction; ids ascending so the job's
 * checkpoint is simply the last id written.
 */
@ApplicationScoped
public class OverdueReceipts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CaseActions actions;

    public List<Long> idsAfter(long lastId, int max) {
        return em.createQuery("select c.id from ApprovalCase c where c.id > :last and c.status = :received"
                        + " and c.check.correctionNotices = 0 and c.clock.correctionDeadline < :today order by c.id", Long.class)
                .setParameter("last", lastId)
                .setParameter("received", CaseStatus.RECEIVED)
                .setParameter("today", LocalDate.now(clock))
                .setMaxResults(max).getResultList();
    }

    /** Deems the cases accepted (skipping any a clerk handled in the meantime); returns how many. */
    public int deemAccepted(List<Long> ids) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        int n = 0;
        for (Long id : ids) {
            ApprovalCase c = em.find(ApprovalCase.class, id);
            if (c == null || !c.isOverdueForNotice(today)) continue;
            actions.deemAccepted(c, new org.yangguang.approval.command.ActionContext(today, clock.instant(), cal, "system",
                    null, null, null));
            audit.recordAs(AuditLog.SYSTEM, "CASE_DEEMED_ACCEPT", CaseService.AUDIT_TYPE, c.getReceiptNumber(), "已收件",
                    "视为自" + c.getReceivedOn() + "受理");
            n++;
        }
        return n;
    }
}

package org.yangguang.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.yangguang.calendar.CalendarRecompute;
import org.yangguang.calendar.DeadlineMove;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The work of the {@code deadline-recompute} job on cases: the open cases in id order (the job's
 * checkpoint is the last id), and for a chunk of them, their deadlines on the new calendar. Each
 * deadline that moved (a step's and a joint part's included) is kept with the recomputation; on a
 * preview nothing else changes. Runs in the caller's (the chunk's) transaction.
 */
@ApplicationScoped
public class CaseDeadlineRecomputer {
    private static final List<CaseStatus> CLOSED = List.of(CaseStatus.DELIVERED, CaseStatus.REFUSED);

    @PersistenceContext
    EntityManager em;

    public long openCases() {
        return em.createQuery("select count(c) from ApprovalCase c where c.status not in :closed", Long.class)
                .setParameter("closed", CLOSED).getSingleResult();
    }

    public List<Long> openCaseIdsAfter(long lastId, int max) {
        return em.createQuery("select c.id from ApprovalCase c where c.id > :last and c.status not in :closed"
                        + " order by c.id", Long.class)
                .setParameter("last", lastId).setParameter("closed", CLOSED).setMaxResults(max).getResultList();
    }

    /** Recomputes these cases on {@code calendar}; returns the number of deadlines that moved. */
    public int recompute(List<Long> caseIds, CalendarRecompute r, WorkingCalendar calendar, Instant at) {
        if (caseIds.isEmpty()) return 0;
        int moved = 0;
        long number = r.isPreview() ? 0 : r.getCalendarNumber();
        for (ApprovalCase c : em.createQuery("select c from ApprovalCase c where c.id in :ids", ApprovalCase.class)
                .setParameter("ids", caseIds).getResultList()) {
            if (!c.getStatus().isOpen()) continue; // closed since it was read
            List<CaseDeadlines.Move> moves = CaseDeadlines.stored(c).movesTo(CaseDeadlines.of(c, calendar));
            // untouched: no version bump, no conflict for a clerk who has the case open
            if (moves.isEmpty()) continue;
            if (!r.isPreview()) c.recomputeDeadlines(calendar);
            for (CaseDeadlines.Move m : moves) {
                em.persist(new DeadlineMove(number, "ApprovalCase", c.getReceiptNumber(),
                        m.name().length() > 40 ? m.name().substring(0, 39) + "…" : m.name(), m.before(), m.after(), at)
                        .foundBy(r.getId()));
                moved++;
            }
        }
        return moved;
    }
}

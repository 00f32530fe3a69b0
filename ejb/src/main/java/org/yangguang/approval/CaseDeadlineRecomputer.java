package org.yangguang.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jakarta.inject.Inject;
import org.yangguang.calendar.CalendarChanged;
import org.yangguang.calendar.DeadlineMove;

/**
 * When the calendar changes, the deadlines of every open case are recomputed on the new calendar
 * and each one that moved (a step's and a joint part's included) is reported, and logged by the
 * calendar service. On a preview nothing
 * is changed. Works in chunks so that a province-sized load does not sit in memory at once.
 */
@ApplicationScoped
public class CaseDeadlineRecomputer {
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void onCalendarChanged(@Observes CalendarChanged change) {
        long lastId = 0;
        while (true) {
            List<ApprovalCase> chunk = em.createQuery("select c from ApprovalCase c where c.id > :last"
                            + " and c.status not in :closed order by c.id", ApprovalCase.class)
                    .setParameter("last", lastId)
                    .setParameter("closed", List.of(CaseStatus.DELIVERED, CaseStatus.REFUSED))
                    .setMaxResults(CHUNK).getResultList();
            if (chunk.isEmpty()) break;
            for (ApprovalCase c : chunk) {
                lastId = c.getId();
                CaseDeadlines before = CaseDeadlines.stored(c);
                CaseDeadlines after = CaseDeadlines.of(c, change.after());
                List<CaseDeadlines.Move> moves = before.movesTo(after);
                // untouched: no version bump, no conflict for a clerk who has the case open
                if (moves.isEmpty()) continue;
                if (!change.isPreview()) c.recomputeDeadlines(change.after());
                for (CaseDeadlines.Move m : moves) {
                    change.moved(new DeadlineMove(change.after().version(), "ApprovalCase", c.getReceiptNumber(),
                            m.name().length() > 40 ? m.name().substring(0, 39) + "…" : m.name(),
                            m.before(), m.after(), clock.instant()));
                }
            }
            if (!change.isPreview()) em.flush();
            em.clear(); // a province has hundreds of thousands of open cases: keep one chunk in memory
        }
    }
}

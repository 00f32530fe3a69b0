package org.yangguang.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jakarta.inject.Inject;
import org.yangguang.calendar.CalendarChanged;
import org.yangguang.calendar.DeadlineMove;
import org.yangguang.calendar.WorkingCalendar;

/**
 * When the calendar changes, the deadlines of every open case are recomputed on the new calendar
 * and each one that moved is reported (and logged by the calendar service). On a preview nothing
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
        WorkingCalendar after = change.after();
        long lastId = 0;
        while (true) {
            List<ApprovalCase> chunk = em.createQuery("select c from ApprovalCase c where c.id > :last"
                            + " and c.status not in :closed order by c.id", ApprovalCase.class)
                    .setParameter("last", lastId)
                    .setParameter("closed", List.of(CaseStatus.DELIVERED, CaseStatus.REFUSED))
                    .setMaxResults(CHUNK).getResultList();
            if (chunk.isEmpty()) break;
            for (ApprovalCase c : chunk) {
                LocalDate promised = c.getPromisedDeadline();
                LocalDate statutory = c.getStatutoryDeadline();
                LocalDate delivery = c.getDeliveryDeadline();
                if (!c.deadlinesWouldMove(after)) {
                    // untouched: no version bump, no conflict for a clerk who has the case open
                    lastId = c.getId();
                    continue;
                }
                if (change.isPreview()) {
                    if (c.getAcceptedOn() != null) {
                        report(change, c, "承诺期限", promised, c.promisedDeadline(after).date());
                        report(change, c, "法定期限", statutory, c.statutoryDeadline(after).date());
                    }
                } else if (c.recomputeDeadlines(after)) {
                    report(change, c, "承诺期限", promised, c.getPromisedDeadline());
                    report(change, c, "法定期限", statutory, c.getStatutoryDeadline());
                    report(change, c, "送达期限", delivery, c.getDeliveryDeadline());
                }
                lastId = c.getId();
            }
            if (!change.isPreview()) em.flush();
            em.clear(); // a province has hundreds of thousands of open cases: keep one chunk in memory
        }
    }

    private void report(CalendarChanged change, ApprovalCase c, String name, LocalDate before, LocalDate now) {
        if (!Objects.equals(before, now)) {
            change.moved(new DeadlineMove(change.after().version(), "ApprovalCase", c.getReceiptNumber(), name, before,
                    now, clock.instant()));
        }
    }
}

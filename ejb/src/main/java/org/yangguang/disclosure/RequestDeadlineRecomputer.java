package org.yangguang.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yangguang.calendar.CalendarRecompute;
import org.yangguang.calendar.DeadlineMove;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The work of the {@code deadline-recompute} job on disclosure requests (after the cases): every
 * open request's deadlines, and every unpublished proactive item's publication deadline, on the
 * new calendar, each one that moved kept with the recomputation;
 * on a preview nothing else changes. A county has hundreds of open requests, not millions: one
 * transaction (the caller's).
 */
@ApplicationScoped
public class RequestDeadlineRecomputer {
    private static final List<RequestStatus> OPEN = List.of(RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_CORRECTION,
            RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE);

    @PersistenceContext
    EntityManager em;

    /** Returns the number of deadlines that moved. */
    public int recompute(CalendarRecompute r, WorkingCalendar calendar, Instant at) {
        int moved = 0;
        long number = r.isPreview() ? 0 : r.getCalendarNumber();
        for (DisclosureRequest q : em.createQuery("select r from DisclosureRequest r where r.status in :open order by r.id",
                DisclosureRequest.class).setParameter("open", OPEN).getResultList()) {
            RequestLimits limits = q.limits(calendar);
            LocalDate notice = limits.correctionNotice().date();
            LocalDate reply = limits.replyDue();
            boolean noticeMoved = !Objects.equals(notice, q.getCorrectionNoticeDue());
            boolean replyMoved = !Objects.equals(reply, q.getReplyDue());
            if (!noticeMoved && !replyMoved) continue; // untouched: no version bump
            if (noticeMoved) moved += move(number, q, "补正告知期限", q.getCorrectionNoticeDue(), notice, at, r);
            if (replyMoved) moved += move(number, q, "答复期限", q.getReplyDue(), reply, at, r);
            if (!r.isPreview()) q.recompute(calendar);
        }
        return moved + recomputeItems(r, calendar, at, number);
    }

    /** The proactive items not yet published: their 20-working-day publication deadline. */
    private int recomputeItems(CalendarRecompute r, WorkingCalendar calendar, Instant at, long number) {
        int moved = 0;
        for (DisclosureItem item : em.createQuery("select i from DisclosureItem i where i.status in :waiting order by i.id",
                DisclosureItem.class).setParameter("waiting", List.of(ItemStatus.DRAFT, ItemStatus.SUBMITTED, ItemStatus.RETURNED))
                .getResultList()) {
            LocalDate due = ProactiveDisclosure.deadline(calendar, item.getFormedOn()).date();
            if (due.equals(item.getPublishDue())) continue;
            em.persist(new DeadlineMove(number, ProactiveItems.AUDIT_TYPE, String.valueOf(item.getId()), "公开期限",
                    item.getPublishDue(), due, at).foundBy(r.getId()));
            moved++;
            if (!r.isPreview()) item.recompute(calendar);
        }
        return moved;
    }

    private int move(long number, DisclosureRequest q, String name, LocalDate before, LocalDate after, Instant at,
            CalendarRecompute r) {
        em.persist(new DeadlineMove(number, "DisclosureRequest", q.getNumber(), name, before, after, at).foundBy(r.getId()));
        return 1;
    }
}

package org.yangguang.approval;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The unfiltered size of a workbench queue, for the pager. Counting the office's million index
 * entries costs about 200 ms, and a pager need not be exact to the second: a large queue's size is
 * counted again in the background once it is {@value #FRESH_SECONDS} s old, while readers get the
 * last count. Queues under {@value #KEPT_FROM} entries are counted on every call, exactly.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class QueueSizes {
    static final long KEPT_FROM = 10_000;
    static final long FRESH_SECONDS = 30;

    /** A queue: one department's entries, or (null) every case once. */
    record Queue(String departmentCode, boolean openOnly) {}

    private record Known(long size, long countedAt, AtomicBoolean recounting) {}

    private final ConcurrentHashMap<Queue, Known> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @EJB
    QueueSizes self;

    public long size(String departmentCode, boolean openOnly) {
        Queue queue = new Queue(departmentCode, openOnly);
        Known k = known.get(queue);
        if (k == null) return count(queue);
        if (System.nanoTime() - k.countedAt() > TimeUnit.SECONDS.toNanos(FRESH_SECONDS)
                && k.recounting().compareAndSet(false, true)) {
            self.recount(queue);
        }
        return k.size();
    }

    @Asynchronous
    public void recount(Queue queue) {
        try {
            count(queue);
        } catch (RuntimeException e) {
            known.remove(queue); // the next reader counts it itself
            throw e;
        }
    }

    /** Counts from the queue's index alone (no join to the cases), and keeps a large count. */
    private long count(Queue queue) {
        String sql = "select count(*) from case_queue q where "
                + (queue.departmentCode() != null ? "q.department_code = ?1" : "q.lead_department = true")
                + (queue.openOnly() ? " and q.open_case = true" : "");
        var q = em.createNativeQuery(sql);
        if (queue.departmentCode() != null) q.setParameter(1, queue.departmentCode());
        long size = ((Number) q.getSingleResult()).longValue();
        if (size >= KEPT_FROM) known.put(queue, new Known(size, System.nanoTime(), new AtomicBoolean()));
        else known.remove(queue);
        return size;
    }
}

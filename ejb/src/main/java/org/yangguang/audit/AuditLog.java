package org.yangguang.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.security.Role;
import org.yangguang.shared.ClockProducer;
import org.yangguang.shared.Like;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * The append-only audit trail. Entries are written in the caller's transaction, so a change that
 * rolls back leaves no entry behind, and an entry never exists without its change.
 */
@Stateless
public class AuditLog {
    /** Actor recorded for work the system does on its own (startup, nightly jobs). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @PermitAll
    public void record(String action, String subjectType, String subjectKey, String before, String after) {
        recordAs(currentActor(), action, subjectType, subjectKey, before, after);
    }

    @PermitAll
    public void recordAs(String actor, String action, String subjectType, String subjectKey, String before,
            String after) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subjectType, subjectKey, before, after));
    }

    private String currentActor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? SYSTEM : name;
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.where(predicates(cb, e, filter)).orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
        TypedQuery<AuditEntry> tq = em.createQuery(q).setFirstResult(page.first()).setMaxResults(page.size());

        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<AuditEntry> ce = c.from(AuditEntry.class);
        c.select(cb.count(ce)).where(predicates(cb, ce, filter));
        return new Page<>(tq.getResultList(), em.createQuery(c).getSingleResult());
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> e, AuditFilter f) {
        List<Predicate> p = new ArrayList<>();
        if (notBlank(f.actor())) p.add(cb.equal(e.get("actor"), f.actor().trim()));
        if (f.actions() != null && !f.actions().isEmpty()) p.add(e.get("action").in(f.actions()));
        if (notBlank(f.subjectType())) p.add(cb.equal(e.get("subjectType"), f.subjectType().trim()));
        if (notBlank(f.subjectKey())) p.add(cb.like(e.get("subjectKey"), Like.contains(f.subjectKey()), Like.ESCAPE));
        if (f.from() != null) {
            p.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), f.from().atStartOfDay(ClockProducer.ZONE).toInstant()));
        }
        if (f.to() != null) {
            p.add(cb.lessThan(e.get("occurredAt"), f.to().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant()));
        }
        return p.toArray(Predicate[]::new);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

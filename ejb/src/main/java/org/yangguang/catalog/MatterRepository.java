package org.yangguang.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.yangguang.organization.Department;
import org.yangguang.shared.Like;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/** Matters and their versions. Every list is paged in the database, never loaded whole. */
@ApplicationScoped
public class MatterRepository {

    /** Sortable columns of the matter list: UI field name → entity path. Anything else sorts by code. */
    private static final Map<String, Function<Root<Matter>, Expression<?>>> SORTS = Map.of(
            "implementationCode", m -> m.get("implementationCode"),
            "name", m -> m.get("name"),
            "type", m -> m.get("type"),
            "level", m -> m.get("level"),
            "departmentName", m -> m.get("department").get("code"));

    @PersistenceContext
    EntityManager em;

    /** By its natural id: from the second-level cache once it has been read. */
    public Optional<Matter> find(String implementationCode) {
        if (implementationCode == null) return Optional.empty();
        return em.unwrap(Session.class).bySimpleNaturalId(Matter.class).loadOptional(implementationCode);
    }

    public void flush() {
        em.flush();
    }

    /** Detaches everything loaded so far: long exports keep memory flat. */
    public void clear() {
        em.clear();
    }

    public void add(Matter matter) {
        em.persist(matter);
    }

    public void add(MatterVersion version) {
        em.persist(version);
    }

    public Optional<MatterVersion> version(long id) {
        return Optional.ofNullable(em.find(MatterVersion.class, id));
    }

    public Optional<MatterVersion> openDraftOf(Matter matter) {
        return em.createNamedQuery("MatterVersion.openDraftOf", MatterVersion.class)
                .setParameter("matter", matter)
                .setParameter("open", EnumSet.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.RETURNED))
                .getResultStream().findFirst();
    }

    public List<MatterVersion> history(Matter matter) {
        return em.createNamedQuery("MatterVersion.historyOf", MatterVersion.class)
                .setParameter("matter", matter).getResultList();
    }

    public int nextVersionNumber(Matter matter) {
        Integer max = em.createNamedQuery("MatterVersion.maxNumber", Integer.class)
                .setParameter("matter", matter).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<MatterVersion> dueForActivation(java.time.LocalDate today) {
        return em.createNamedQuery("MatterVersion.dueForActivation", MatterVersion.class)
                .setParameter("published", VersionStatus.PUBLISHED)
                .setParameter("today", today).getResultList();
    }

    /** Children of a matter (sub-items and handling items), published ones only. */
    public List<Matter> publishedChildren(Matter parent) {
        return em.createQuery("select m from Matter m where m.parent = :p and m.currentVersion is not null"
                + " order by m.implementationCode", Matter.class).setParameter("p", parent).getResultList();
    }

    public Page<MatterVersion> versionsInStatus(VersionStatus status, Department department, PageRequest page) {
        String dept = department == null ? "" : " and v.matter.department = :d";
        var q = em.createQuery("select v from MatterVersion v where v.status = :s" + dept
                + " order by v.submittedAt, v.id", MatterVersion.class);
        var c = em.createQuery("select count(v) from MatterVersion v where v.status = :s" + dept, Long.class);
        q.setParameter("s", status);
        c.setParameter("s", status);
        if (department != null) {
            q.setParameter("d", department);
            c.setParameter("d", department);
        }
        List<MatterVersion> rows = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        // the queue shows each row's matter and department: load them here, inside the transaction
        rows.forEach(v -> v.getMatter().getDepartment().getName());
        return new Page<>(rows, c.getSingleResult());
    }

    public Page<MatterSummary> search(MatterQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Matter> m = q.from(Matter.class);
        Join<Matter, Department> d = m.join("department");
        Join<Matter, MatterVersion> c = m.join("currentVersion", JoinType.LEFT);
        q.multiselect(m.get("implementationCode"), m.get("baseCode"), m.get("name"), m.get("type"), m.get("level"),
                        d.get("code"), d.get("name"), c.get("number"), c.get("statutoryLimit"), c.get("promisedLimit"),
                        c.get("handlingKind"))
                .where(predicates(cb, m, d, query))
                .orderBy(order(cb, m, page));
        List<MatterSummary> rows = em.createQuery(q).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultStream()
                .map(t -> new MatterSummary(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class),
                        t.get(3, MatterType.class), t.get(4, MatterLevel.class), t.get(5, String.class),
                        t.get(6, String.class), t.get(7, Integer.class),
                        t.get(8, org.yangguang.calendar.TimeLimit.class), t.get(9, org.yangguang.calendar.TimeLimit.class),
                        t.get(10, HandlingKind.class), null, null))
                .toList();

        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Matter> cm = cq.from(Matter.class);
        Join<Matter, Department> cd = cm.join("department");
        cq.select(cb.count(cm)).where(predicates(cb, cm, cd, query));
        return new Page<>(rows, em.createQuery(cq).getSingleResult());
    }

    /** For the rows of one page: their open drafts, in one query. */
    public List<MatterSummary> withOpenDrafts(List<MatterSummary> rows) {
        if (rows.isEmpty()) return rows;
        Collection<String> codes = rows.stream().map(MatterSummary::implementationCode).toList();
        Map<String, MatterVersion> drafts = em.createQuery("select v.matter.implementationCode, v from MatterVersion v"
                        + " where v.matter.implementationCode in :codes and v.status in :open", Object[].class)
                .setParameter("codes", codes)
                .setParameter("open", EnumSet.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.RETURNED))
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (MatterVersion) row[1], (a, b) -> a));
        return rows.stream().map(r -> {
            MatterVersion v = drafts.get(r.implementationCode());
            return v == null ? r : r.withOpenDraft(v.getStatus(), v.getId());
        }).toList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Matter> m, From<?, Department> d, MatterQuery f) {
        List<Predicate> p = new ArrayList<>();
        if (f.publishedOnly()) p.add(cb.isNotNull(m.get("currentVersion")));
        if (f.unpublishedOnlyOf() != null) {
            p.add(cb.or(cb.isNotNull(m.get("currentVersion")), cb.equal(d.get("code"), f.unpublishedOnlyOf())));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String pattern = Like.contains(f.text());
            p.add(cb.or(cb.like(m.get("name"), pattern, Like.ESCAPE),
                    cb.like(m.get("implementationCode"), pattern.toUpperCase(), Like.ESCAPE),
                    cb.like(m.get("baseCode"), pattern.toUpperCase(), Like.ESCAPE)));
        }
        if (f.departmentCode() != null && !f.departmentCode().isBlank()) p.add(cb.equal(d.get("code"), f.departmentCode()));
        if (f.type() != null) p.add(cb.equal(m.get("type"), f.type()));
        if (f.level() != null) p.add(cb.equal(m.get("level"), f.level()));
        return p.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Matter> m, PageRequest page) {
        var sort = SORTS.getOrDefault(page.sortField() == null ? "" : page.sortField(), SORTS.get("implementationCode"));
        Expression<?> e = sort.apply(m);
        Order primary = page.ascending() ? cb.asc(e) : cb.desc(e);
        return List.of(primary, cb.asc(m.get("implementationCode")));
    }
}

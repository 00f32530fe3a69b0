package org.yangguang.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * The supervision rules: the revisions in force, their history, and the supervision office's
 * edits (each a new revision; the old one stays for the findings issued under it).
 */
@Stateless
public class RuleBook {
    static final String AUDIT_TYPE = "SupervisionRule";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<SupervisionRule> inForce() {
        return em.createNamedQuery("SupervisionRule.inForce", SupervisionRule.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing((SupervisionRule r) -> -r.getLevel().rank())
                        .thenComparing(SupervisionRule::getCode)).toList();
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public List<SupervisionRule> history(@NotBlank String code) {
        return em.createNamedQuery("SupervisionRule.history", SupervisionRule.class).setParameter("code", code)
                .getResultList();
    }

    /** The enabled revisions in force, as the evaluation uses them. */
    @PermitAll
    public List<RuleRef> enabledInForce() {
        return em.createNamedQuery("SupervisionRule.inForce", SupervisionRule.class).getResultList().stream()
                .filter(SupervisionRule::isEnabled).map(RuleRef::of).toList();
    }

    @PermitAll
    public List<RuleRef> enabledFor(RuleTrigger trigger) {
        return enabledInForce().stream().filter(r -> r.trigger() == trigger).toList();
    }

    /** The revisions a run froze (revisions never change, so these are exactly what it began with). */
    @PermitAll
    public List<RuleRef> byIds(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select r from SupervisionRule r where r.id in :ids order by r.code", SupervisionRule.class)
                .setParameter("ids", ids).getResultList().stream().map(RuleRef::of).toList();
    }

    /** What the supervision office may change of a rule: a new revision comes into force. */
    public record RuleEdit(@NotBlank String name, @NotNull SupervisionLevel level, @NotNull Integer threshold,
            boolean enabled, String note, @NotNull Integer revision) {}

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public SupervisionRule revise(@NotBlank String code, @NotNull @Valid RuleEdit edit) {
        SupervisionRule current = history(code).stream().filter(SupervisionRule::isInForce).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("rule.notFound", code)));
        if (edit.revision() != current.getRevision()) {
            throw new ConflictException(SystemText.of("rule.changedByOthers", current.getRevision()));
        }
        if (edit.note() == null || edit.note().isBlank()) {
            throw new InvalidInputException("note", SystemText.of("rule.noteMissing"));
        }
        SupervisionRule next = current.revise(edit.name(), edit.level(), edit.threshold(), edit.enabled(), edit.note(),
                currentUser.username(), clock.instant());
        em.flush();
        em.persist(next);
        audit.record("RULE_REVISE", AUDIT_TYPE, code, describe(current), describe(next));
        return next;
    }

    /** A further rule on one of the triggers (e.g. a second warning three days before). */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public SupervisionRule add(@NotBlank String code, @NotNull RuleTrigger trigger, @NotNull @Valid RuleEdit edit) {
        if (!history(code).isEmpty()) throw new ConflictException(SystemText.of("rule.codeExists", code));
        SupervisionRule rule = new SupervisionRule(code, 1, edit.name(), trigger, edit.level(), edit.threshold(),
                edit.enabled(), edit.note(), currentUser.username(), clock.instant());
        em.persist(rule);
        audit.record("RULE_ADD", AUDIT_TYPE, code, null, describe(rule));
        return rule;
    }

    /** Installs the default rule of every trigger that has none (first start, or a new trigger). */
    @PermitAll
    public int installDefaults() {
        int n = 0;
        for (RuleTrigger t : RuleTrigger.values()) {
            long present = em.createQuery("select count(r) from SupervisionRule r where r.trigger = :t", Long.class)
                    .setParameter("t", t).getSingleResult();
            if (present == 0) {
                em.persist(SupervisionRule.defaultOf(t, clock.instant()));
                n++;
            }
        }
        return n;
    }

    static String describe(SupervisionRule r) {
        return "第" + r.getRevision() + "版 " + r.getName() + "：" + r.getLevel().label() + "，阈值" + r.getThreshold()
                + (r.isEnabled() ? "" : "（停用）") + (r.getNote() == null ? "" : "，" + r.getNote());
    }
}

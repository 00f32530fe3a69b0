package org.yangguang.interaction.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.SupervisionSettingsService;

/**
 * Bad ratings and their rectification: the supervision office verifies each with a return visit
 * (confirmed, or unfounded with the reason), the department reports its rectification within the
 * limit (working days from the confirmation, a setting). A department sees its own only. Every
 * action is checked against the version read and audited.
 */
@Stateless
public class RectificationService {
    static final String AUDIT_TYPE = "Rectification";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CalendarService calendars;

    @Inject
    SupervisionSettingsService settings;

    /** The input of an action: {@code version} always; the note, reason or report as the action needs. */
    public record Input(Integer version, String note) {}

    /**
     * The bad ratings, newest first, optionally of one status: all of them for the supervision
     * office and the office, a department's own for its users.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Page<RectificationRow> list(RectificationStatus status, @NotNull PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" where d.id = r.departmentId");
        if (currentUser.seesOwnCasesOnly()) {
            Department own = currentUser.department();
            w.append(" and r.departmentId = :own");
            p.put("own", own == null ? -1L : own.getId());
        }
        if (status != null) {
            w.append(" and r.status = :status");
            p.put("status", status);
        }
        TypedQuery<Object[]> q = em.createQuery("select r, d.code, d.name from Rectification r join fetch r.rating, Department d"
                + w + " order by r.id desc", Object[].class);
        TypedQuery<Long> n = em.createQuery("select count(r) from Rectification r, Department d" + w, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            n.setParameter(k, v);
        });
        LocalDate today = LocalDate.now(clock);
        RectificationTransitions.Caller caller = caller();
        List<RectificationRow> rows = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(x -> {
                    Rectification r = (Rectification) x[0];
                    return RectificationRow.of(r, (String) x[1], (String) x[2], today, RectificationTransitions.allowed(r, caller));
                }).toList();
        return new Page<>(rows, n.getSingleResult());
    }

    /** One, with the same rule of who sees what. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public RectificationRow row(long id) {
        Rectification r = visible(id);
        Department d = em.find(Department.class, r.getDepartmentId());
        return RectificationRow.of(r, d.getCode(), d.getName(), LocalDate.now(clock), RectificationTransitions.allowed(r, caller()));
    }

    /** Any action, by its name in the table (the REST API's dispatch and the pages). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public RectificationRow act(long id, @NotNull RectificationAction action, @NotNull Input in) {
        if (in.version() == null) throw new InvalidInputException("version", SystemText.of("input.versionMissing"));
        Rectification r = visible(id);
        if (r.getVersion() != in.version()) throw new ConflictException(SystemText.of("rectification.changedByOthers"));
        RectificationStatus before = r.getStatus();
        RectificationTransitions.check(r, action, caller()).orThrow();
        LocalDate today = LocalDate.now(clock);
        String by = currentUser.username();
        String after = switch (action) {
            case CONFIRM -> {
                LocalDate due = DeadlineCalculator.deadline(calendars.current(), today,
                        TimeLimit.workingDays(settings.current().getRectificationDays()), List.of()).date();
                r.confirm(in.note(), by, today, due);
                yield "核实属实，整改期限 " + due + "；回访：" + r.getVisitNote();
            }
            case MARK_UNFOUNDED -> {
                r.markUnfounded(in.note(), by, today);
                yield "恶意差评，不计入统计；理由：" + r.getVisitNote();
            }
            case REPORT -> {
                r.report(in.note(), by, today);
                yield "整改情况：" + r.getReport();
            }
        };
        em.flush(); // the version moves now, so the row answered carries it
        audit.record(action.auditCode(), AUDIT_TYPE, r.getRating().getSubjectNumber() + "/" + r.getRating().getEvent().name(),
                before.label(), after);
        return row(id);
    }

    private Rectification visible(long id) {
        Rectification r = em.find(Rectification.class, id);
        if (r == null) throw new NotFoundException(SystemText.of("rectification.notFound", id));
        if (currentUser.seesOwnCasesOnly()) {
            Department own = currentUser.department();
            // another department's is as if it did not exist
            if (own == null || own.getId() != r.getDepartmentId()) throw new NotFoundException(SystemText.of("rectification.notFound", id));
        }
        return r;
    }

    private RectificationTransitions.Caller caller() {
        Department own = currentUser.department();
        boolean department = currentUser.isCallerIn(Role.DEPT_CLERK) || currentUser.isCallerIn(Role.DEPT_APPROVER);
        return new RectificationTransitions.Caller(currentUser.username(), currentUser.isCallerIn(Role.SUPERVISOR),
                department && own != null ? own.getId() : null);
    }
}

package org.yangguang.supervision;

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
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * Findings as people work them: the supervision office sees every department's and confirms or
 * revokes cards; a department sees its own, answers them with an explanation and rectification,
 * or appeals with evidence. Every step is on the audit trail, which is the finding's history.
 */
@Stateless
public class FindingService {
    static final String AUDIT_TYPE = "Finding";
    /**
     * Findings alone (no join): at a million findings the newest page comes straight off the primary
     * key; the department and rule of each row are looked up in two small tables afterwards.
     */
    private static final String SELECT_ROW = "select f from Finding f where 1 = 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @Inject
    FindingWriter writer;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ reading

    /** One page of findings and the total (the API's list). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Page<FindingRow> list(@NotNull FindingQuery q, @NotNull PageRequest page) {
        return new Page<>(items(q, page), count(q));
    }

    /** How many findings the filters select (a table asks once, not with every page). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public long count(@NotNull FindingQuery q) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(f) from Finding f where 1 = 1" + where(q, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One page of findings, without counting them all. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<FindingRow> items(@NotNull FindingQuery q, @NotNull PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        String order = switch (page.sortField() == null ? "" : page.sortField()) {
            case "keyDate" -> " order by f.keyDate " + dir(page) + ", f.id desc";
            case "daysOver" -> " order by f.daysOver " + dir(page) + ", f.id desc";
            case "level" -> " order by f.level " + dir(page) + ", f.id desc";
            default -> " order by f.id " + (page.sortField() == null ? "desc" : dir(page));
        };
        TypedQuery<Finding> rows = em.createQuery(SELECT_ROW + where + order, Finding.class);
        params.forEach(rows::setParameter);
        return rows(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList());
    }

    /** The findings of one case, newest first (the case page's supervision panel). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<FindingRow> forCase(long caseId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(FindingQuery.all(), params) + " and f.caseId = :caseId";
        TypedQuery<Finding> q = em.createQuery(SELECT_ROW + where + " order by f.id desc", Finding.class)
                .setParameter("caseId", caseId);
        params.forEach(q::setParameter);
        return rows(q.getResultList());
    }

    /**
     * The findings of one subject, newest first: a disclosure request ({@link SubjectType#REQUEST},
     * {@code disclosure_request.id}), a proactive item ({@link SubjectType#ITEM}), an annual report
     * ({@link SubjectType#REPORT}), or any other kind (a case's are also {@link #forCase}). The office
     * and the supervision office see every department's; anyone else those of their own department,
     * except a disclosure editor of no department (the county's disclosure office), who sees all.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME,
            Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME})
    public List<FindingRow> forSubject(@NotNull SubjectType type, long subjectId) {
        StringBuilder jpql = new StringBuilder(SELECT_ROW).append(" and f.subjectType = :type and f.subjectId = :id");
        Department own = departmental() ? currentUser.department() : null;
        boolean disclosureStaff = currentUser.isCallerIn(Role.DISCLOSURE_EDITOR) || currentUser.isCallerIn(Role.DISCLOSURE_REVIEWER);
        if (departmental() && (own != null || !disclosureStaff)) {
            jpql.append(" and f.departmentId = :own");
        }
        TypedQuery<Finding> q = em.createQuery(jpql.append(" order by f.id desc").toString(), Finding.class)
                .setParameter("type", type).setParameter("id", subjectId);
        if (jpql.indexOf(":own") >= 0) q.setParameter("own", own == null ? -1L : own.getId());
        return rows(q.getResultList());
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public FindingDetail detail(long id) {
        Finding f = visible(id);
        FindingRow row = rows(List.of(f)).get(0);
        List<AuditEntry> history = em.createQuery("select e from AuditEntry e where e.subjectType = :t and e.subjectKey = :k"
                + " order by e.occurredAt, e.id", AuditEntry.class).setParameter("t", AUDIT_TYPE)
                .setParameter("k", String.valueOf(id)).getResultList();
        return new FindingDetail(row, f, history, mayAnswer(f), isSupervisor());
    }

    private String where(FindingQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder();
        if (departmental()) {
            w.append(" and f.departmentId = :own");
            params.put("own", ownDepartment().getId());
        } else if (q.departmentCode() != null && !q.departmentCode().isBlank()) {
            Department d = em.createNamedQuery("Department.findByCode", Department.class)
                    .setParameter("code", q.departmentCode().trim()).getResultStream().findFirst().orElse(null);
            w.append(" and f.departmentId = :dept");
            params.put("dept", d == null ? -1L : d.getId());
        }
        if (q.level() != null) {
            w.append(" and f.level = :level");
            params.put("level", q.level());
        }
        if (q.status() != null) {
            w.append(" and f.status = :status");
            params.put("status", q.status());
        } else if (Boolean.TRUE.equals(q.pendingOnly())) {
            w.append(" and f.status in :pending");
            params.put("pending", List.of(FindingStatus.OPEN, FindingStatus.ANSWERED, FindingStatus.APPEALED));
        }
        if (q.ruleCode() != null && !q.ruleCode().isBlank()) {
            w.append(" and f.ruleCode = :rule");
            params.put("rule", q.ruleCode().trim());
        }
        if (q.receiptNumber() != null && !q.receiptNumber().isBlank()) {
            w.append(" and f.receiptNumber = :rn");
            params.put("rn", q.receiptNumber().trim());
        }
        if (q.issuedFrom() != null) {
            w.append(" and f.asOf >= :from");
            params.put("from", q.issuedFrom());
        }
        if (q.issuedTo() != null) {
            w.append(" and f.asOf <= :to");
            params.put("to", q.issuedTo());
        }
        return w.toString();
    }

    /** Rows with their department and rule: two lookups in small tables for the whole page. */
    private List<FindingRow> rows(List<Finding> findings) {
        Map<Long, Department> depts = new HashMap<>();
        em.createNamedQuery("Department.findAll", Department.class).getResultList().forEach(d -> depts.put(d.getId(), d));
        Map<Long, SupervisionRule> ruleById = new HashMap<>();
        List<Long> ruleIds = findings.stream().map(Finding::getRuleId).distinct().toList();
        if (!ruleIds.isEmpty()) {
            em.createQuery("select r from SupervisionRule r where r.id in :ids", SupervisionRule.class)
                    .setParameter("ids", ruleIds).getResultList().forEach(r -> ruleById.put(r.getId(), r));
        }
        LocalDate today = LocalDate.now(clock);
        return findings.stream().map(f -> {
            Department d = depts.get(f.getDepartmentId());
            SupervisionRule r = ruleById.get(f.getRuleId());
            RuleTrigger trigger = r == null ? RuleTrigger.valueOf(f.getRuleCode()) : r.getTrigger();
            SystemText explained = explain(f, trigger);
            return new FindingRow(f.getId(), f.getVersion(), f.getReceiptNumber(), d == null ? null : d.getCode(),
                    d == null ? null : d.getName(), f.getHandler(), f.getLevel(), f.getRuleCode(),
                    r == null ? f.getRuleCode() : r.getName(), f.getRuleVersion(), f.getStatus(), f.getAsOf(),
                    f.getKeyDate(), f.getDaysOver(), f.getIssuedAt(), f.getIssuedBy(), f.getAnswerDue(),
                    f.isAnswerOverdue(today), explained.chinese(), f.getSubjectType(), f.getSubjectId(), f.getCaseId(),
                    explained, r == null ? SystemText.of("rule.name", trigger) : r.shownName(), trigger.window());
        }).toList();
    }

    /** The explanation, on the calendar version the finding was judged with. */
    SystemText explain(Finding f, RuleTrigger trigger) {
        WorkingCalendar cal = f.getCalendarVersion() == null ? calendars.current() : calendars.atVersion(f.getCalendarVersion());
        return Explanation.text(new Explanation.Inputs(trigger, f.getKeyDate(), f.getStartDate(), f.getAsOf(),
                f.getDaysOver(), f.getDetail()), cal);
    }

    // ------------------------------------------------------------------ the department

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Finding answer(long id, int version, String explanation, String measures) {
        Finding f = own(id, version);
        f.answer(explanation, measures, currentUser.username(), clock.instant());
        audit.record("FINDING_ANSWER", AUDIT_TYPE, String.valueOf(id), FindingStatus.OPEN.label(),
                "情况说明：" + f.getAnswer() + "；整改措施：" + f.getRectification());
        return f;
    }

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Finding appeal(long id, int version, String reasons, String evidenceName, byte[] evidence) {
        Finding f = own(id, version);
        String before = f.getStatus().label();
        Long fileId = null;
        if (evidence != null && evidence.length > 0) {
            StoredFile file = files.storePrivate(evidenceName, evidence);
            fileId = file.getId();
        }
        f.appeal(reasons, fileId, currentUser.username(), clock.instant());
        audit.record("FINDING_APPEAL", AUDIT_TYPE, String.valueOf(id), before, "申诉理由：" + f.getAppeal()
                + (fileId == null ? "" : "（附证据材料）"));
        return f;
    }

    /** The evidence of an appeal, for the department that filed it and the supervision office. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public StoredFile evidence(long id) {
        Finding f = visible(id);
        if (f.getAppealFileId() == null) throw new NotFoundException(SystemText.of("finding.noEvidence"));
        return files.file(f.getAppealFileId()).orElseThrow(() -> new NotFoundException(SystemText.of("file.notFound")));
    }

    // ------------------------------------------------------------------ the supervision office

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Finding confirm(long id, int version, String note) {
        Finding f = current(id, version);
        f.confirm(note, currentUser.username(), clock.instant());
        audit.record("FINDING_CONFIRM", AUDIT_TYPE, String.valueOf(id), FindingStatus.ANSWERED.label(), f.getResolution());
        return f;
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Finding revoke(long id, int version, String reason) {
        Finding f = current(id, version);
        String before = f.getStatus().label();
        f.revoke(reason, currentUser.username(), clock.instant());
        em.flush();
        if (f.getCaseId() != null) writer.recomputeCaseLevel(f.getCaseId());
        audit.record("FINDING_REVOKE", AUDIT_TYPE, String.valueOf(id), before, "撤销：" + f.getResolution());
        return f;
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Finding ruleOnAppeal(long id, int version, boolean upheld, String ruling) {
        Finding f = current(id, version);
        f.ruleOnAppeal(upheld, ruling, currentUser.username(), clock.instant());
        em.flush();
        if (upheld && f.getCaseId() != null) writer.recomputeCaseLevel(f.getCaseId());
        audit.record("FINDING_APPEAL_RULING", AUDIT_TYPE, String.valueOf(id), FindingStatus.APPEALED.label(),
                (upheld ? "申诉成立，撤销：" : "申诉不成立：") + f.getAppealRuling());
        return f;
    }

    // ------------------------------------------------------------------ helpers

    private Finding current(long id, int version) {
        Finding f = visible(id);
        if (f.getVersion() != version) throw new ConflictException(SystemText.of("finding.changedByOthers"));
        return f;
    }

    private Finding own(long id, int version) {
        Finding f = current(id, version);
        if (!mayAnswer(f)) throw new ForbiddenException(SystemText.of("finding.answerOwnOnly"));
        if (!f.getLevel().isCard()) throw new ConflictException(SystemText.of("finding.warningNoAnswer"));
        return f;
    }

    private Finding visible(long id) {
        Finding f = em.find(Finding.class, id);
        if (f == null) throw new NotFoundException(SystemText.of("finding.notFound", id));
        if (departmental() && f.getDepartmentId() != ownDepartment().getId()) {
            throw new ForbiddenException(SystemText.of("finding.viewOwnOnly"));
        }
        return f;
    }

    private boolean mayAnswer(Finding f) {
        if (!(currentUser.isCallerIn(Role.DEPT_CLERK) || currentUser.isCallerIn(Role.DEPT_APPROVER))) return false;
        Department own = currentUser.department();
        return own != null && own.getId() == f.getDepartmentId();
    }

    private boolean isSupervisor() {
        return currentUser.isCallerIn(Role.SUPERVISOR);
    }

    private boolean departmental() {
        return !currentUser.isOffice() && !currentUser.isCallerIn(Role.SUPERVISOR);
    }

    private Department ownDepartment() {
        Department d = currentUser.department();
        if (d == null) throw new ForbiddenException(SystemText.of("account.noDepartment"));
        return d;
    }

    private static String dir(PageRequest page) {
        return page.ascending() ? "asc" : "desc";
    }

    /** A finding with its history and what the caller may do with it. */
    public record FindingDetail(FindingRow row, Finding finding, List<AuditEntry> history, boolean mayAnswer,
            boolean maySupervise) implements java.io.Serializable {}

    /** Rows for export: the list's filters, newest first, at most {@code max}. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<FindingRow> export(@NotNull FindingQuery q, int max) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Finding> rows = em.createQuery(SELECT_ROW + where(q, params) + " order by f.id desc", Finding.class);
        params.forEach(rows::setParameter);
        List<FindingRow> out = new java.util.ArrayList<>();
        List<Finding> found = rows.setMaxResults(max).getResultList();
        for (int i = 0; i < found.size(); i += 500) {
            out.addAll(rows(found.subList(i, Math.min(found.size(), i + 500))));
            em.clear(); // an export of thousands of findings need not keep them all managed
        }
        return out;
    }
}

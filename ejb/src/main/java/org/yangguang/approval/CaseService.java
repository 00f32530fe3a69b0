package org.yangguang.approval;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.Channel;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterRepository;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.Like;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * Cases (办件) from receipt to delivery. Department users act only on their own department's
 * cases; the office, supervision and upper-level platforms read all. Every action is checked
 * against the version the user saw and written to the case's timeline.
 */
@Stateless
public class CaseService {
    private static final int RECEIPT_RETRIES = 3;
    static final String AUDIT_TYPE = "ApprovalCase";

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterRepository matters;

    @Inject
    org.yangguang.organization.DepartmentRepository departments;

    @Inject
    CalendarService calendars;

    @Inject
    ReceiptNumbers receiptNumbers;

    @Inject
    org.yangguang.files.FileStore files;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    org.yangguang.audit.AuditLog audit;

    /** Electronic supervision listens: the violations an action records become findings at once. */
    @Inject
    jakarta.enterprise.event.Event<CaseActed> acted;

    // ------------------------------------------------------------------ receipt

    /** At the window (or by an agent, or pushed by an upper-level platform). */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.API_CLIENT_NAME})
    public ApprovalCase receive(@NotNull @Valid NewCase application) {
        MatterVersion version = matterInForce(application.getImplementationCode());
        if (!currentUser.isCallerIn(Role.API_CLIENT)) {
            currentUser.requireActsFor(version.getMatter().getDepartment());
        }
        ReceiptChannel channel = currentUser.isCallerIn(Role.API_CLIENT) ? ReceiptChannel.API
                : application.getAgentName() == null || application.getAgentName().isBlank() ? ReceiptChannel.WINDOW
                : ReceiptChannel.AGENT;
        return store(version, application, channel, currentUser.username());
    }

    /** 网上申报 from the public portal, for matters that accept online applications. */
    @PermitAll
    public ApprovalCase receiveOnline(@NotNull @Valid NewCase application) {
        MatterVersion version = matterInForce(application.getImplementationCode());
        if (!version.getChannels().contains(Channel.ONLINE)) {
            throw new ConflictException("该事项不支持网上申报，请到窗口办理");
        }
        // what the applicant ticks is a declaration, not a received file: the clerk checks it
        NewCase declared = new NewCase();
        declared.setImplementationCode(application.getImplementationCode());
        declared.setApplicant(application.getApplicant());
        declared.setComment("申请人声明已备材料：" + String.join("、", application.getReceivedMaterials()));
        return store(version, declared, ReceiptChannel.ONLINE, "online");
    }

    private ApprovalCase store(MatterVersion version, NewCase application, ReceiptChannel channel, String by) {
        if (version.getMatter().getLevel() != org.yangguang.catalog.MatterLevel.HANDLING
                && !matters.publishedChildren(version.getMatter()).isEmpty()) {
            throw new InvalidInputException("请选择具体的办理项（如新办、变更、延续、注销）");
        }
        LocalDate today = LocalDate.now(clock);
        String number = nextReceiptNumber(today);
        ApprovalCase c = new ApprovalCase(number, ReceiptNumbers.queryCode(), version, channel,
                application.getApplicant(), blankToNull(application.getAgentName()), application.getReceivedMaterials(),
                clock.instant(), today, by, calendars.current());
        em.persist(c);
        String note = c.missingMaterials().isEmpty() ? "已收件，材料齐全，待受理审查"
                : "已收件，待审查材料";
        event(c, by, "RECEIVE", "收件（" + channel.label() + "）" + text(application.getComment()), note);
        audit.recordAs(by, "CASE_RECEIVE", AUDIT_TYPE, number, null, c.getMatterName() + "，" + channel.label());
        return initialized(c);
    }

    private String nextReceiptNumber(LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            try {
                return receiptNumbers.next(today);
            } catch (ReceiptNumbers.SequenceRaceException e) {
                if (attempt >= RECEIPT_RETRIES) throw new ConflictException("收件繁忙，请重试");
            }
        }
    }

    private MatterVersion matterInForce(String implementationCode) {
        Matter matter = matters.find(implementationCode == null ? "" : implementationCode)
                .filter(Matter::isPublished)
                .orElseThrow(() -> new InvalidInputException("事项不存在或未发布：" + implementationCode));
        return matter.getCurrentVersion();
    }

    // ------------------------------------------------------------------ actions

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public ApprovalCase act(@NotBlank String receiptNumber, @NotNull CaseAction action, @NotNull @Valid ActionRequest r) {
        // a co-handling department acts on its own part of a joint case only
        ApprovalCase c = action == CaseAction.COMPLETE_JOINT_PART ? partnerCase(receiptNumber) : ownCase(receiptNumber);
        if (r.getVersion() == null) {
            throw new InvalidInputException("version: 请带上读取办件时的 version，以免覆盖他人操作");
        }
        if (r.getVersion() != c.getVersion()) {
            throw new ConflictException("办件已被他人更新（" + c.getStatus().label() + "），请刷新后重试");
        }
        if ((action == CaseAction.DECIDE || action == CaseAction.EXTEND)
                && !currentUser.isCallerIn(Role.DEPT_APPROVER)) {
            throw new ForbiddenException("“" + action.label() + "”须由审批人办理");
        }
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        String me = currentUser.username();
        String before = c.getStatus().label();
        int violationsBefore = c.getViolations().size();
        String note;
        switch (action) {
            case REQUEST_CORRECTION -> {
                c.requestCorrection(r.getMaterials(), today, cal);
                note = "请一次性补正以下材料：" + String.join("、", c.getMissingMaterialsNotified());
            }
            case CHECK_MATERIALS -> {
                c.checkMaterials(r.getMaterials());
                note = "材料已核对";
            }
            case SUPPLEMENT -> {
                c.supplement(r.getMaterials(), today);
                note = "已收到补正材料";
            }
            case ACCEPT -> {
                c.accept(today, me, cal);
                note = "已受理，承诺办结日期 " + c.getPromisedDeadline();
            }
            case REFUSE -> {
                c.refuse(r.getReason(), today);
                note = "不予受理：" + c.getRefusalReason();
            }
            case COMPLETE_STEP -> {
                String step = c.currentStep().map(CaseStep::getName).orElse("");
                if (r.getAssignee() != null && !r.getAssignee().isBlank()) requireColleague(r.getAssignee(), c);
                c.completeStep(r.getComment(), r.getAssignee(), today, me, cal);
                note = "“" + step + "”环节已完成";
            }
            case START_SPECIAL_PROCEDURE -> {
                c.startSpecialProcedure(r.getProcedureType(), r.getReason(), r.getDays() == null ? 0 : r.getDays(), today, cal);
                note = "进入特别程序（" + r.getProcedureType().label() + "），预计" + r.getDays() + "天，期间不计入办理时限";
            }
            case END_SPECIAL_PROCEDURE -> {
                c.endSpecialProcedure(r.getReason(), today, cal);
                note = "特别程序结束，恢复计时，承诺办结日期 " + c.getPromisedDeadline();
            }
            case EXTEND -> {
                c.extend(r.getDays() == null ? 0 : r.getDays(), r.getReason(), me, today, cal);
                note = "经批准延期" + c.getExtensionDays() + "个工作日，理由：" + c.getExtensionReason();
            }
            case REPORT -> {
                c.report(r.getComment(), today, me, cal);
                note = "初审完毕，已报上级机关审批";
            }
            case RECORD_REPLY -> {
                c.recordUpperReply(r.getComment(), today, cal);
                note = "已收到上级机关答复";
            }
            case ASSIGN_JOINT -> {
                Department co = departments.find(r.getDepartmentCode() == null ? "" : r.getDepartmentCode())
                        .orElseThrow(() -> new InvalidInputException("联办部门不存在：" + r.getDepartmentCode()));
                c.assignJointPart(co, r.getDays() == null ? c.getPromisedLimit().getValue() : r.getDays(), today, cal);
                note = "已分派" + co.getName() + "联办";
            }
            case COMPLETE_JOINT_PART -> {
                Department own = currentUser.department();
                c.completeJointPart(own.getCode(), r.getComment(), today, me);
                note = own.getName() + "联办意见已提交";
            }
            case CHARGE -> {
                c.charge(r.getAmounts(), r.getReason(), today);
                note = "收费合计 " + c.totalFee() + " 元";
            }
            case DECIDE -> {
                c.decide(r.getDecision(), r.getReason(), today, me, cal);
                note = c.getDecision().label() + (c.getDecisionReason() == null ? "" : "：" + c.getDecisionReason());
            }
            case DELIVER -> {
                c.deliver(r.getDeliveryMethod(), r.getTrackingNumber(), today);
                note = "已送达（" + c.getDeliveryMethod().label()
                        + (c.getTrackingNumber() == null ? "" : "，单号 " + c.getTrackingNumber()) + "），办结";
            }
            default -> throw new NotFoundException("没有这个办件操作：" + action);
        }
        event(c, me, action.name(), action.label() + text(r.getComment()) + text(r.getReason()), note);
        acted.fire(new CaseActed(c, action, violationsBefore, me, today));
        audit.record("CASE_" + action.name(), AUDIT_TYPE, c.getReceiptNumber(), before, c.getStatus().label() + "：" + note);
        return initialized(c);
    }

    /**
     * A material handed in as a file: stored (type and size checked, not public), ticked on the
     * checklist, and recorded on the timeline with the file.
     */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public ApprovalCase attachMaterial(@NotBlank String receiptNumber, @NotBlank String material, @NotBlank String fileName,
            @NotNull byte[] content, int expectedVersion) {
        ApprovalCase c = ownCase(receiptNumber);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException("办件已被他人更新，请刷新后重试");
        }
        if (!c.getStatus().isOpen()) {
            throw new ConflictException("办件已" + c.getStatus().label() + "，不能再上传材料");
        }
        org.yangguang.files.StoredFile file = files.storePrivate(fileName, content);
        c.markMaterialReceived(material, file.getId());
        em.persist(new CaseEvent(c, clock.instant(), currentUser.username(), "ATTACH_MATERIAL",
                "上传材料：" + material + "（" + file.getFileName() + "）", null, file.getId()));
        audit.record("CASE_ATTACH_MATERIAL", AUDIT_TYPE, receiptNumber, null, material + "：" + file.getFileName());
        return initialized(c);
    }

    /** A file of a case the caller may see: a material or a timeline attachment. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public org.yangguang.files.StoredFile caseFile(@NotBlank String receiptNumber, long fileId) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        boolean belongs = c.getMaterials().stream().anyMatch(m -> Long.valueOf(fileId).equals(m.getFileId()))
                || events(c).stream().anyMatch(e -> Long.valueOf(fileId).equals(e.getFileId()));
        if (!belongs) throw new NotFoundException("文件不属于该办件");
        return files.file(fileId).orElseThrow(() -> new NotFoundException("文件不存在"));
    }

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public ApprovalCase find(@NotBlank String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        return initialized(c);
    }

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public List<CaseEvent> timeline(@NotBlank String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        return events(c);
    }

    /** The workbench: the caller's department (all departments for office and supervision). */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Page<CaseRow> queue(@NotNull CaseQuery query, @NotNull PageRequest page) {
        Department scope = departmental() ? currentUser.department() : null;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope != null) {
            where.append(" and (c.department = :d or exists (select p from ApprovalCase c2 join c2.jointParts p"
                    + " where c2 = c and p.departmentCode = :dc))");
        }
        if (query.openOnly()) where.append(" and c.status not in :closed");
        if (query.status() != null) where.append(" and c.status = :s");
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (c.receiptNumber like :t escape '\\' or c.matterName like :t escape '\\'"
                    + " or c.applicant.name like :t escape '\\')");
        }
        String order = "deadline".equals(page.sortField()) || page.sortField() == null
                ? " order by case when c.promisedDeadline is null then 1 else 0 end, c.promisedDeadline "
                        + (page.ascending() ? "asc" : "desc") + ", c.receivedAt"
                : " order by c.receivedAt " + (page.ascending() ? "asc" : "desc");
        var q = em.createQuery("select c from ApprovalCase c" + where + order, ApprovalCase.class);
        var n = em.createQuery("select count(c) from ApprovalCase c" + where, Long.class);
        for (var tq : List.<jakarta.persistence.Query>of(q, n)) {
            if (scope != null) {
                tq.setParameter("d", scope);
                tq.setParameter("dc", scope.getCode());
            }
            if (query.openOnly()) tq.setParameter("closed", List.of(CaseStatus.DELIVERED, CaseStatus.REFUSED));
            if (query.status() != null) tq.setParameter("s", query.status());
            if (query.text() != null && !query.text().isBlank()) tq.setParameter("t", Like.contains(query.text()));
        }
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendars.current();
        List<CaseRow> rows = new ArrayList<>();
        for (ApprovalCase c : q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()) {
            rows.add(new CaseRow(c.getReceiptNumber(), c.getMatterName(), c.getApplicant().getName(), c.getStatus(),
                    c.getReceivedOn(), c.getPromisedDeadline(), c.getStatutoryDeadline(),
                    c.remainingWorkingDays(cal, today), c.urgency(cal, today), c.openStop().isPresent(),
                    c.getDepartment().getName()));
        }
        return new Page<>(rows, n.getSingleResult());
    }

    /** Public tracking: the receipt number and the query code from the receipt slip. */
    @PermitAll
    public PublicCaseView track(@NotBlank String receiptNumber, @NotBlank String queryCode) {
        ApprovalCase c = em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", receiptNumber.trim()).getResultStream().findFirst()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim()))
                // the same answer for an unknown number and a wrong code: nothing to probe
                .orElseThrow(() -> new NotFoundException("受理编号或查询码不正确"));
        return PublicCaseView.of(initialized(c), events(c), calendars.current(), LocalDate.now(clock));
    }

    /** The case for documents addressed to the applicant, opened with the query code. */
    @PermitAll
    public ApprovalCase forApplicant(@NotBlank String receiptNumber, @NotBlank String queryCode) {
        return em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", receiptNumber.trim()).getResultStream().findFirst()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim()))
                .map(CaseService::initialized)
                .orElseThrow(() -> new NotFoundException("受理编号或查询码不正确"));
    }

    @PermitAll
    public WorkingCalendar calendar() {
        return calendars.current();
    }

    // ------------------------------------------------------------------ helpers

    private ApprovalCase ownCase(String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        Department own = currentUser.department();
        if (own == null || !c.isOfDepartment(own)) {
            throw new ForbiddenException("只能办理本部门的办件");
        }
        return c;
    }

    /** The enabled users of the case's department, to assign the next step to. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<org.yangguang.security.UserAccount> colleagues(@NotBlank String receiptNumber) {
        ApprovalCase c = ownCase(receiptNumber);
        return em.createQuery("select u from UserAccount u where u.department = :d and u.enabled = true order by u.username",
                org.yangguang.security.UserAccount.class).setParameter("d", c.getDepartment()).getResultList();
    }

    /** A step is assigned only to an enabled user of the case's department. */
    private void requireColleague(String username, ApprovalCase c) {
        long n = em.createQuery("select count(u) from UserAccount u where u.username = :u and u.department = :d"
                + " and u.enabled = true", Long.class).setParameter("u", username.trim())
                .setParameter("d", c.getDepartment()).getSingleResult();
        if (n == 0) throw new InvalidInputException("承办人须为本部门的在岗用户：" + username);
    }

    private ApprovalCase partnerCase(String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        Department own = currentUser.department();
        if (own == null || !c.isJointPartner(own)) {
            throw new ForbiddenException("本部门不是该办件的联办部门");
        }
        return c;
    }

    private void requireVisible(ApprovalCase c) {
        if (departmental()) {
            Department own = currentUser.department();
            if (own == null || !(c.isOfDepartment(own) || c.isJointPartner(own))) {
                throw new ForbiddenException("只能查看本部门的办件");
            }
        }
    }

    /** Department users see their own department only; office, supervision, API see all. */
    private boolean departmental() {
        return !currentUser.isOffice() && !currentUser.isCallerIn(Role.SUPERVISOR) && !currentUser.isCallerIn(Role.API_CLIENT);
    }

    private ApprovalCase byReceiptNumber(String receiptNumber) {
        return em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", receiptNumber).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("办件不存在：" + receiptNumber));
    }

    private List<CaseEvent> events(ApprovalCase c) {
        return em.createQuery("select e from CaseEvent e where e.approvalCase = :c order by e.occurredAt, e.id",
                CaseEvent.class).setParameter("c", c).getResultList();
    }

    private void event(ApprovalCase c, String actor, String action, String comment, String publicNote) {
        em.persist(new CaseEvent(c, clock.instant(), actor, action, comment, publicNote, null));
    }

    private static ApprovalCase initialized(ApprovalCase c) {
        Hibernate.initialize(c.getDepartment());
        Hibernate.initialize(c.getMatterVersion());
        Hibernate.initialize(c.getMatter());
        return c;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "" : "：" + s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

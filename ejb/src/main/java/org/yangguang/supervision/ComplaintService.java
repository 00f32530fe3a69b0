package org.yangguang.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.Enums;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * Complaints (投诉): submitted on the portal or entered by staff, accepted or not within the
 * limit, investigated and answered within the reply limit, tracked by the public with number and
 * query code; a substantiated one can raise a card on the department.
 */
@Stateless
public class ComplaintService {
    static final String AUDIT_TYPE = "Complaint";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers numbers;

    @Inject
    CalendarService calendars;

    @Inject
    SupervisionSettingsService settings;

    @Inject
    RuleBook rules;

    @Inject
    FindingWriter writer;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** From the public portal: about a case (with its query code) or a department. */
    @PermitAll
    public Complaint submit(@NotNull @Valid NewComplaint c) {
        return store(c, ComplaintChannel.PORTAL, "online", true, null, LocalDate.now(clock));
    }

    /** Entered by the supervision office from a call, a visit or a letter. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Complaint enter(@NotNull @Valid NewComplaint c) {
        ComplaintChannel channel = c.getChannel() == null || c.getChannel() == ComplaintChannel.PORTAL
                ? ComplaintChannel.PHONE : c.getChannel();
        return store(c, channel, currentUser.username(), false, null, LocalDate.now(clock));
    }

    /**
     * A 投诉 written to the mailbox (政民互动) and handled as a complaint: the complaint of that letter
     * (channel LETTER, received the day the letter was), naming the letter, which keeps what was
     * written; the office opens it when it routes the letter.
     */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public Complaint fromLetter(@NotBlank String letterNumber, @NotNull LocalDate receivedOn, @NotNull @Valid NewComplaint c) {
        return store(c, ComplaintChannel.LETTER, currentUser.username(), false, letterNumber, receivedOn);
    }

    private Complaint store(NewComplaint c, ComplaintChannel channel, String by, boolean needsQueryCode, String letterNumber,
            LocalDate received) {
        ApprovalCase about = null;
        Department department;
        if (c.getReceiptNumber() != null && !c.getReceiptNumber().isBlank()) {
            about = em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                    .setParameter("receiptNumber", c.getReceiptNumber().trim()).getResultStream()
                    .filter(x -> !needsQueryCode || (c.getQueryCode() != null
                            && x.getQueryCode().equalsIgnoreCase(c.getQueryCode().trim())))
                    .findFirst()
                    // the same answer for an unknown number and a wrong code: nothing to probe
                    .orElseThrow(() -> new InvalidInputException("receiptNumber", SystemText.of("case.wrongNumberOrCode")));
            department = about.getDepartment();
        } else if (c.getDepartmentCode() != null && !c.getDepartmentCode().isBlank()) {
            department = em.createNamedQuery("Department.findByCode", Department.class)
                    .setParameter("code", c.getDepartmentCode().trim()).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("departmentCode", SystemText.of("department.notFoundPlain")));
        } else {
            throw new InvalidInputException("departmentCode", SystemText.of("complaint.departmentMissing"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate acceptDue = workingDaysAfter(received, settings.current().getComplaintAcceptDays());
        Complaint complaint = new Complaint(numbers.next("TS", today), ReceiptNumbers.queryCode(), channel, c.getName(),
                c.getPhone(), about == null ? null : about.getId(), about == null ? null : about.getReceiptNumber(),
                department.getId(), c.getContent(), clock.instant(), received, by, acceptDue);
        if (letterNumber != null) complaint.cameAsLetter(letterNumber);
        em.persist(complaint);
        audit.recordAs(by, "COMPLAINT_RECEIVE", AUDIT_TYPE, complaint.getNumber(), null,
                channel.label() + "，被投诉：" + department.getName()
                        + (about == null ? "" : "，办件 " + about.getReceiptNumber())
                        + (letterNumber == null ? "" : "，来信 " + letterNumber));
        return complaint;
    }

    @PermitAll
    public PublicComplaintView track(@NotBlank String number, @NotBlank String queryCode) {
        Complaint c = em.createNamedQuery("Complaint.findByNumber", Complaint.class)
                .setParameter("number", number.trim()).getResultStream()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("complaint.wrongNumberOrCode")));
        return PublicComplaintView.of(c, em.find(Department.class, c.getDepartmentId()).getName());
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public Page<ComplaintRow> list(ComplaintStatus status, String text, @NotNull PageRequest page) {
        return list(status, text, null, null, page);
    }

    /** The list, optionally of one department and received within a period (drill-down from the scores). */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public Page<ComplaintRow> list(ComplaintStatus status, String text, String departmentCode, Period period,
            @NotNull PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" where d.id = c.departmentId");
        if (departmentCode != null && !departmentCode.isBlank()) {
            w.append(" and d.code = :dept");
            p.put("dept", departmentCode.trim());
        }
        if (period != null) {
            w.append(" and c.receivedOn between :from and :to");
            p.put("from", period.from());
            p.put("to", period.to());
        }
        if (status != null) {
            w.append(" and c.status = :status");
            p.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            w.append(" and (c.number like :t escape '\\' or c.content like :t escape '\\' or c.receiptNumber like :t escape '\\')");
            p.put("t", org.yangguang.shared.Like.contains(text));
        }
        TypedQuery<Object[]> q = em.createQuery("select c, d.code, d.name from Complaint c, Department d" + w
                + " order by c.id desc", Object[].class);
        TypedQuery<Long> n = em.createQuery("select count(c) from Complaint c, Department d" + w, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            n.setParameter(k, v);
        });
        LocalDate today = LocalDate.now(clock);
        ComplaintTransitions.Caller caller = caller();
        List<ComplaintRow> rows = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> row((Complaint) r[0], (String) r[1], (String) r[2], today, caller)).toList();
        return new Page<>(rows, n.getSingleResult());
    }

    /** One complaint, for the supervision office and the office. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public Complaint get(long id) {
        Complaint c = em.find(Complaint.class, id);
        if (c == null) throw new NotFoundException(SystemText.of("complaint.notFound", id));
        return c;
    }

    /** One complaint as the list shows it, with what the caller may do with it now. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.OFFICE_ADMIN_NAME})
    public ComplaintRow row(long id) {
        Complaint c = get(id);
        Department d = em.find(Department.class, c.getDepartmentId());
        return row(c, d.getCode(), d.getName(), LocalDate.now(clock), caller());
    }

    /** The input of an action: {@code version} always; the rest as the action needs. */
    public record Input(Integer version, String reason, String outcome, String reply, String trigger) {}

    /** Any action, by its name in the table (the REST API's dispatch). */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Complaint act(long id, @NotNull ComplaintAction action, @NotNull Input in) {
        if (in.version() == null) throw new InvalidInputException("version", SystemText.of("input.versionMissing"));
        int v = in.version();
        return switch (action) {
            case ACCEPT -> accept(id, v);
            case REFUSE -> refuse(id, v, in.reason());
            case REPLY -> answer(id, v, Enums.require(ComplaintOutcome.class, "outcome", in.outcome(), SystemText.of("complaint.outcomeMissing")), in.reply());
            case CARD -> raiseCard(id, v, Enums.require(RuleTrigger.class, "trigger", in.trigger(),
                    SystemText.of("complaint.triggerMissing")));
        };
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Complaint accept(long id, int version) {
        return perform(id, version, ComplaintAction.ACCEPT, c -> {
            LocalDate today = LocalDate.now(clock);
            c.accept(today, currentUser.username(), workingDaysAfter(today, settings.current().getComplaintReplyDays()));
            return "已受理，答复期限 " + c.getReplyDue();
        });
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Complaint refuse(long id, int version, String reason) {
        return perform(id, version, ComplaintAction.REFUSE, c -> {
            c.refuse(reason, LocalDate.now(clock), currentUser.username());
            return "不予受理：" + c.getNotAcceptedReason();
        });
    }

    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Complaint answer(long id, int version, ComplaintOutcome outcome, String reply) {
        return perform(id, version, ComplaintAction.REPLY, c -> {
            c.answer(outcome, reply, LocalDate.now(clock), currentUser.username());
            return "调查结论：" + outcome.label() + "；答复：" + c.getReply();
        });
    }

    /**
     * A card for a substantiated complaint, under a complaint rule in force (投诉经查属实, or the
     * red card for refusing an application that met the conditions).
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Complaint raiseCard(long id, int version, @NotNull RuleTrigger trigger) {
        if (trigger.kind() != RuleTrigger.Kind.COMPLAINT) throw new InvalidInputException("trigger", SystemText.of("complaint.triggerNotComplaint"));
        return perform(id, version, ComplaintAction.CARD, c -> {
            RuleRef rule = rules.enabledFor(trigger).stream().findFirst()
                    .orElseThrow(() -> new ConflictException(SystemText.of("rule.disabled", trigger)));
            ApprovalCase about = c.getCaseId() == null ? null : em.find(ApprovalCase.class, c.getCaseId());
            writer.issue(new FindingWriter.NewFinding(SubjectType.COMPLAINT, c.getId(), c.getCaseId(), c.getReceiptNumber(),
                    c.getDepartmentId(), about == null ? null : about.getProcess().getHandler(), rule, c.getRepliedOn(),
                    c.getReceivedOn(), null, null, c.getNumber() + "：" + abbreviate(c.getContent(), 200), currentUser.username()));
            Long findingId = em.createQuery("select f.id from Finding f where f.subjectType = :t and f.subjectId = :s"
                    + " and f.ruleCode = :r", Long.class).setParameter("t", SubjectType.COMPLAINT).setParameter("s", c.getId())
                    .setParameter("r", rule.code()).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("finding not issued"));
            c.cardRaised(findingId);
            return rule.level().label() + "：" + rule.name();
        });
    }

    /** One step of a complaint: load the version read, check the table for this caller, act, audit. */
    private Complaint perform(long id, int version, ComplaintAction action, java.util.function.Function<Complaint, String> step) {
        Complaint c = current(id, version);
        ComplaintStatus before = c.getStatus();
        ComplaintTransitions.check(c, action, caller()).orThrow();
        String after = step.apply(c);
        audit.record(action.auditCode(), AUDIT_TYPE, c.getNumber(), before == c.getStatus() ? null : before.label(), after);
        return c;
    }

    private ComplaintTransitions.Caller caller() {
        return new ComplaintTransitions.Caller(currentUser.username(), currentUser.isCallerIn(Role.SUPERVISOR));
    }

    private Complaint current(long id, int version) {
        Complaint c = em.find(Complaint.class, id);
        if (c == null) throw new NotFoundException(SystemText.of("complaint.notFound", id));
        if (c.getVersion() != version) throw new ConflictException(SystemText.of("complaint.changedByOthers"));
        return c;
    }

    private ComplaintRow row(Complaint c, String deptCode, String deptName, LocalDate today, ComplaintTransitions.Caller caller) {
        return new ComplaintRow(c.getId(), c.getVersion(), c.getNumber(), c.getChannel(), c.getComplainantName(),
                c.getComplainantPhone(), deptCode, deptName, c.getReceiptNumber(), c.getContent(), c.getStatus(),
                c.getReceivedOn(), c.getAcceptDue(), c.getReplyDue(), c.getOutcome(), c.getReply(),
                c.getNotAcceptedReason(), c.getFindingId(), c.isAcceptOverdue(today) || c.isReplyOverdue(today),
                ComplaintTransitions.allowed(c, caller), c.getLetterNumber());
    }

    private LocalDate workingDaysAfter(LocalDate day, int days) {
        return DeadlineCalculator.deadline(calendars.current(), day, TimeLimit.workingDays(days), List.of()).date();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}

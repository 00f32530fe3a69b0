package org.yangguang.disclosure;

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
import java.util.function.Supplier;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.Like;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;

/**
 * Disclosure requests (依申请公开): submitted on the portal or entered by the editor, handled inside
 * the 条例's limits (one correction notice, third-party consultation not counted, one extension),
 * answered with exactly one outcome of the annual report, and tracked by the applicant with the
 * number and query code. An editor of a department sees that department's requests; an editor
 * without one (the government's disclosure office) sees all.
 */
@Stateless
public class DisclosureService {
    static final String AUDIT_TYPE = "DisclosureRequest";
    /** The days the applicant is given to correct, unless the editor sets another date. */
    public static final int DEFAULT_CORRECTION_DAYS = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers numbers;

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** From the portal: received the day the system received it (条例 第三十一条). */
    @PermitAll
    public DisclosureRequest submit(@NotNull @Valid NewDisclosureRequest form) {
        LocalDate today = LocalDate.now(clock);
        return store(form, ReceiptChannel.ONLINE, today, today, "online");
    }

    /** Entered by the editor: received on the date the channel's rule gives. */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest enter(@NotNull @Valid NewDisclosureRequest form) {
        ReceiptChannel channel = form.getChannel() == null ? ReceiptChannel.IN_PERSON : form.getChannel();
        LocalDate today = LocalDate.now(clock);
        LocalDate submitted = form.getSubmittedOn() == null ? today : form.getSubmittedOn();
        LocalDate received = domain(() -> channel.receivedOn(submitted, form.getSignedForOn(), form.getConfirmedOn()));
        if (received.isAfter(today)) throw new InvalidInputException("submittedOn: 收到申请的日期不能晚于今天");
        return store(form, channel, submitted, received, currentUser.username());
    }

    private DisclosureRequest store(NewDisclosureRequest form, ReceiptChannel channel, LocalDate submitted,
            LocalDate received, String by) {
        Department department = em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", form.getDepartmentCode().trim()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("departmentCode: 没有这个机关"));
        LocalDate today = LocalDate.now(clock);
        DisclosureRequest r = new DisclosureRequest(numbers.next("GK", today), ReceiptNumbers.queryCode(),
                department.getId(), form, channel, submitted, received, clock.instant(), by, calendars.current());
        em.persist(r);
        audit.recordAs(by, "DISCLOSURE_RECEIVE", AUDIT_TYPE, r.getNumber(), null, channel.label() + "，受理机关："
                + department.getName() + "，收到申请日期 " + received + "，答复期限 " + r.getReplyDue());
        return r;
    }

    @PermitAll
    public PublicRequestView track(@NotBlank String number, @NotBlank String queryCode) {
        DisclosureRequest r = byCode(number, queryCode);
        return PublicRequestView.of(r, em.find(Department.class, r.getDepartmentId()).getName());
    }

    /** The applicant sends the correction asked for on the portal (received that day). */
    @PermitAll
    public PublicRequestView correct(@NotBlank String number, @NotBlank String queryCode, String text) {
        DisclosureRequest r = byCode(number, queryCode);
        LocalDate today = LocalDate.now(clock);
        domain(() -> {
            r.corrected(text, today, calendars.current());
            return r;
        });
        audit.recordAs("online", "DISCLOSURE_CORRECTED", AUDIT_TYPE, r.getNumber(), RequestStatus.AWAITING_CORRECTION.label(),
                "收到补正，答复期限 " + r.getReplyDue());
        return PublicRequestView.of(r, em.find(Department.class, r.getDepartmentId()).getName());
    }

    /** The fee notice, for the applicant (with the query code) once one was sent. */
    @PermitAll
    public ReplyLetter feeNotice(@NotBlank String number, @NotBlank String queryCode) {
        return feeLetter(byCode(number, queryCode));
    }

    /** The fee notice, printable for the editor. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public ReplyLetter feeNotice(@NotBlank String number) {
        return feeLetter(get(number));
    }

    private ReplyLetter feeLetter(DisclosureRequest r) {
        if (r.getFeeIssuedOn() == null) throw new NotFoundException("该申请没有收费通知");
        return ReplyLetter.feeNotice(r, em.find(Department.class, r.getDepartmentId()).getName(),
                r.limits(calendars.current()).feePayment().date());
    }

    /** The reply letter, for the applicant (with the query code) once the reply is given. */
    @PermitAll
    public ReplyLetter letter(@NotBlank String number, @NotBlank String queryCode) {
        DisclosureRequest r = byCode(number, queryCode);
        if (r.getOutcome() == null) throw new NotFoundException("申请尚未答复");
        return ReplyLetter.of(r, em.find(Department.class, r.getDepartmentId()).getName());
    }

    /** The reply letter for staff (printed and delivered). */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public ReplyLetter letter(@NotBlank String number) {
        DisclosureRequest r = get(number);
        if (r.getOutcome() == null) throw new NotFoundException("申请尚未答复");
        return ReplyLetter.of(r, em.find(Department.class, r.getDepartmentId()).getName());
    }

    private DisclosureRequest byCode(String number, String queryCode) {
        // the same answer for an unknown number and a wrong code: nothing to probe
        return em.createNamedQuery("DisclosureRequest.findByNumber", DisclosureRequest.class)
                .setParameter("number", number.trim()).getResultStream()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException("申请编号或查询码不正确"));
    }

    /** The editor's list: open requests most urgent first, then the answered ones, newest first. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Page<RequestRow> list(RequestStatus status, String text, @NotNull PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" where d.id = r.departmentId");
        Department own = scope();
        if (own != null) {
            w.append(" and r.departmentId = :dept");
            p.put("dept", own.getId());
        }
        if (status != null) {
            w.append(" and r.status = :status");
            p.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            w.append(" and (r.number like :t escape '\\' or r.description like :t escape '\\'"
                    + " or r.applicantName like :t escape '\\')");
            p.put("t", Like.contains(text));
        }
        TypedQuery<Object[]> q = em.createQuery("select r, d.name from DisclosureRequest r, Department d" + w
                + " order by case when r.repliedOn is null then 0 else 1 end, r.dueOn, r.repliedOn desc, r.id", Object[].class);
        TypedQuery<Long> n = em.createQuery("select count(r) from DisclosureRequest r, Department d" + w, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            n.setParameter(k, v);
        });
        LocalDate today = LocalDate.now(clock);
        List<RequestRow> rows = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(x -> row((DisclosureRequest) x[0], (String) x[1], today)).toList();
        return new Page<>(rows, n.getSingleResult());
    }

    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public DisclosureRequest get(@NotBlank String number) {
        DisclosureRequest r = em.createNamedQuery("DisclosureRequest.findByNumber", DisclosureRequest.class)
                .setParameter("number", number.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("没有这件申请：" + number));
        Department own = scope();
        if (own != null && own.getId() != r.getDepartmentId()) throw new NotFoundException("没有这件申请：" + number);
        r.getConsultations(); // read after the transaction
        return r;
    }

    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public String departmentName(long departmentId) {
        return em.find(Department.class, departmentId).getName();
    }

    /** Every deadline with its derivation, on the current calendar. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public RequestLimits limits(@NotBlank String number) {
        return get(number).limits(calendars.current());
    }

    /** 一次性告知: everything to correct, by {@code dueOn} (default {@value #DEFAULT_CORRECTION_DAYS} working days). */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest noticeCorrection(@NotBlank String number, int version, String content,
            @EnteredDate(future = true) LocalDate dueOn) {
        DisclosureRequest r = current(number, version);
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar calendar = calendars.current();
        LocalDate due = dueOn != null ? dueOn : org.yangguang.calendar.DeadlineCalculator.deadline(calendar, today,
                org.yangguang.calendar.TimeLimit.workingDays(DEFAULT_CORRECTION_DAYS), List.of()).date();
        boolean late = today.isAfter(r.getCorrectionNoticeDue());
        domain(() -> {
            r.noticeCorrection(content, today, due, calendar);
            return r;
        });
        audit.record("DISCLOSURE_CORRECTION_NOTICE", AUDIT_TYPE, r.getNumber(), null, "补正告知（补正期限 " + due + "）："
                + r.getCorrectionContent() + (late ? "；已超过7个工作日的告知期限" : ""));
        return r;
    }

    /** A correction that came by post, e-mail or in person, entered by the editor. */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest corrected(@NotBlank String number, int version, String text, @EnteredDate LocalDate on) {
        DisclosureRequest r = current(number, version);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) throw new InvalidInputException("on: 收到补正的日期不能晚于今天");
        domain(() -> {
            r.corrected(text, day, calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_CORRECTED", AUDIT_TYPE, r.getNumber(), RequestStatus.AWAITING_CORRECTION.label(),
                "收到补正（" + day + "），答复期限 " + r.getReplyDue());
        return r;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest consult(@NotBlank String number, int version, String party) {
        DisclosureRequest r = current(number, version);
        domain(() -> {
            r.consult(party, LocalDate.now(clock), calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_CONSULT", AUDIT_TYPE, r.getNumber(), null, "征求第三方意见：" + party.trim()
                + "（不计入答复期限）");
        return r;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest thirdPartyAnswered(@NotBlank String number, int version, String party) {
        DisclosureRequest r = current(number, version);
        domain(() -> {
            r.thirdPartyAnswered(party, LocalDate.now(clock), calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_CONSULTED", AUDIT_TYPE, r.getNumber(), null, "收到第三方意见：" + party.trim()
                + "，答复期限 " + r.getReplyDue());
        return r;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest extend(@NotBlank String number, int version, int days, String approver, String reason) {
        DisclosureRequest r = current(number, version);
        LocalDate before = r.getReplyDue();
        domain(() -> {
            r.extend(days, approver, reason, LocalDate.now(clock), calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_EXTEND", AUDIT_TYPE, r.getNumber(), "答复期限 " + before, "延长" + days + "个工作日至 "
                + r.getReplyDue() + "，批准人：" + r.getExtensionApprover() + "，理由：" + r.getExtensionReason());
        return r;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest reply(@NotBlank String number, int version, DisclosureOutcome outcome, String text,
            DeliveryWay delivery) {
        DisclosureRequest r = current(number, version);
        domain(() -> {
            r.reply(outcome, text, delivery, LocalDate.now(clock), currentUser.username(), calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_REPLY", AUDIT_TYPE, r.getNumber(), null, outcome.group().label() + "：" + outcome.label()
                + (r.isRepliedLate() ? "（超过答复期限 " + r.getReplyDue() + "）" : "") + "；" + r.getReply());
        return r;
    }

    /**
     * 收费通知: the fee for this request on top of what the applicant already asked this month —
     * by requests (this one counts as one) or by pages ({@code pages} it takes), never both.
     */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest noticeFee(@NotBlank String number, int version, FeeMethod method, Integer pages) {
        DisclosureRequest r = current(number, version);
        if (method == null) throw new InvalidInputException("method: 请选择计收方式（按件或按量）");
        int units = method == FeeMethod.BY_COUNT ? 1 : pages == null ? 0 : pages;
        if (units < 1 || units > ProcessingFee.MAX_UNITS) throw new InvalidInputException("pages: 请填写页数（1到" + ProcessingFee.MAX_UNITS + "）");
        ProcessingFee fee = domain(() -> ProcessingFee.forRequest(method, alreadyCounted(r, method), units));
        LocalDate today = LocalDate.now(clock);
        domain(() -> {
            r.noticeFee(fee, units, today, calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_FEE_NOTICE", AUDIT_TYPE, r.getNumber(), null, "收费通知：" + method.label() + " "
                + String.join("；", fee.describe()) + "，合计 " + fee.totalYuan() + " 元，缴费期限 " + r.getDueOn());
        return r;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest feePaid(@NotBlank String number, int version, @EnteredDate LocalDate on) {
        DisclosureRequest r = current(number, version);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) throw new InvalidInputException("on: 缴费日期不能晚于今天");
        domain(() -> {
            r.feePaid(day, calendars.current());
            return r;
        });
        audit.record("DISCLOSURE_FEE_PAID", AUDIT_TYPE, r.getNumber(), RequestStatus.AWAITING_FEE.label(),
                "已缴费 " + r.getFeeAmount() + " 元（" + day + "），答复期限 " + r.getReplyDue());
        return r;
    }

    /** 行政复议 or 行政诉讼 against the reply, recorded when filed (pending until decided). */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRemedy recordRemedy(@NotBlank String number, RemedyKind kind, @EnteredDate LocalDate filedOn,
            String authority) {
        DisclosureRequest r = get(number);
        if (filedOn != null && filedOn.isAfter(LocalDate.now(clock))) throw new InvalidInputException("filedOn: 日期不能晚于今天");
        DisclosureRemedy m = new DisclosureRemedy(r, kind, filedOn, authority, currentUser.username(), clock.instant());
        em.persist(m);
        audit.record("DISCLOSURE_REMEDY", AUDIT_TYPE, r.getNumber(), null, kind.label() + "（" + filedOn + "，" + m.getAuthority() + "）");
        return m;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRemedy decideRemedy(@NotBlank String number, long remedyId, int version, RemedyOutcome outcome,
            @EnteredDate LocalDate decidedOn, String note) {
        DisclosureRequest r = get(number);
        DisclosureRemedy m = em.find(DisclosureRemedy.class, remedyId);
        if (m == null || m.getRequestId() != r.getId()) throw new NotFoundException("该申请没有这条复议或诉讼记录");
        if (m.getVersion() != version) throw new ConflictException("记录已被他人修改，请刷新后重试");
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now(clock))) throw new InvalidInputException("decidedOn: 日期不能晚于今天");
        m.decide(outcome, decidedOn, note);
        audit.record("DISCLOSURE_REMEDY_DECIDED", AUDIT_TYPE, r.getNumber(), RemedyOutcome.PENDING.label(),
                m.getKind().label() + "：" + outcome.label() + "（" + decidedOn + "）");
        return m;
    }

    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<DisclosureRemedy> remedies(@NotBlank String number) {
        DisclosureRequest r = get(number);
        return em.createQuery("select m from DisclosureRemedy m where m.requestId = :id order by m.filedOn, m.id", DisclosureRemedy.class)
                .setParameter("id", r.getId()).getResultList();
    }

    /** The units the applicant's other requests of the same month already count, by this method. */
    private int alreadyCounted(DisclosureRequest r, FeeMethod method) {
        LocalDate first = r.getReceivedOn().withDayOfMonth(1);
        LocalDate last = r.getReceivedOn().withDayOfMonth(r.getReceivedOn().lengthOfMonth());
        String sum = method == FeeMethod.BY_COUNT ? "count(o)" : "coalesce(sum(o.feeQuantity), 0)";
        String only = method == FeeMethod.BY_COUNT ? " and (o.receivedOn < :on or (o.receivedOn = :on and o.id < :id))"
                : " and o.feeMethod = :method and o.id <> :id";
        TypedQuery<Number> q = em.createQuery("select " + sum + " from DisclosureRequest o where o.identityNumber = :who"
                + " and o.receivedOn between :first and :last" + only, Number.class)
                .setParameter("who", r.getIdentityNumber()).setParameter("first", first).setParameter("last", last)
                .setParameter("id", r.getId());
        if (method == FeeMethod.BY_COUNT) q.setParameter("on", r.getReceivedOn());
        else q.setParameter("method", FeeMethod.BY_PAGE);
        return q.getSingleResult().intValue();
    }

    /**
     * The nightly close of requests whose applicant let the correction or the payment lapse (视为放弃
     * 申请): closed with the outcome 逾期不补正 or 逾期未缴费, which table 三 counts. Returns how many.
     */
    @PermitAll
    public int closeLapsed(@NotNull LocalDate asOf) {
        WorkingCalendar calendar = calendars.current();
        List<DisclosureRequest> candidates = em.createQuery("select r from DisclosureRequest r where"
                + " (r.status = :correction and r.correctionDueOn < :asOf) or r.status = :fee", DisclosureRequest.class)
                .setParameter("correction", RequestStatus.AWAITING_CORRECTION).setParameter("fee", RequestStatus.AWAITING_FEE)
                .setParameter("asOf", asOf).getResultList();
        int closed = 0;
        for (DisclosureRequest r : candidates) {
            var lapse = r.limits(calendar).deemedWithdrawal(asOf);
            if (lapse.isEmpty()) continue;
            String text = lapse.get() == DisclosureOutcome.NO_CORRECTION_IN_TIME
                    ? "申请人未在补正期限（" + r.getCorrectionDueOn() + "）内补正，依据《政府信息公开条例》第三十条视为放弃申请。"
                    : "申请人未在缴费期限内缴纳信息处理费，视为放弃申请。";
            r.reply(lapse.get(), text, r.getDeliveryWay(), asOf, AuditLog.SYSTEM, calendar);
            audit.recordAs(AuditLog.SYSTEM, "DISCLOSURE_LAPSED", AUDIT_TYPE, r.getNumber(), null, lapse.get().label() + "：" + text);
            closed++;
        }
        return closed;
    }

    private DisclosureRequest current(String number, int version) {
        DisclosureRequest r = get(number);
        if (r.getVersion() != version) throw new ConflictException("申请已被他人处理，请刷新后重试");
        return r;
    }

    /** The department an editor is limited to; null for the government's office (all of them). */
    private Department scope() {
        return currentUser.isCallerIn(Role.DISCLOSURE_EDITOR) ? currentUser.department() : null;
    }

    /** The domain rules refuse with Java's exceptions: a broken rule is a conflict, a bad value bad input. */
    private static <T> T domain(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static RequestRow row(DisclosureRequest r, String departmentName, LocalDate today) {
        return new RequestRow(r.getId(), r.getVersion(), r.getNumber(), departmentName, r.getApplicantType(),
                r.getApplicantName(), r.getChannel(), r.getDescription(), r.getStatus(), r.getReceivedOn(), r.getDueOn(),
                r.getReplyDue(), r.getOutcome(), r.getRepliedOn(), r.isOverdue(today), r.isRepliedLate());
    }
}

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.Enums;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.Like;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * Disclosure requests (依申请公开): submitted on the portal or entered by the editor, handled inside
 * the 条例's limits (one correction notice, third-party consultation not counted, one extension),
 * answered with exactly one outcome of the annual report (and the files it delivers), and tracked
 * by the applicant with the number and query code. An editor of a department sees that
 * department's requests; an editor without one (the government's disclosure office) sees all.
 * Every action runs the same way ({@link #act}): load, check {@link RequestTransitions}, act, audit.
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
    FileStore files;

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
        if (received.isAfter(today)) throw new InvalidInputException("submittedOn", SystemText.of("request.receivedAfterToday"));
        return store(form, channel, submitted, received, currentUser.username());
    }

    private DisclosureRequest store(NewDisclosureRequest form, ReceiptChannel channel, LocalDate submitted,
            LocalDate received, String by) {
        Department department = em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", form.getDepartmentCode().trim()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("departmentCode", SystemText.of("disclosure.noSuchAgency")));
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
        return view(byCode(number, queryCode));
    }

    /** What the applicant sees; the reply's files only when they are delivered online. */
    private PublicRequestView view(DisclosureRequest r) {
        return PublicRequestView.of(r, em.find(Department.class, r.getDepartmentId()).getName(),
                r.deliversFilesOnline() ? replyFiles(r) : List.of());
    }

    /** The applicant sends the correction asked for on the portal (received that day). */
    @PermitAll
    public PublicRequestView correct(@NotBlank String number, @NotBlank String queryCode, String text) {
        DisclosureRequest r = byCode(number, queryCode);
        perform(r, RequestAction.RECORD_CORRECTION, RequestTransitions.Caller.system("online"), RequestAction.RECORD_CORRECTION.auditCode(),
                (x, today) -> {
                    x.corrected(text, today, calendars.current());
                    return new Logged(RequestStatus.AWAITING_CORRECTION.label(), "收到补正，答复期限 " + x.getReplyDue());
                }, LocalDate.now(clock));
        return view(r);
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
        if (r.getFeeIssuedOn() == null) throw new NotFoundException(SystemText.of("request.noFeeNotice"));
        return ReplyLetter.feeNotice(r, em.find(Department.class, r.getDepartmentId()).getName(),
                r.limits(calendars.current()).feePayment().date());
    }

    /** The reply letter, for the applicant (with the query code) once the reply is given. */
    @PermitAll
    public ReplyLetter letter(@NotBlank String number, @NotBlank String queryCode) {
        DisclosureRequest r = byCode(number, queryCode);
        if (r.getOutcome() == null) throw new NotFoundException(SystemText.of("request.notReplied"));
        return replyLetter(r);
    }

    /** The reply letter for staff (printed and delivered). */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public ReplyLetter letter(@NotBlank String number) {
        DisclosureRequest r = get(number);
        if (r.getOutcome() == null) throw new NotFoundException(SystemText.of("request.notReplied"));
        return replyLetter(r);
    }

    private ReplyLetter replyLetter(DisclosureRequest r) {
        return ReplyLetter.of(r, em.find(Department.class, r.getDepartmentId()).getName(),
                replyFiles(r).stream().map(ReplyFile::name).toList());
    }

    private DisclosureRequest byCode(String number, String queryCode) {
        // the same answer for an unknown number and a wrong code: nothing to probe
        return em.createNamedQuery("DisclosureRequest.findByNumber", DisclosureRequest.class)
                .setParameter("number", number.trim()).getResultStream()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("request.wrongNumberOrCode")));
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
                .orElseThrow(() -> new NotFoundException(SystemText.of("request.notFound", number)));
        Department own = scope();
        if (own != null && own.getId() != r.getDepartmentId()) throw new NotFoundException(SystemText.of("request.notFound", number));
        r.getConsultations(); // read after the transaction
        r.getReplyFileIds();
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

    /** What the caller may do with the request now (the page's buttons, the API's {@code allowedActions}). */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<RequestAction> allowedActions(@NotBlank String number) {
        DisclosureRequest r = get(number);
        return RequestTransitions.allowed(r, caller(), situation(r));
    }

    /**
     * Any action on a request, by its name in the transition table (the REST API's and the page's
     * dispatch). Each takes what it needs from {@code in}; see {@link RequestAction}.
     */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest act(@NotBlank String number, @NotNull RequestAction action, @NotNull @Valid RequestInput in) {
        if (in.getVersion() == null) throw new InvalidInputException("version", SystemText.of("input.versionMissing"));
        int version = in.getVersion();
        return switch (action) {
            case NOTICE_CORRECTION -> run(number, version, action, (r, today) -> {
                // 一次性告知: everything to correct, by dueOn (default DEFAULT_CORRECTION_DAYS working days)
                WorkingCalendar calendar = calendars.current();
                LocalDate due = in.getDueOn() != null ? in.getDueOn() : DeadlineCalculator.deadline(calendar, today,
                        TimeLimit.workingDays(DEFAULT_CORRECTION_DAYS), List.of()).date();
                boolean late = today.isAfter(r.getCorrectionNoticeDue());
                r.noticeCorrection(in.getContent(), today, due, calendar);
                return Logged.after("补正告知（补正期限 " + due + "）：" + r.getCorrectionContent()
                        + (late ? "；已超过7个工作日的告知期限" : ""));
            });
            case RECORD_CORRECTION -> run(number, version, action, (r, today) -> {
                LocalDate day = notAfterToday(in.getOn(), today, "on", SystemText.of("request.correctedAfterToday"));
                r.corrected(in.getText(), day, calendars.current());
                return new Logged(RequestStatus.AWAITING_CORRECTION.label(), "收到补正（" + day + "），答复期限 " + r.getReplyDue());
            });
            case CONSULT -> run(number, version, action, (r, today) -> {
                r.consult(in.getParty(), today, calendars.current());
                return Logged.after("征求第三方意见：" + in.getParty().trim() + "（不计入答复期限）");
            });
            case RECORD_CONSULTATION -> run(number, version, action, (r, today) -> {
                r.thirdPartyAnswered(in.getParty(), today, calendars.current());
                return Logged.after("收到第三方意见：" + in.getParty().trim() + "，答复期限 " + r.getReplyDue());
            });
            case EXTEND -> run(number, version, action, (r, today) -> {
                if (in.getDays() == null) throw new InvalidInputException("days", SystemText.of("request.extensionDaysMissing"));
                LocalDate before = r.getReplyDue();
                r.extend(in.getDays(), in.getApprover(), in.getReason(), today, calendars.current());
                return new Logged("答复期限 " + before, "延长" + in.getDays() + "个工作日至 " + r.getReplyDue() + "，批准人："
                        + r.getExtensionApprover() + "，理由：" + r.getExtensionReason());
            });
            case NOTICE_FEE -> run(number, version, action, (r, today) -> {
                // by requests (this one counts as one) or by pages, on top of the applicant's month, never both
                FeeMethod method = Enums.require(FeeMethod.class, "method", in.getMethod(), SystemText.of("request.feeMethodMissing"));
                int units = method == FeeMethod.BY_COUNT ? 1 : in.getPages() == null ? 0 : in.getPages();
                if (units < 1 || units > ProcessingFee.MAX_UNITS) {
                    throw new InvalidInputException("pages", SystemText.of("request.pagesMissing", ProcessingFee.MAX_UNITS));
                }
                ProcessingFee fee = ProcessingFee.forRequest(method, alreadyCounted(r, method), units);
                r.noticeFee(fee, units, today, calendars.current());
                return Logged.after("收费通知：" + method.label() + " " + String.join("；", fee.describe()) + "，合计 "
                        + fee.totalYuan() + " 元，缴费期限 " + r.getDueOn());
            });
            case RECORD_PAYMENT -> run(number, version, action, (r, today) -> {
                LocalDate day = notAfterToday(in.getOn(), today, "on", SystemText.of("request.paidAfterToday"));
                r.feePaid(day, calendars.current());
                return new Logged(RequestStatus.AWAITING_FEE.label(), "已缴费 " + r.getFeeAmount() + " 元（" + day + "），答复期限 "
                        + r.getReplyDue());
            });
            case ATTACH_FILE -> throw new InvalidInputException(SystemText.of("request.attachAsUpload"));
            case REMOVE_FILE -> run(number, version, action, (r, today) -> {
                if (in.getFileId() == null) throw new InvalidInputException("fileId", SystemText.of("request.fileIdMissing"));
                String name = files.file(in.getFileId()).map(StoredFile::getFileName).orElse(String.valueOf(in.getFileId()));
                r.detach(in.getFileId(), today);
                return new Logged("答复附件：" + name, null);
            });
            case REPLY -> run(number, version, action, (r, today) -> {
                DisclosureOutcome outcome = Enums.require(DisclosureOutcome.class, "outcome", in.getOutcome(), SystemText.of("request.outcomeMissing"));
                DeliveryWay delivery = Enums.require(DeliveryWay.class, "delivery", in.getDelivery(), SystemText.of("request.deliveryMissing"));
                List<WithholdingGround> grounds = new ArrayList<>();
                for (String g : in.getGrounds()) grounds.add(Enums.parse(WithholdingGround.class, "grounds", g));
                r.reply(new DisclosureRequest.Reply(outcome, in.getText(), delivery, in.getWithheld(), grounds), today,
                        currentUser.username(), calendars.current());
                return Logged.after(replySummary(r));
            });
            case RECORD_REMEDY -> run(number, version, action, (r, today) -> {
                // 行政复议 or 行政诉讼 against the reply, recorded when filed (pending until decided)
                RemedyKind kind = Enums.require(RemedyKind.class, "kind", in.getKind(), SystemText.of("remedy.kindChoose"));
                LocalDate filed = notAfterToday(in.getOn(), today, "on", SystemText.of("input.dateAfterToday"));
                DisclosureRemedy m = new DisclosureRemedy(r, kind, filed, in.getAuthority(), currentUser.username(), clock.instant());
                em.persist(m);
                return Logged.after(kind.label() + "（" + filed + "，" + m.getAuthority() + "）");
            });
            case DECIDE_REMEDY -> run(number, null, action, (r, today) -> {
                // the version is the remedy record's: recording it does not change the request
                if (in.getRemedyId() == null) throw new InvalidInputException("remedyId", SystemText.of("remedy.idMissing"));
                RemedyOutcome result = Enums.require(RemedyOutcome.class, "outcome", in.getOutcome(), SystemText.of("remedy.outcomeMissing"));
                DisclosureRemedy m = em.find(DisclosureRemedy.class, in.getRemedyId());
                if (m == null || m.getRequestId() != r.getId()) throw new NotFoundException(SystemText.of("remedy.notOfRequest"));
                if (m.getVersion() != version) throw new ConflictException(SystemText.of("remedy.changedByOthers"));
                LocalDate decided = notAfterToday(in.getOn(), today, "on", SystemText.of("input.dateAfterToday"));
                m.decide(result, decided, in.getText());
                return new Logged(RemedyOutcome.PENDING.label(), m.getKind().label() + "：" + result.label() + "（" + decided + "）");
            });
        };
    }

    /** A file the reply delivers, uploaded before the reply is sent (type and size limits of {@link FileStore}). */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureRequest attach(@NotBlank String number, int version, String fileName, byte[] content) {
        return run(number, version, RequestAction.ATTACH_FILE, (r, today) -> {
            StoredFile file = files.storeForRequest(fileName, content);
            r.attach(file.getId(), today);
            return Logged.after("答复附件：" + file.getFileName());
        });
    }

    /** The reply's files, for staff. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<ReplyFile> replyFiles(@NotBlank String number) {
        return replyFiles(get(number));
    }

    /** One file of the reply, for staff who may read the request. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public StoredFile replyFile(@NotBlank String number, long fileId) {
        return fileOf(get(number), fileId);
    }

    /**
     * One file of the reply, for the applicant: with the query code (the same check as tracking),
     * once replied, and only when the reply is delivered online (网上获取); never to anyone else.
     */
    @PermitAll
    public StoredFile replyFile(@NotBlank String number, @NotBlank String queryCode, long fileId) {
        DisclosureRequest r = byCode(number, queryCode);
        if (!r.deliversFilesOnline()) throw new NotFoundException(SystemText.of("request.noOnlineFiles"));
        return fileOf(r, fileId);
    }

    private StoredFile fileOf(DisclosureRequest r, long fileId) {
        if (!r.getReplyFileIds().contains(fileId)) throw new NotFoundException(SystemText.of("request.noSuchReplyFile"));
        return files.file(fileId).orElseThrow(() -> new NotFoundException(SystemText.of("request.noSuchReplyFile")));
    }

    private List<ReplyFile> replyFiles(DisclosureRequest r) {
        return r.getReplyFileIds().stream().map(files::file).flatMap(java.util.Optional::stream)
                .map(f -> new ReplyFile(f.getId(), f.getFileName(), f.getSizeBytes())).toList();
    }

    /** The reply as the audit trail keeps it: the outcome, lateness, the withheld part and its grounds. */
    private static String replySummary(DisclosureRequest r) {
        StringBuilder b = new StringBuilder(r.getOutcome().fullLabel());
        if (r.isRepliedLate()) b.append("（超过答复期限 ").append(r.getReplyDue()).append("）");
        if (r.getWithheld() != null) {
            b.append("；不予公开部分：").append(r.getWithheld()).append("（")
                    .append(r.getWithheldGrounds().stream().map(WithholdingGround::label).collect(Collectors.joining("、"))).append("）");
        }
        return b.append("；").append(r.getReply()).toString();
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
            perform(r, RequestAction.REPLY, RequestTransitions.Caller.system(AuditLog.SYSTEM), "DISCLOSURE_LAPSED", (x, today) -> {
                x.reply(lapse.get(), text, x.getDeliveryWay(), asOf, AuditLog.SYSTEM, calendar);
                return Logged.after(lapse.get().label() + "：" + text);
            }, asOf);
            closed++;
        }
        return closed;
    }

    /** What a step of the workflow leaves in the audit trail. */
    private record Logged(String before, String after) {
        static Logged after(String after) {
            return new Logged(null, after);
        }
    }

    /** A step of the workflow: changes the request (on {@code today}) and says what it did. */
    @FunctionalInterface
    private interface Step {
        Logged apply(DisclosureRequest r, LocalDate today);
    }

    /**
     * The one sequence of every editor's action: load the request the editor may see, refuse a
     * stale version (null: the action is versioned on another record), then {@link #perform}.
     */
    private DisclosureRequest run(String number, Integer version, RequestAction action, Step step) {
        DisclosureRequest r = get(number);
        if (version != null && r.getVersion() != version) throw new ConflictException(SystemText.of("request.changedByOthers"));
        return perform(r, action, caller(), action.auditCode(), step, LocalDate.now(clock));
    }

    /**
     * Check the transition table for this caller, act (the domain's refusals become a conflict or
     * bad input), and record it in the audit trail under the caller's name.
     */
    private DisclosureRequest perform(DisclosureRequest r, RequestAction action, RequestTransitions.Caller caller, String auditCode,
            Step step, LocalDate today) {
        RequestTransitions.check(r, action, caller, situation(r, today)).orThrow();
        Logged logged = domain(() -> step.apply(r, today));
        audit.recordAs(caller.username(), auditCode, AUDIT_TYPE, r.getNumber(), logged.before(), logged.after());
        return r;
    }

    private RequestTransitions.Caller caller() {
        boolean editor = currentUser.isCallerIn(Role.DISCLOSURE_EDITOR);
        Department own = editor ? currentUser.department() : null;
        return new RequestTransitions.Caller(currentUser.username(), editor, own == null ? null : own.getId());
    }

    private RequestTransitions.Situation situation(DisclosureRequest r) {
        return situation(r, LocalDate.now(clock));
    }

    private RequestTransitions.Situation situation(DisclosureRequest r, LocalDate today) {
        long pending = em.createQuery("select count(m) from DisclosureRemedy m where m.requestId = :id and m.outcome = :pending",
                Long.class).setParameter("id", r.getId()).setParameter("pending", RemedyOutcome.PENDING).getSingleResult();
        return new RequestTransitions.Situation(today, pending);
    }

    private static LocalDate notAfterToday(LocalDate day, LocalDate today, String field, SystemText message) {
        LocalDate d = day == null ? today : day;
        if (d.isAfter(today)) throw new InvalidInputException(field, message);
        return d;
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
            throw new ConflictException(words(e));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(words(e));
        }
    }

    /** A domain refusal's words ({@link org.yangguang.shared.Refusal}), or its message as it is. */
    private static SystemText words(RuntimeException e) {
        return org.yangguang.shared.Refusal.words(e);
    }

    private static RequestRow row(DisclosureRequest r, String departmentName, LocalDate today) {
        return new RequestRow(r.getId(), r.getVersion(), r.getNumber(), departmentName, r.getApplicantType(),
                r.getApplicantName(), r.getChannel(), r.getDescription(), r.getStatus(), r.getReceivedOn(), r.getDueOn(),
                r.getReplyDue(), r.getOutcome(), r.getRepliedOn(), r.isOverdue(today), r.isRepliedLate());
    }
}

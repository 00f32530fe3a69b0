package org.yangguang.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.FeeItem;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.Material;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.ProcessStep;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.organization.Department;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;

/**
 * A case (办件): one application handled by a department inside the statutory and promised
 * limits of its matter. Every change of state is a verb here; the service adds the actor, the
 * timeline and the transaction. Deadlines are recomputed from their inputs (acceptance date,
 * limits, extension, special procedures) on the calendar in force, whenever one of them changes.
 */
@Entity
@Table(name = "approval_case")
@NamedQuery(name = "ApprovalCase.findByReceiptNumber",
        query = "select c from ApprovalCase c where c.receiptNumber = :receiptNumber")
public class ApprovalCase extends BaseEntity {
    /** 行政许可法 第三十二条: a correction notice within 5 days (working days, 第八十二条). */
    public static final int CORRECTION_NOTICE_DAYS = 5;
    /** 行政许可法 第四十四条: certificate delivered within 10 working days of the decision. */
    public static final int DELIVERY_DAYS = 10;

    @Column(name = "receipt_number", nullable = false, unique = true, updatable = false, length = 30)
    private String receiptNumber;

    @Column(name = "query_code", nullable = false, updatable = false, length = 8)
    private String queryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    /** The version of the matter in force at receipt: its rules apply to this case. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_version_id", nullable = false, updatable = false)
    private MatterVersion matterVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Department department;

    @Column(name = "matter_name", nullable = false, length = 200, updatable = false)
    private String matterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_kind", nullable = false, length = 12, updatable = false)
    private HandlingKind handlingKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10, updatable = false)
    private ReceiptChannel channel;

    @Embedded
    private Applicant applicant;

    @Column(name = "agent_name", length = 60)
    private String agentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_by", nullable = false, length = 40, updatable = false)
    private String receivedBy;

    @Column(name = "correction_notices", nullable = false)
    private int correctionNotices;

    @Column(name = "correction_requested_on")
    private LocalDate correctionRequestedOn;

    @Column(name = "missing_materials", length = 2000)
    private String missingMaterials;

    @Column(name = "supplemented_on")
    private LocalDate supplementedOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    // --- limits as the matter set them at receipt, and the extension ---
    @Column(name = "statutory_value", nullable = false, updatable = false)
    private int statutoryValue;

    @Column(name = "statutory_unit", nullable = false, length = 16, updatable = false)
    @Enumerated(EnumType.STRING)
    private org.yangguang.calendar.DayUnit statutoryUnit;

    @Column(name = "promised_value", nullable = false, updatable = false)
    private int promisedValue;

    @Column(name = "promised_unit", nullable = false, length = 16, updatable = false)
    @Enumerated(EnumType.STRING)
    private org.yangguang.calendar.DayUnit promisedUnit;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    /** The extension the matter allowed at receipt (延期上限). */
    @Column(name = "max_extension_days", nullable = false, updatable = false)
    private int maxExtensionDays;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Column(name = "extension_approver", length = 40)
    private String extensionApprover;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    // --- deadlines (derived; recomputed on every change of their inputs or of the calendar) ---
    @Column(name = "correction_deadline", nullable = false)
    private LocalDate correctionDeadline;

    @Column(name = "promised_deadline")
    private LocalDate promisedDeadline;

    @Column(name = "statutory_deadline")
    private LocalDate statutoryDeadline;

    @Column(name = "delivery_deadline")
    private LocalDate deliveryDeadline;

    @Column(name = "calendar_version", nullable = false)
    private long calendarVersion;

    @Column(name = "deadline_warning", length = 200)
    private String deadlineWarning;

    // --- escalation (上报件) ---
    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "upper_reply", length = 1000)
    private String upperReply;

    @Column(name = "upper_replied_on")
    private LocalDate upperRepliedOn;

    // --- decision and delivery ---
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 10)
    private Decision decision;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", length = 15)
    private DeliveryMethod deliveryMethod;

    @Column(name = "tracking_number", length = 40)
    private String trackingNumber;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    /** Working days from acceptance to the decision, special procedures not counted. */
    @Column(name = "working_days_used")
    private Integer workingDaysUsed;

    // --- what electronic supervision reads in one pass over the table (kept on every change) ---
    @Column(name = "handler", length = 40)
    private String handler;

    @Column(name = "step_name", length = 60)
    private String stepName;

    @Column(name = "step_deadline")
    private LocalDate stepDeadline;

    @Column(name = "stop_type", length = 20)
    private String stopType;

    @Column(name = "stop_started_on")
    private LocalDate stopStartedOn;

    @Column(name = "stop_planned_end")
    private LocalDate stopPlannedEnd;

    /**
     * The highest level of the case's findings that stand (0 none, 1 warning, 2 yellow, 3 red).
     * Written only by supervision, in SQL: never by this entity, so a case action cannot
     * overwrite what the nightly evaluation set meanwhile.
     */
    @Column(name = "supervision_level", insertable = false, updatable = false)
    private int supervisionLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_material", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseMaterial> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseStep> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_stop", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseStop> stops = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_fee", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseFee> fees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_violation", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseViolation> violations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_joint_part", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<JointPart> jointParts = new ArrayList<>();

    protected ApprovalCase() {}

    /** Receipt (收件): the checklist comes from the matter version in force. */
    public ApprovalCase(String receiptNumber, String queryCode, MatterVersion version, ReceiptChannel channel,
            Applicant applicant, String agentName, List<String> receivedMaterials, Instant at, LocalDate on,
            String by, WorkingCalendar calendar) {
        this.receiptNumber = Objects.requireNonNull(receiptNumber);
        this.queryCode = Objects.requireNonNull(queryCode);
        this.matterVersion = version;
        this.matter = version.getMatter();
        this.department = matter.getDepartment();
        this.matterName = version.getName();
        this.handlingKind = version.getHandlingKind();
        this.channel = channel;
        this.applicant = applicant;
        this.agentName = agentName;
        this.status = CaseStatus.RECEIVED;
        this.receivedAt = at;
        this.receivedOn = on;
        this.receivedBy = by;
        this.statutoryValue = version.getStatutoryLimit().getValue();
        this.statutoryUnit = version.getStatutoryLimit().getUnit();
        this.promisedValue = version.getPromisedLimit().getValue();
        this.promisedUnit = version.getPromisedLimit().getUnit();
        this.maxExtensionDays = version.maxExtensionDays();
        for (Material m : version.getMaterials()) {
            CaseMaterial cm = new CaseMaterial(m.getName(), m.isMandatory());
            if (receivedMaterials.contains(m.getName())) cm.markReceived(null);
            materials.add(cm);
        }
        for (ProcessStep s : version.getSteps()) {
            steps.add(new CaseStep(s.getName(), s.getOffice(), s.getLimitDays()));
        }
        recomputeDeadlines(calendar);
    }

    // ---------------------------------------------------------------- acceptance check

    /** The required materials not (yet) received. */
    public List<String> missingMaterials() {
        return materials.stream().filter(CaseMaterial::isMissing).map(CaseMaterial::getName).toList();
    }

    /**
     * One-time correction notice (一次性告知): lists everything missing. A second or late notice is
     * allowed but recorded as a violation.
     */
    public void requestCorrection(List<String> missing, LocalDate today, WorkingCalendar calendar) {
        requireStatus("告知补正", CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION);
        List<String> list = missing == null || missing.isEmpty() ? missingMaterials() : missing;
        if (list.isEmpty()) {
            throw new InvalidInputException("没有缺少的材料，无需补正");
        }
        correctionNotices++;
        if (correctionNotices > 1) {
            violation(ViolationKind.SECOND_CORRECTION_NOTICE, today, "第" + correctionNotices + "次补正告知");
        }
        if (today.isAfter(correctionDeadline)) {
            violation(ViolationKind.LATE_CORRECTION_NOTICE, today, "收件日" + receivedOn + "，告知期限" + correctionDeadline);
        }
        correctionRequestedOn = today;
        missingMaterials = String.join("\n", list);
        status = CaseStatus.AWAITING_CORRECTION;
    }

    /** The applicant hands in what was missing; the case is checked again. */
    public void supplement(List<String> supplied, LocalDate today) {
        requireStatus("补正材料", CaseStatus.AWAITING_CORRECTION);
        for (CaseMaterial m : materials) {
            if (supplied == null || supplied.isEmpty() || supplied.contains(m.getName())) m.markReceived(null);
        }
        supplementedOn = today;
        status = CaseStatus.RECEIVED;
    }

    /** The clerk ticks the checklist (e.g. for an online application): these materials are at hand. */
    public void checkMaterials(List<String> received) {
        requireStatus("核对材料", CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION);
        for (String name : received) markMaterialReceived(name, null);
    }

    public void markMaterialReceived(String name, Long fileId) {
        materials.stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("本事项没有这项材料：" + name))
                .markReceived(fileId);
    }

    /**
     * 受理. If no correction notice was given within 5 working days of receipt, the case counts
     * as accepted on the day the material was received (行政许可法 第三十二条).
     */
    public void accept(LocalDate today, String by, WorkingCalendar calendar) {
        requireStatus("受理", CaseStatus.RECEIVED);
        if (isOverdueForNotice(today)) {
            // the law already counts it as accepted on receipt, complete or not
            deemAccepted(today, calendar);
        } else {
            if (!missingMaterials().isEmpty()) {
                throw new ConflictException("材料不齐全，请先一次性告知补正：" + String.join("、", missingMaterials()));
            }
            acceptedOn = today;
            status = CaseStatus.IN_PROGRESS;
        }
        startHandling(today, by, "予以受理");
        recomputeDeadlines(calendar);
    }

    /** Starts the first open step; the reception step (受理) is done by accepting. */
    private void startHandling(LocalDate today, String by, String receptionOpinion) {
        steps.stream().filter(s -> !s.isDone() && s.getStartedOn() == null).findFirst().ifPresent(s -> s.start(acceptedOn, by));
        CaseStep first = steps.isEmpty() ? null : steps.get(0);
        if (first != null && first.getName().contains("受理") && !first.isDone()) {
            first.complete(today, by, receptionOpinion);
            steps.stream().filter(s -> !s.isDone() && s.getStartedOn() == null).findFirst().ifPresent(s -> s.start(today, null));
        }
    }

    /** No correction notice and the 5 working days are over: the law deems the case accepted. */
    public boolean isOverdueForNotice(LocalDate today) {
        return status == CaseStatus.RECEIVED && correctionNotices == 0 && today.isAfter(correctionDeadline);
    }

    /**
     * 行政许可法 第三十二条: without a correction notice within 5 working days the case counts as
     * accepted on the day the material was received — whether the clerk accepts late or nobody acts
     * (the nightly deemed-acceptance job). The limits run from receipt; the lapse is recorded.
     */
    private void deemAccepted(LocalDate today, WorkingCalendar calendar) {
        if (!isOverdueForNotice(today)) {
            throw new ConflictException("补正告知期限未过，不能视为受理");
        }
        acceptedOn = receivedOn;
        violation(ViolationKind.DEEMED_ACCEPTED, today, "收件" + receivedOn + "后5个工作日内（至" + correctionDeadline
                + "）未告知补正");
        status = CaseStatus.IN_PROGRESS;
        recomputeDeadlines(calendar);
    }

    /** The nightly job's deemed acceptance: nobody acted, the law did. */
    public void deemAcceptedByLaw(LocalDate today, WorkingCalendar calendar) {
        deemAccepted(today, calendar);
        startHandling(today, "system", "逾期未告知补正，视为受理");
        recomputeDeadlines(calendar);
    }

    /** 不予受理, always with the reason (and where to apply, if elsewhere). */
    public void refuse(String reason, LocalDate today) {
        requireStatus("不予受理", CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("不予受理必须说明理由");
        }
        refusalReason = reason.trim();
        refusedOn = today;
        status = CaseStatus.REFUSED;
    }

    // ---------------------------------------------------------------- handling

    public Optional<CaseStep> currentStep() {
        return steps.stream().filter(CaseStep::isActive).findFirst();
    }

    public void completeStep(String opinion, LocalDate today, String by, WorkingCalendar calendar) {
        completeStep(opinion, null, today, by, calendar);
    }

    /** Completes the current step and starts the next, assigned to {@code nextHandler} if given. */
    public void completeStep(String opinion, String nextHandler, LocalDate today, String by, WorkingCalendar calendar) {
        requireStatus("完成环节", CaseStatus.IN_PROGRESS);
        requireClockRunning("完成环节");
        CaseStep step = currentStep().orElseThrow(() -> new ConflictException("没有待办理的环节，请作出决定"));
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInputException("请填写环节意见");
        }
        step.complete(today, by, opinion.trim());
        steps.stream().filter(s -> !s.isDone() && s.getStartedOn() == null).findFirst()
                .ifPresent(s -> s.start(today, nextHandler == null || nextHandler.isBlank() ? null : nextHandler.trim()));
        recomputeDeadlines(calendar);
    }

    public void startSpecialProcedure(SpecialProcedureType type, String reason, int expectedDays, LocalDate today,
            WorkingCalendar calendar) {
        requireStatus("启动特别程序", CaseStatus.IN_PROGRESS);
        requireClockRunning("启动特别程序");
        if (type == null || reason == null || reason.isBlank()) {
            throw new InvalidInputException("请选择特别程序并说明理由");
        }
        if (expectedDays < 1 || expectedDays > 366) {
            throw new InvalidInputException("预计所需时间须为1到366天");
        }
        stops.add(new CaseStop(type, reason.trim(), expectedDays, today));
        recomputeDeadlines(calendar);
    }

    public void endSpecialProcedure(String result, LocalDate today, WorkingCalendar calendar) {
        CaseStop open = openStop().orElseThrow(() -> new ConflictException("没有进行中的特别程序"));
        if (result == null || result.isBlank()) {
            throw new InvalidInputException("请填写特别程序结果");
        }
        open.end(today, result.trim());
        recomputeDeadlines(calendar);
    }

    /** 延期: once per case, by at most the law's extension, with the approver recorded. */
    public void extend(int days, String reason, String approver, LocalDate today, WorkingCalendar calendar) {
        requireStatus("延期", CaseStatus.IN_PROGRESS, CaseStatus.REPORTED);
        if (extensionDays > 0) {
            throw new ConflictException("本件已延期一次，不能再次延期");
        }
        int max = maxExtensionDays();
        if (days < 1 || days > max) {
            throw new InvalidInputException("延期天数须为1到" + max + "个工作日");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("延期必须说明理由并告知申请人");
        }
        extensionDays = days;
        extensionReason = reason.trim();
        extensionApprover = approver;
        extendedOn = today;
        recomputeDeadlines(calendar);
    }

    /** As the matter set it at receipt; by law 10 working days, 15 for joint handling, unless the matter says otherwise. */
    public int maxExtensionDays() {
        return maxExtensionDays;
    }

    /** 上报件: after the preliminary review the case goes to the upper level. */
    public void report(String opinion, LocalDate today, String by, WorkingCalendar calendar) {
        requireStatus("上报", CaseStatus.IN_PROGRESS);
        requireClockRunning("上报");
        if (handlingKind != HandlingKind.ESCALATED) {
            throw new ConflictException("只有上报件需要上报");
        }
        currentStep().ifPresent(s -> s.complete(today, by, opinion == null ? "初审完毕，上报" : opinion));
        reportedOn = today;
        status = CaseStatus.REPORTED;
        recomputeDeadlines(calendar);
    }

    public void recordUpperReply(String reply, LocalDate today, WorkingCalendar calendar) {
        requireStatus("登记上级答复", CaseStatus.REPORTED);
        if (reply == null || reply.isBlank()) {
            throw new InvalidInputException("请填写上级答复");
        }
        upperReply = reply.trim();
        upperRepliedOn = today;
        status = CaseStatus.IN_PROGRESS;
        steps.stream().filter(s -> !s.isDone() && s.getStartedOn() == null).findFirst().ifPresent(s -> s.start(today, null));
        recomputeDeadlines(calendar);
    }

    /**
     * The single fee bill (一单式收费): the matter's fee items at the amounts charged. Above the
     * published standard only with a reason, and that is a supervision finding.
     */
    public void charge(List<BigDecimal> amounts, String overrideReason, LocalDate today) {
        requireStatus("收费", CaseStatus.IN_PROGRESS, CaseStatus.DECIDED);
        List<FeeItem> items = matterVersion.getFees();
        if (amounts.size() != items.size()) {
            throw new InvalidInputException("收费项目数应为" + items.size());
        }
        List<CaseFee> bill = new ArrayList<>();
        boolean above = false;
        for (int i = 0; i < items.size(); i++) {
            BigDecimal charged = amounts.get(i);
            if (charged == null || charged.signum() < 0) throw new InvalidInputException("收费金额不能为负数");
            FeeItem item = items.get(i);
            if (charged.compareTo(item.getAmount()) > 0) above = true;
            if (charged.compareTo(item.getAmount()) < 0 && !item.isReducible()) {
                throw new InvalidInputException("“" + item.getName() + "”不可减免，应按公布标准" + item.getAmount() + "元收取");
            }
            bill.add(new CaseFee(item.getName(), item.getAmount(), charged.setScale(2, java.math.RoundingMode.HALF_UP),
                    charged.compareTo(item.getAmount()) > 0 ? overrideReason : null));
        }
        if (above && (overrideReason == null || overrideReason.isBlank())) {
            throw new InvalidInputException("收费高于公布标准，须说明理由（将作为监察事项记录）");
        }
        fees.clear();
        fees.addAll(bill);
        if (above) {
            violation(ViolationKind.FEE_ABOVE_STANDARD, today, "收费" + totalFee() + "元，高于公布标准");
        }
    }

    public BigDecimal totalFee() {
        return fees.stream().map(CaseFee::getChargedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 决定: approve, or deny with the reason. Completes the last pending step. */
    public void decide(Decision outcome, String reason, LocalDate today, String by, WorkingCalendar calendar) {
        requireStatus("作出决定", CaseStatus.IN_PROGRESS);
        requireClockRunning("作出决定");
        if (outcome == null) throw new InvalidInputException("请选择决定结果");
        if (outcome == Decision.DENIED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("不予许可必须说明理由");
        }
        if (handlingKind == HandlingKind.JOINT && jointParts.isEmpty()) {
            throw new ConflictException("联办件须先分派联办部门，并待其办结后再作出决定");
        }
        long openParts = jointParts.stream().filter(p -> !p.isDone()).count();
        if (openParts > 0) {
            throw new ConflictException("还有" + openParts + "个联办部门未办结，不能作出决定");
        }
        long pending = steps.stream().filter(s -> !s.isDone()).count();
        if (pending > 1) {
            throw new ConflictException("还有" + (pending - 1) + "个环节未完成，不能作出决定");
        }
        currentStep().ifPresent(s -> s.complete(today, by, outcome.label() + (reason == null ? "" : "：" + reason)));
        decision = outcome;
        decisionReason = reason;
        decidedOn = today;
        decidedBy = by;
        status = CaseStatus.DECIDED;
        workingDaysUsed = DeadlineCalculator.workingDaysUsed(calendar, acceptedOn == null ? receivedOn : acceptedOn,
                today, clockStops());
        recomputeDeadlines(calendar);
    }

    /** 送达: the case is concluded. */
    public void deliver(DeliveryMethod method, String tracking, LocalDate today) {
        requireStatus("送达", CaseStatus.DECIDED);
        if (method == null) throw new InvalidInputException("请选择送达方式");
        if (method == DeliveryMethod.POST && (tracking == null || tracking.isBlank())) {
            throw new InvalidInputException("邮寄送达须填写快递单号");
        }
        deliveryMethod = method;
        trackingNumber = tracking;
        deliveredOn = today;
        status = CaseStatus.DELIVERED;
        if (handlingKind == HandlingKind.IMMEDIATE) {
            // 即办件: concluded on the day the complete application was accepted (one finding, not two)
            if (!today.equals(acceptedOn)) {
                violation(ViolationKind.IMMEDIATE_NOT_SAME_DAY, today, "受理" + acceptedOn + "，办结" + today);
            }
        } else if (deliveryDeadline != null && today.isAfter(deliveryDeadline)) {
            violation(ViolationKind.LATE_DELIVERY, today, "送达期限" + deliveryDeadline);
        }
    }

    // ---------------------------------------------------------------- joint handling (联办件)

    /**
     * The lead department hands parts of a joint case to co-handling departments, each with its
     * own limit in working days; they work in parallel.
     */
    public void assignJointPart(Department coDepartment, int limitDays, LocalDate today, WorkingCalendar calendar) {
        requireStatus("分派联办", CaseStatus.IN_PROGRESS);
        if (handlingKind != HandlingKind.JOINT) {
            throw new ConflictException("只有联办件可以分派联办部门");
        }
        if (coDepartment.equals(department)) {
            throw new InvalidInputException("联办部门不能是牵头部门本身");
        }
        if (jointParts.stream().anyMatch(p -> p.getDepartmentCode().equals(coDepartment.getCode()))) {
            throw new ConflictException(coDepartment.getName() + "已在联办部门中");
        }
        if (limitDays < 1 || limitDays > statutoryValue) {
            throw new InvalidInputException("联办时限须为1到" + statutoryValue + "个工作日");
        }
        jointParts.add(new JointPart(coDepartment.getCode(), coDepartment.getName(), limitDays, today));
        recomputeDeadlines(calendar);
    }

    public void completeJointPart(String departmentCode, String opinion, LocalDate today, String by) {
        requireStatus("完成联办", CaseStatus.IN_PROGRESS);
        JointPart part = jointParts.stream().filter(p -> p.getDepartmentCode().equals(departmentCode) && !p.isDone())
                .findFirst().orElseThrow(() -> new ConflictException("本部门没有待办的联办事项"));
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInputException("请填写联办意见");
        }
        part.complete(today, by, opinion.trim());
    }

    public boolean isJointPartner(Department d) {
        return jointParts.stream().anyMatch(p -> p.getDepartmentCode().equals(d.getCode()));
    }

    public List<JointPart> getJointParts() {
        return List.copyOf(jointParts);
    }

    // ---------------------------------------------------------------- the clock

    public Optional<CaseStop> openStop() {
        return stops.stream().filter(CaseStop::isOpen).findFirst();
    }

    private void requireClockRunning(String action) {
        if (openStop().isPresent()) {
            throw new ConflictException("特别程序进行中，计时已暂停，请先结束特别程序再" + action);
        }
    }

    public List<ClockStop> clockStops() {
        return stops.stream().map(CaseStop::toClockStop).toList();
    }

    /** The promised limit plus any extension (the extension adds working days on top). */
    public Deadline promisedDeadline(WorkingCalendar calendar) {
        return limitDeadline(calendar, new TimeLimit(promisedValue, promisedUnit));
    }

    public Deadline statutoryDeadline(WorkingCalendar calendar) {
        return limitDeadline(calendar, new TimeLimit(statutoryValue, statutoryUnit));
    }

    private Deadline limitDeadline(WorkingCalendar calendar, TimeLimit limit) {
        LocalDate start = acceptedOn == null ? receivedOn : acceptedOn;
        Deadline base = DeadlineCalculator.deadline(calendar, start, limit, clockStops());
        if (extensionDays == 0 || base.isSuspended()) return base;
        Deadline extended = DeadlineCalculator.deadline(calendar, base.date(), TimeLimit.workingDays(extensionDays), clockStops());
        List<Deadline.SkippedDay> skipped = new ArrayList<>(base.skipped());
        skipped.addAll(extended.skipped());
        List<String> warnings = new ArrayList<>(base.warnings());
        extended.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return new Deadline(start, limit, extended.date(), calendar.version(), skipped,
                base.weekendDaysSkipped() + extended.weekendDaysSkipped(), warnings);
    }

    /**
     * Recomputes every deadline on this calendar. Returns true if any date moved (a calendar change
     * logs those). Deadlines before acceptance are not set, except the correction-notice deadline.
     */
    /** Whether the dates would change on this calendar (nothing is modified). */
    public boolean deadlinesWouldMove(WorkingCalendar calendar) {
        LocalDate correction = DeadlineCalculator.deadline(calendar, receivedOn,
                TimeLimit.workingDays(CORRECTION_NOTICE_DAYS), List.of()).date();
        if (!Objects.equals(correction, correctionDeadline)) return true;
        if (acceptedOn != null && (!Objects.equals(promisedDeadline(calendar).date(), promisedDeadline)
                || !Objects.equals(statutoryDeadline(calendar).date(), statutoryDeadline))) {
            return true;
        }
        if (decidedOn != null) {
            int days = handlingKind == HandlingKind.IMMEDIATE ? 0 : DELIVERY_DAYS;
            return !Objects.equals(DeadlineCalculator.deadline(calendar, decidedOn, TimeLimit.workingDays(days), List.of()).date(),
                    deliveryDeadline);
        }
        return false;
    }

    public boolean recomputeDeadlines(WorkingCalendar calendar) {
        LocalDate oldPromised = promisedDeadline;
        LocalDate oldStatutory = statutoryDeadline;
        LocalDate oldCorrection = correctionDeadline;
        LocalDate oldDelivery = deliveryDeadline;
        correctionDeadline = DeadlineCalculator.deadline(calendar, receivedOn,
                TimeLimit.workingDays(CORRECTION_NOTICE_DAYS), List.of()).date();
        List<String> warnings = new ArrayList<>();
        if (acceptedOn != null) {
            Deadline promised = promisedDeadline(calendar);
            Deadline statutory = statutoryDeadline(calendar);
            promisedDeadline = promised.date();
            statutoryDeadline = statutory.date();
            warnings.addAll(statutory.warnings());
            LocalDate stepStart = acceptedOn;
            for (CaseStep s : steps) {
                if (s.getStartedOn() != null) stepStart = s.getStartedOn();
                if (s.getStartedOn() == null && !s.isDone()) {
                    s.setDeadline(null);
                    continue;
                }
                Deadline d = DeadlineCalculator.deadline(calendar, stepStart, TimeLimit.workingDays(s.getLimitDays()), clockStops());
                s.setDeadline(d.date());
            }
        }
        for (JointPart p : jointParts) {
            p.setDeadline(DeadlineCalculator.deadline(calendar, p.getAssignedOn(), TimeLimit.workingDays(p.getLimitDays()),
                    clockStops()).date());
        }
        if (decidedOn != null) {
            // 即办件 are handed over on the spot; others within 10 working days (行政许可法 第四十四条)
            int days = handlingKind == HandlingKind.IMMEDIATE ? 0 : DELIVERY_DAYS;
            Deadline delivery = DeadlineCalculator.deadline(calendar, decidedOn, TimeLimit.workingDays(days), List.of());
            deliveryDeadline = delivery.date();
            delivery.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        }
        calendarVersion = calendar.version();
        deadlineWarning = warnings.isEmpty() ? null : String.join("；", warnings);
        refreshWatchedColumns();
        return !Objects.equals(oldPromised, promisedDeadline) || !Objects.equals(oldStatutory, statutoryDeadline)
                || !Objects.equals(oldCorrection, correctionDeadline) || !Objects.equals(oldDelivery, deliveryDeadline);
    }

    /**
     * The active step, the open special procedure and the handler, copied to plain columns so
     * that the nightly evaluation reads every open case in one scan of this table.
     */
    private void refreshWatchedColumns() {
        Optional<CaseStep> step = currentStep();
        stepName = step.map(CaseStep::getName).orElse(null);
        stepDeadline = step.map(CaseStep::getDeadline).orElse(null);
        Optional<CaseStop> stop = openStop();
        stopType = stop.map(s -> s.getType().name()).orElse(null);
        stopStartedOn = stop.map(CaseStop::getStartedOn).orElse(null);
        stopPlannedEnd = stop.map(CaseStop::getPlannedEnd).orElse(null);
        handler = step.map(CaseStep::getAssignee).filter(a -> a != null && !a.isBlank())
                .orElse("online".equals(receivedBy) ? null : receivedBy);
    }

    /** Working days left until the promised deadline (negative: overdue); null if none runs. */
    public Integer remainingWorkingDays(WorkingCalendar calendar, LocalDate today) {
        LocalDate due = runningDeadline();
        return due == null ? null : DeadlineCalculator.workingDaysBetween(calendar, today, due);
    }

    /** The deadline the remaining days count to: delivery once decided, else the promised one. */
    public LocalDate runningDeadline() {
        return runningDeadline(status, acceptedOn, promisedDeadline, deliveryDeadline, openStop().isPresent());
    }

    /** The same for a row read as a projection (lists that do not load whole cases). */
    public static LocalDate runningDeadline(CaseStatus status, LocalDate acceptedOn, LocalDate promised,
            LocalDate delivery, boolean stopped) {
        if (stopped) return null;
        return status == CaseStatus.DECIDED ? delivery : status.isOpen() && acceptedOn != null ? promised : null;
    }

    public Urgency urgency(WorkingCalendar calendar, LocalDate today) {
        return Urgency.of(runningDeadline(), calendar, today);
    }

    private void violation(ViolationKind kind, LocalDate on, String description) {
        violations.add(new CaseViolation(kind, on, description));
    }

    private void requireStatus(String action, CaseStatus... allowed) {
        for (CaseStatus s : allowed) {
            if (status == s) return;
        }
        throw new ConflictException("办件当前状态为“" + status.label() + "”，不能" + action);
    }

    public boolean isOfDepartment(Department d) {
        return department.equals(d);
    }

    // ---------------------------------------------------------------- getters

    public String getReceiptNumber() { return receiptNumber; }
    public String getQueryCode() { return queryCode; }
    public Matter getMatter() { return matter; }
    public MatterVersion getMatterVersion() { return matterVersion; }
    public Department getDepartment() { return department; }
    public String getMatterName() { return matterName; }
    public HandlingKind getHandlingKind() { return handlingKind; }
    public ReceiptChannel getChannel() { return channel; }
    public Applicant getApplicant() { return applicant; }
    public String getAgentName() { return agentName; }
    public CaseStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public int getCorrectionNotices() { return correctionNotices; }
    public LocalDate getCorrectionRequestedOn() { return correctionRequestedOn; }
    public List<String> getMissingMaterialsNotified() { return missingMaterials == null ? List.of() : List.of(missingMaterials.split("\n")); }
    public LocalDate getSupplementedOn() { return supplementedOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getRefusedOn() { return refusedOn; }
    public String getRefusalReason() { return refusalReason; }
    public TimeLimit getStatutoryLimit() { return new TimeLimit(statutoryValue, statutoryUnit); }
    public TimeLimit getPromisedLimit() { return new TimeLimit(promisedValue, promisedUnit); }
    public int getExtensionDays() { return extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public String getExtensionApprover() { return extensionApprover; }
    public LocalDate getExtendedOn() { return extendedOn; }
    public LocalDate getCorrectionDeadline() { return correctionDeadline; }
    public LocalDate getPromisedDeadline() { return promisedDeadline; }
    public LocalDate getStatutoryDeadline() { return statutoryDeadline; }
    public LocalDate getDeliveryDeadline() { return deliveryDeadline; }
    public long getCalendarVersion() { return calendarVersion; }
    public String getDeadlineWarning() { return deadlineWarning; }
    public LocalDate getReportedOn() { return reportedOn; }
    public String getUpperReply() { return upperReply; }
    public LocalDate getUpperRepliedOn() { return upperRepliedOn; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public String getTrackingNumber() { return trackingNumber; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public Integer getWorkingDaysUsed() { return workingDaysUsed; }
    public String getHandler() { return handler; }
    public String getStepName() { return stepName; }
    public LocalDate getStepDeadline() { return stepDeadline; }
    public LocalDate getStopPlannedEnd() { return stopPlannedEnd; }
    public int getSupervisionLevel() { return supervisionLevel; }
    public List<CaseMaterial> getMaterials() { return List.copyOf(materials); }
    public List<CaseStep> getSteps() { return List.copyOf(steps); }
    public List<CaseStop> getStops() { return List.copyOf(stops); }
    public List<CaseFee> getFees() { return List.copyOf(fees); }
    public List<CaseViolation> getViolations() { return List.copyOf(violations); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApprovalCase c && receiptNumber.equals(c.getReceiptNumber());
    }

    @Override
    public int hashCode() {
        return receiptNumber.hashCode();
    }
}

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.organization.Department;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.SystemText;

/**
 * A case (办件): one application handled by a department inside the statutory and promised
 * limits of its matter. Every change of state is a verb here, allowed by {@link CaseTransitions};
 * each rule set lives in its own part: the acceptance check, the clock and deadlines, the
 * extension, the escalation, the fee bill, joint handling and the conclusion. Documents issued
 * to the applicant are records of their own ({@code CaseDocument}). Deadlines are recomputed
 * whenever one of their inputs or the calendar changes.
 */
@Entity
@Table(name = "approval_case")
@NamedQuery(name = "ApprovalCase.findByReceiptNumber",
        query = "select c from ApprovalCase c where c.receiptNumber = :receiptNumber")
// The whole case in three statements instead of eight (the row, then one per lazy collection).
// Each fetches collections whose product stays small; all are indexed lists or a map, so a
// product row puts an element at its index again and never duplicates it.
@NamedQuery(name = "ApprovalCase.wholeByReceiptNumber",
        query = "select c from ApprovalCase c left join fetch c.process.steps left join fetch c.queue"
                + " where c.receiptNumber = :receiptNumber")
@NamedQuery(name = "ApprovalCase.fetchMaterials",
        query = "select c from ApprovalCase c left join fetch c.check.materials where c = :c")
@NamedQuery(name = "ApprovalCase.fetchTheRest",
        query = "select c from ApprovalCase c left join fetch c.violations left join fetch c.clock.stops"
                + " left join fetch c.feeBill.fees left join fetch c.joint.parts where c = :c")
public class ApprovalCase extends BaseEntity {

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
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Embedded
    private Receipt receipt;

    @Embedded
    private AcceptanceCheck check;

    @Embedded
    private CaseClock clock;

    @Embedded
    private Extension extension;

    /** Null until reported (an embeddable whose columns are all null loads as null). */
    @Embedded
    private Escalation escalation;

    @Embedded
    private FeeBill feeBill;

    @Embedded
    private JointHandling joint;

    /** Null until decided. */
    @Embedded
    private Conclusion conclusion;

    @Embedded
    private CaseProcess process;

    /**
     * The highest level of the case's findings that stand (0 none, 1 warning, 2 yellow, 3 red).
     * Written only by supervision, in SQL: never by this entity, so a case action cannot
     * overwrite what the nightly evaluation set meanwhile.
     */
    @Column(name = "supervision_level", insertable = false, updatable = false)
    private int supervisionLevel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_violation", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseViolation> violations = new ArrayList<>();

    /** The workbenches that list the case: its own department's and each joint partner's. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_queue", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "department_code", length = 12)
    private Map<String, QueueSlot> queue = new HashMap<>();

    protected ApprovalCase() {}

    /** Receipt (收件): the checklist, limits and steps come from the matter version in force. */
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
        this.status = CaseStatus.RECEIVED;
        this.receipt = new Receipt(channel, applicant, agentName, at, on, by);
        this.check = new AcceptanceCheck(version.getMaterials(), receivedMaterials);
        this.clock = new CaseClock(version.getStatutoryLimit(), version.getPromisedLimit());
        this.extension = new Extension(version.maxExtensionDays());
        this.feeBill = new FeeBill();
        this.joint = new JointHandling();
        this.process = new CaseProcess(version.getSteps());
        recomputeDeadlines(calendar);
    }

    // ---------------------------------------------------------------- acceptance check (受理审查)

    /** The required materials not (yet) received. */
    public List<String> missingMaterials() {
        return check.missing();
    }

    /** 一次性告知补正: a second or late notice needs a confirmation and a reason, and is recorded. */
    public void requestCorrection(List<String> listed, String reason, boolean confirmed, LocalDate today) {
        CaseTransitions.require(this, CaseAction.REQUEST_CORRECTION, today);
        violations.addAll(check.notify(listed, reason, confirmed, today, clock.getCorrectionDeadline(), getReceivedOn()));
        status = CaseStatus.AWAITING_CORRECTION;
        copyWatched();
    }

    /** The applicant hands in what was missing; the case is checked again. */
    public void supplement(List<String> supplied, LocalDate today) {
        CaseTransitions.require(this, CaseAction.SUPPLEMENT, today);
        check.supplement(supplied, today);
        status = CaseStatus.RECEIVED;
        copyWatched();
    }

    /** The clerk ticks the checklist (e.g. for an online application): these materials are at hand. */
    public void checkMaterials(List<String> received, LocalDate today) {
        CaseTransitions.require(this, CaseAction.CHECK_MATERIALS, today);
        check.check(received);
    }

    /** 受理; after 5 working days without a notice, the law counts it from receipt (第三十二条). */
    public void accept(LocalDate today, String by, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.ACCEPT, today);
        startHandling(today, by, "予以受理", calendar);
    }

    /** No correction notice and the 5 working days are over: the law deems the case accepted. */
    public boolean isOverdueForNotice(LocalDate today) {
        return status == CaseStatus.RECEIVED && check.lapsed(today, clock.getCorrectionDeadline());
    }

    /** The nightly job's deemed acceptance: nobody acted, the law did. */
    public void deemAcceptedByLaw(LocalDate today, WorkingCalendar calendar) {
        if (!isOverdueForNotice(today)) throw new org.yangguang.shared.ConflictException(SystemText.of("case.noticeNotOverdue"));
        startHandling(today, "system", "逾期未告知补正，视为受理", calendar);
    }

    private void startHandling(LocalDate today, String by, String opinion, WorkingCalendar calendar) {
        check.accept(today, clock.getCorrectionDeadline(), getReceivedOn()).ifPresent(violations::add);
        status = CaseStatus.IN_PROGRESS;
        process.start(getAcceptedOn(), today, by, opinion);
        recomputeDeadlines(calendar);
    }

    /** 不予受理, always with the reason (and where to apply, if elsewhere). */
    public void refuse(String reason, LocalDate today) {
        CaseTransitions.require(this, CaseAction.REFUSE, today);
        check.refuse(reason, today);
        status = CaseStatus.REFUSED;
        copyWatched();
    }

    // ---------------------------------------------------------------- handling

    public Optional<CaseStep> currentStep() {
        return process.current();
    }

    public long pendingSteps() {
        return process.pending();
    }

    /** Completes the current step and starts the next, assigned to {@code nextHandler} if given. */
    public void completeStep(String opinion, String nextHandler, LocalDate today, String by, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.COMPLETE_STEP, today);
        process.complete(opinion, nextHandler, today, by);
        recomputeDeadlines(calendar);
    }

    public void startSpecialProcedure(SpecialProcedureType type, String reason, int expectedDays, LocalDate today,
            WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.START_SPECIAL_PROCEDURE, today);
        clock.stop(type, reason, expectedDays, today);
        recomputeDeadlines(calendar);
    }

    public void endSpecialProcedure(String result, LocalDate today, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.END_SPECIAL_PROCEDURE, today);
        clock.resume(today, result);
        recomputeDeadlines(calendar);
    }

    /** A case worker asks the approver for the extension. */
    public void requestExtension(int days, String reason, String by, LocalDate today) {
        CaseTransitions.require(this, CaseAction.REQUEST_EXTENSION, today);
        extension.request(days, reason, by, today);
        copyWatched();
    }

    /** 延期, granted by the approver (asked for or not): once, within the matter's limit. */
    public void extend(int days, String reason, String approver, LocalDate today, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.EXTEND, today);
        extension.grant(days, reason, approver, today);
        recomputeDeadlines(calendar);
    }

    /** 上报件: after the preliminary review the case goes to the upper level. */
    public void report(String opinion, LocalDate today, String by, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.REPORT, today);
        process.completeCurrent(today, by, opinion == null || opinion.isBlank() ? "初审完毕，上报" : opinion.trim());
        escalation = Escalation.reported(today);
        status = CaseStatus.REPORTED;
        recomputeDeadlines(calendar);
    }

    public void recordUpperReply(String reply, LocalDate today, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.RECORD_REPLY, today);
        escalation.reply(reply, today);
        status = CaseStatus.IN_PROGRESS;
        process.startNext(today, null);
        recomputeDeadlines(calendar);
    }

    /** The single fee bill; above the published standard only with a reason, recorded as a violation. */
    public void charge(List<BigDecimal> amounts, String overrideReason, LocalDate today) {
        CaseTransitions.require(this, CaseAction.CHARGE, today);
        feeBill.charge(matterVersion.getFees(), amounts, overrideReason, today).ifPresent(violations::add);
    }

    public BigDecimal totalFee() {
        return getFeeBill().getTotal();
    }

    public void assignJointPart(Department coDepartment, int limitDays, LocalDate today, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.ASSIGN_JOINT, today);
        joint.assign(department, coDepartment, limitDays, clock.getStatutoryLimit().getValue(), today);
        recomputeDeadlines(calendar);
    }

    public void completeJointPart(String departmentCode, String opinion, LocalDate today, String by) {
        CaseTransitions.require(this, CaseAction.COMPLETE_JOINT_PART, today);
        joint.complete(departmentCode, opinion, today, by);
        copyWatched();
    }

    /** 决定: the approver's alone. A denial or partial grant states its reasons. Completes the last step. */
    public void decide(Decision outcome, String reason, LocalDate today, String by, WorkingCalendar calendar) {
        CaseTransitions.require(this, CaseAction.DECIDE, today);
        conclusion = Conclusion.decided(outcome, reason, today, by, DeadlineCalculator.workingDaysUsed(calendar,
                clockStart(), today, clock.clockStops()));
        String why = conclusion.getReason();
        process.completeCurrent(today, by, outcome.label() + (why == null ? "" : "：" + why));
        status = CaseStatus.DECIDED;
        recomputeDeadlines(calendar);
    }

    /** 送达: the case is concluded. */
    public void deliver(DeliveryMethod method, String tracking, LocalDate today) {
        CaseTransitions.require(this, CaseAction.DELIVER, today);
        conclusion.deliver(method, tracking, today, handlingKind == HandlingKind.IMMEDIATE, getAcceptedOn(),
                clock.getDeliveryDeadline()).ifPresent(violations::add);
        status = CaseStatus.DELIVERED;
        copyWatched();
    }

    // ---------------------------------------------------------------- deadlines

    /** The limits count from acceptance (from receipt, before it). */
    private LocalDate clockStart() {
        return getAcceptedOn() == null ? getReceivedOn() : getAcceptedOn();
    }

    public Deadline promisedDeadline(WorkingCalendar calendar) {
        return clock.promised(calendar, clockStart(), extension.getDays());
    }

    public Deadline statutoryDeadline(WorkingCalendar calendar) {
        return clock.statutory(calendar, clockStart(), extension.getDays());
    }

    /** Whether any deadline, a step's or a joint part's included, would change on this calendar. */
    public boolean deadlinesWouldMove(WorkingCalendar calendar) {
        return !CaseDeadlines.stored(this).sameDates(CaseDeadlines.of(this, calendar));
    }

    /** Recomputes every deadline on this calendar (one computation, {@link CaseDeadlines}); returns whether any moved. */
    public boolean recomputeDeadlines(WorkingCalendar calendar) {
        CaseDeadlines before = CaseDeadlines.stored(this);
        CaseDeadlines after = CaseDeadlines.of(this, calendar);
        clock.record(after);
        process.setDeadlines(after.steps());
        joint.setDeadlines(after.jointParts());
        copyWatched();
        return !before.sameDates(after);
    }

    /** Copies what supervision, the to-do lists and the workbenches read to plain columns. */
    private void copyWatched() {
        boolean readyToDecide = CaseTransitions.check(this, CaseAction.DECIDE, getReceivedOn()).allowed();
        process.copyWatched(receipt.isOnline() ? null : receipt.getReceivedBy(),
                readyToDecide || status.isOpen() && extension.isPending());
        RunningDeadline running = runningDeadline();
        LocalDate due = running == null ? null : running.date();
        Map<String, QueueSlot> wanted = new HashMap<>();
        wanted.put(department.getCode(), new QueueSlot(true, status.isOpen(), due, receipt.getReceivedAt(),
                process.getHandler()));
        for (JointPart p : joint.getParts()) {
            wanted.putIfAbsent(p.getDepartmentCode(), new QueueSlot(false, status.isOpen(), due, receipt.getReceivedAt(), null));
        }
        queue.keySet().retainAll(wanted.keySet());
        wanted.forEach((code, slot) -> {
            if (!slot.equals(queue.get(code))) queue.put(code, slot); // unchanged slots are not written
        });
    }

    /** The deadline the workbench and supervision count to: the promised one, or delivery once decided. */
    public RunningDeadline runningDeadline() {
        return runningDeadline(null);
    }

    /** As the case page shows it: once the promise is broken, the statutory deadline still runs. */
    public RunningDeadline runningDeadline(LocalDate today) {
        return RunningDeadline.of(status, getAcceptedOn(), clock.getPromisedDeadline(), clock.getStatutoryDeadline(),
                clock.getDeliveryDeadline(), !clock.isRunning(), today);
    }

    /** Working days left until the running deadline (negative: overdue); null if none runs. */
    public Integer remainingWorkingDays(WorkingCalendar calendar, LocalDate today) {
        RunningDeadline due = runningDeadline();
        return due == null ? null : DeadlineCalculator.workingDaysBetween(calendar, today, due.date());
    }

    public Urgency urgency(WorkingCalendar calendar, LocalDate today) {
        RunningDeadline due = runningDeadline();
        return Urgency.of(due == null ? null : due.date(), calendar, today);
    }

    public boolean isOfDepartment(Department d) {
        return department.equals(d);
    }

    public boolean isJointPartner(Department d) {
        return getJoint().isPartner(d);
    }

    // ---------------------------------------------------------------- getters

    public String getReceiptNumber() { return receiptNumber; }
    public String getQueryCode() { return queryCode; }
    public Matter getMatter() { return matter; }
    public MatterVersion getMatterVersion() { return matterVersion; }
    public Department getDepartment() { return department; }
    public String getMatterName() { return matterName; }
    public HandlingKind getHandlingKind() { return handlingKind; }
    public CaseStatus getStatus() { return status; }
    public Receipt getReceipt() { return receipt; }
    public int getSupervisionLevel() { return supervisionLevel; }
    public AcceptanceCheck getCheck() { return check; }
    public CaseClock getClock() { return clock; }
    public Extension getExtension() { return extension; }
    public Escalation getEscalation() { return escalation == null ? new Escalation() : escalation; }
    public FeeBill getFeeBill() { return feeBill == null ? new FeeBill() : feeBill; }
    public JointHandling getJoint() { return joint == null ? new JointHandling() : joint; }
    public Conclusion getConclusion() { return conclusion == null ? Conclusion.none() : conclusion; }
    public CaseProcess getProcess() { return process; }
    public List<CaseStep> getSteps() { return process.getSteps(); }
    public List<CaseViolation> getViolations() { return List.copyOf(violations); }
    /** The workbenches listing the case, by department code. */
    public Map<String, QueueSlot> getQueue() { return Map.copyOf(queue); }

    // what every page and list shows, without reaching into the parts
    public ReceiptChannel getChannel() { return receipt.getChannel(); }
    public Applicant getApplicant() { return receipt.getApplicant(); }
    public LocalDate getReceivedOn() { return receipt.getReceivedOn(); }
    public LocalDate getAcceptedOn() { return check.getAcceptedOn(); }
    public String getRefusalReason() { return check.getRefusalReason(); }
    public List<CaseMaterial> getMaterials() { return check.getMaterials(); }
    public List<CaseStop> getStops() { return clock.getStops(); }
    public LocalDate getCorrectionDeadline() { return clock.getCorrectionDeadline(); }
    public LocalDate getPromisedDeadline() { return clock.getPromisedDeadline(); }
    public LocalDate getStatutoryDeadline() { return clock.getStatutoryDeadline(); }
    public LocalDate getDeliveryDeadline() { return clock.getDeliveryDeadline(); }
    public Decision getDecision() { return getConclusion().getDecision(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApprovalCase c && receiptNumber.equals(c.getReceiptNumber());
    }

    @Override
    public int hashCode() {
        return receiptNumber.hashCode();
    }
}

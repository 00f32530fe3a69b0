package org.yangguang.disclosure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * A request for government information (依申请公开). What happened to it that bears on its limits is
 * kept as columns and read as {@link RequestEvents}; every change goes through those events (which
 * refuse what the 条例 does not allow) and stores the deadlines they give on the current calendar,
 * so the editor's list sorts by urgency from an index and supervision reads the same dates.
 */
@Entity
@Table(name = "disclosure_request")
@NamedQuery(name = "DisclosureRequest.findByNumber", query = "select r from DisclosureRequest r where r.number = :number")
public class DisclosureRequest extends BaseEntity {
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int REASON_LENGTH = 500;
    public static final int CORRECTION_LENGTH = 1000;
    public static final int WITHHELD_LENGTH = 1000;

    @Column(name = "number", nullable = false, unique = true, updatable = false, length = 30)
    private String number;

    @Column(name = "query_code", nullable = false, updatable = false, length = 8)
    private String queryCode;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, updatable = false, length = 20)
    private ApplicantType applicantType;

    @Column(name = "applicant_name", nullable = false, updatable = false, length = 100)
    private String applicantName;

    @Column(name = "identity_number", nullable = false, updatable = false, length = 40)
    private String identityNumber;

    @Column(name = "phone", nullable = false, updatable = false, length = 20)
    private String phone;

    @Column(name = "address", updatable = false, length = 200)
    private String address;

    @Column(name = "email", updatable = false, length = 100)
    private String email;

    @Column(name = "description", nullable = false, updatable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "provide_form", nullable = false, updatable = false, length = 12)
    private ProvideForm provideForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_way", nullable = false, updatable = false, length = 12)
    private DeliveryWay deliveryWay;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private ReceiptChannel channel;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false, length = 40)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "correction_issued_on")
    private LocalDate correctionIssuedOn;

    @Column(name = "correction_due_on")
    private LocalDate correctionDueOn;

    /** What the notice asks to correct (一次性告知: all of it, once). */
    @Column(name = "correction_content", length = CORRECTION_LENGTH)
    private String correctionContent;

    @Column(name = "corrected_on")
    private LocalDate correctedOn;

    @Column(name = "correction_text", length = DESCRIPTION_LENGTH)
    private String correctionText;

    @ElementCollection
    @CollectionTable(name = "disclosure_consultation", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Consultation> consultations = new ArrayList<>();

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_approver", length = 60)
    private String extensionApprover;

    @Column(name = "extension_reason", length = REASON_LENGTH)
    private String extensionReason;

    @Column(name = "extension_granted_on")
    private LocalDate extensionGrantedOn;

    /** The last day for a correction notice (7 working days after receipt). */
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method", length = 8)
    private FeeMethod feeMethod;

    /** Requests or pages this request adds to the applicant's month (what the fee was computed on). */
    @Column(name = "fee_quantity")
    private Integer feeQuantity;

    @Column(name = "fee_amount")
    private Integer feeAmount;

    @Column(name = "fee_issued_on")
    private LocalDate feeIssuedOn;

    @Column(name = "fee_payment_days")
    private Integer feePaymentDays;

    @Column(name = "fee_paid_on")
    private LocalDate feePaidOn;

    @Column(name = "correction_notice_due", nullable = false)
    private LocalDate correctionNoticeDue;

    /** The reply deadline (extended if extended); null while a correction is awaited. */
    @Column(name = "reply_due")
    private LocalDate replyDue;

    /** What the list sorts open requests by: the reply deadline, or the correction's while awaited. */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "calendar_version", nullable = false)
    private long calendarVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private DisclosureOutcome outcome;

    @Column(name = "reply", length = DESCRIPTION_LENGTH)
    private String reply;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_delivery", length = 12)
    private DeliveryWay replyDelivery;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "replied_by", length = 40)
    private String repliedBy;

    /** 部分公开: what part of the information was withheld (区分处理, 条例 第三十七条). */
    @Column(name = "withheld", length = WITHHELD_LENGTH)
    private String withheld;

    /** 部分公开: the grounds of 第十四条 to 第十六条 the withheld part rests on. */
    @Convert(converter = GroundsConverter.class)
    @Column(name = "withheld_grounds", length = 200)
    private List<WithholdingGround> withheldGrounds = new ArrayList<>();

    /** The files the reply delivers (stored files, private: served to staff and, online, to the applicant). */
    @ElementCollection
    @CollectionTable(name = "disclosure_reply_file", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id")
    private List<Long> replyFileIds = new ArrayList<>();

    protected DisclosureRequest() {}

    DisclosureRequest(String number, String queryCode, long departmentId, NewDisclosureRequest form, ReceiptChannel channel,
            LocalDate submittedOn, LocalDate receivedOn, Instant at, String by, WorkingCalendar calendar) {
        this.number = number;
        this.queryCode = queryCode;
        this.departmentId = departmentId;
        this.applicantType = form.getApplicantType();
        this.applicantName = form.getApplicantName().trim();
        this.identityNumber = form.getIdentityNumber().trim();
        this.phone = form.getPhone().trim();
        this.address = blankToNull(form.getAddress());
        this.email = blankToNull(form.getEmail());
        this.description = form.getDescription().trim();
        this.provideForm = form.getProvideForm();
        this.deliveryWay = form.getDeliveryWay();
        this.channel = channel;
        this.submittedOn = submittedOn;
        this.receivedOn = receivedOn;
        this.receivedAt = at;
        this.receivedBy = by;
        record(RequestEvents.receivedOn(receivedOn), calendar);
    }

    /** The events as the domain rules read them. */
    public RequestEvents events() {
        CorrectionNotice correction = correctionIssuedOn == null ? null
                : new CorrectionNotice(correctionIssuedOn, correctionDueOn, correctedOn);
        ReplyExtension extension = extensionDays == null ? null
                : new ReplyExtension(extensionDays, extensionApprover, extensionReason, extensionGrantedOn);
        FeeNotice fee = feeIssuedOn == null ? null : new FeeNotice(feeAmount, feeIssuedOn, feePaymentDays, feePaidOn);
        return new RequestEvents(receivedOn, correction, consultations.stream().map(Consultation::value).toList(),
                extension, fee);
    }

    public RequestLimits limits(WorkingCalendar calendar) {
        return events().limits(calendar);
    }

    /** Keeps the events and the deadlines they give on this calendar. */
    void record(RequestEvents e, WorkingCalendar calendar) {
        if (e.correction() != null) {
            correctionIssuedOn = e.correction().issuedOn();
            correctionDueOn = e.correction().dueOn();
            correctedOn = e.correction().correctedOn();
        }
        if (consultations.size() != e.consultations().size() || !consultations.stream().map(Consultation::value).toList()
                .equals(e.consultations())) {
            consultations.clear();
            e.consultations().forEach(c -> consultations.add(new Consultation(c)));
        }
        if (e.extension() != null) {
            extensionDays = e.extension().days();
            extensionApprover = e.extension().approver();
            extensionReason = e.extension().reason();
            extensionGrantedOn = e.extension().grantedOn();
        }
        if (e.fee() != null) {
            feeAmount = Math.toIntExact(e.fee().amountYuan());
            feeIssuedOn = e.fee().issuedOn();
            feePaymentDays = e.fee().paymentDays();
            feePaidOn = e.fee().paidOn();
        }
        recompute(calendar);
    }

    /** The deadlines on this calendar (after an event, or when the calendar changed). */
    void recompute(WorkingCalendar calendar) {
        RequestLimits limits = limits(calendar);
        correctionNoticeDue = limits.correctionNotice().date();
        replyDue = limits.replyDue();
        calendarVersion = calendar.version();
        RequestEvents e = limits.events();
        boolean awaitingFee = e.fee() != null && !e.fee().isPaid();
        dueOn = awaitingFee ? limits.feePayment().date() : replyDue != null ? replyDue
                : e.isAwaitingCorrection() ? e.correction().dueOn() : correctionNoticeDue;
        if (!status().isOpen()) return;
        if (e.isAwaitingCorrection()) status = RequestStatus.AWAITING_CORRECTION;
        else if (awaitingFee) status = RequestStatus.AWAITING_FEE;
        else if (e.consultations().stream().anyMatch(c -> !c.isAnswered())) status = RequestStatus.CONSULTING;
        else status = RequestStatus.IN_PROGRESS;
    }

    void noticeCorrection(String content, LocalDate on, LocalDate dueOn, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.NOTICE_CORRECTION, on);
        correctionContent = InvalidInputException.requireText(content, "content", SystemText.of("request.correctionContentMissing"), CORRECTION_LENGTH);
        record(events().noticeCorrection(on, dueOn), calendar);
    }

    void corrected(String text, LocalDate on, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.RECORD_CORRECTION, on);
        correctionText = InvalidInputException.requireText(text, "correction", SystemText.of("request.correctionTextMissing"), DESCRIPTION_LENGTH);
        record(events().corrected(on), calendar);
    }

    void consult(String party, LocalDate on, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.CONSULT, on);
        InvalidInputException.requireText(party, "party", SystemText.of("request.consultedPartyMissing"), 100);
        record(events().consultThirdParty(party, on), calendar);
    }

    void thirdPartyAnswered(String party, LocalDate on, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.RECORD_CONSULTATION, on);
        InvalidInputException.requireText(party, "party", SystemText.of("request.partyMissing"), 100);
        record(events().thirdPartyAnswered(party, on), calendar);
    }

    void extend(int days, String approver, String reason, LocalDate on, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.EXTEND, on);
        InvalidInputException.requireText(approver, "approver", SystemText.of("request.approverMissing"), 60);
        InvalidInputException.requireText(reason, "reason", SystemText.of("request.extensionReasonMissing"), REASON_LENGTH);
        record(events().extend(days, approver.trim(), reason.trim(), on), calendar);
    }

    /** 收费通知: the fee computed on the applicant's month; the reply clock stands still until paid. */
    void noticeFee(ProcessingFee fee, int quantity, LocalDate on, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.NOTICE_FEE, on);
        if (!fee.isCharged()) throw new ConflictException(SystemText.of("request.feeFree"));
        feeMethod = fee.method();
        feeQuantity = quantity;
        record(events().noticeFee(fee.totalYuan(), on), calendar);
    }

    void feePaid(LocalDate on, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.RECORD_PAYMENT, on);
        record(events().feePaid(on), calendar);
    }

    /** A file the reply will deliver, uploaded before the reply is sent. */
    void attach(long fileId, LocalDate on) {
        RequestTransitions.require(this, RequestAction.ATTACH_FILE, on);
        replyFileIds.add(fileId);
    }

    void detach(long fileId, LocalDate on) {
        RequestTransitions.require(this, RequestAction.REMOVE_FILE, on);
        if (!replyFileIds.remove(Long.valueOf(fileId))) throw new InvalidInputException("fileId", SystemText.of("request.noSuchReplyFile"));
    }

    /** A reply without a withheld part: every outcome but 部分公开. */
    void reply(DisclosureOutcome result, String text, DeliveryWay way, LocalDate on, String by, WorkingCalendar calendar) {
        reply(new Reply(result, text, way, null, List.of()), on, by, calendar);
    }

    /**
     * The reply: exactly one outcome of the annual report's taxonomy. The two outcomes of a lapse
     * (逾期不补正, 逾期未缴费) only once the lapse is a fact on {@code on}. What is withheld must have
     * its legal ground: a 不予公开 row is its ground; a 部分公开 reply states the part it withholds and
     * the grounds of 第十四条 to 第十六条 for it (区分处理, 条例 第三十七条).
     */
    void reply(Reply r, LocalDate on, String by, WorkingCalendar calendar) {
        RequestTransitions.require(this, RequestAction.REPLY, on);
        DisclosureOutcome result = r.outcome();
        if (result == null) throw new InvalidInputException("outcome", SystemText.of("request.outcomeMissing"));
        if (r.delivery() == null) throw new InvalidInputException("delivery", SystemText.of("request.deliveryMissing"));
        RequestLimits limits = limits(calendar);
        if (result.isDeemedWithdrawal()) {
            if (limits.deemedWithdrawal(on).filter(result::equals).isEmpty()) {
                throw new ConflictException(SystemText.of("request.notLate", result));
            }
        } else if (status == RequestStatus.AWAITING_CORRECTION) {
            throw new ConflictException(SystemText.of("request.refused.awaitingCorrection"));
        }
        String text = InvalidInputException.requireText(r.text(), "reply", SystemText.of("request.replyMissing"), DESCRIPTION_LENGTH);
        String part = null;
        List<WithholdingGround> grounds = List.of();
        if (result == DisclosureOutcome.PARTLY_DISCLOSED) {
            part = InvalidInputException.requireText(r.withheld(), "withheld",
                    SystemText.of("request.withheldMissing"), WITHHELD_LENGTH);
            grounds = r.grounds() == null ? List.of() : r.grounds().stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
            if (grounds.isEmpty()) {
                throw new InvalidInputException("grounds", SystemText.of("request.groundsMissing"));
            }
        } else if ((r.withheld() != null && !r.withheld().isBlank()) || (r.grounds() != null && !r.grounds().isEmpty())) {
            throw new InvalidInputException("grounds", SystemText.of("request.groundsOnlyPartly"));
        }
        reply = text;
        withheld = part;
        withheldGrounds = new ArrayList<>(grounds);
        outcome = result;
        replyDelivery = r.delivery();
        repliedOn = on;
        repliedBy = by;
        status = result.isDeemedWithdrawal() ? RequestStatus.CLOSED : RequestStatus.REPLIED;
    }

    /**
     * What the editor answers: the outcome, the explanation, how the reply is delivered and, for
     * 部分公开, the part withheld and its grounds.
     */
    public record Reply(DisclosureOutcome outcome, String text, DeliveryWay delivery, String withheld,
            List<WithholdingGround> grounds) implements java.io.Serializable {}

    /** Whether the applicant may download the reply's files with the query code: replied, delivered online. */
    public boolean deliversFilesOnline() {
        return status == RequestStatus.REPLIED && replyDelivery == DeliveryWay.ONLINE;
    }

    /** Replied after the deadline (the deadline day is in time). */
    public boolean isRepliedLate() {
        return repliedOn != null && replyDue != null && repliedOn.isAfter(replyDue);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    /** The name as the public tracking page shows it: the first character only. */
    public String maskedName() {
        return applicantName.isEmpty() ? "" : applicantName.charAt(0) + "*".repeat(Math.max(1, applicantName.length() - 1));
    }

    private RequestStatus status() {
        return status == null ? RequestStatus.IN_PROGRESS : status;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getNumber() { return number; }
    public String getQueryCode() { return queryCode; }
    public long getDepartmentId() { return departmentId; }
    public ApplicantType getApplicantType() { return applicantType; }
    public String getApplicantName() { return applicantName; }
    public String getIdentityNumber() { return identityNumber; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getEmail() { return email; }
    public String getDescription() { return description; }
    public ProvideForm getProvideForm() { return provideForm; }
    public DeliveryWay getDeliveryWay() { return deliveryWay; }
    public ReceiptChannel getChannel() { return channel; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getReceivedBy() { return receivedBy; }
    public RequestStatus getStatus() { return status; }
    public LocalDate getCorrectionIssuedOn() { return correctionIssuedOn; }
    public LocalDate getCorrectionDueOn() { return correctionDueOn; }
    public String getCorrectionContent() { return correctionContent; }
    public LocalDate getCorrectedOn() { return correctedOn; }
    public String getCorrectionText() { return correctionText; }
    public List<Consultation> getConsultations() { return List.copyOf(consultations); }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionApprover() { return extensionApprover; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getExtensionGrantedOn() { return extensionGrantedOn; }
    public LocalDate getCorrectionNoticeDue() { return correctionNoticeDue; }
    public LocalDate getReplyDue() { return replyDue; }
    public LocalDate getDueOn() { return dueOn; }
    public long getCalendarVersion() { return calendarVersion; }
    public DisclosureOutcome getOutcome() { return outcome; }
    public String getReply() { return reply; }
    public DeliveryWay getReplyDelivery() { return replyDelivery; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public String getRepliedBy() { return repliedBy; }
    public String getWithheld() { return withheld; }
    public List<WithholdingGround> getWithheldGrounds() { return List.copyOf(withheldGrounds); }
    public List<Long> getReplyFileIds() { return List.copyOf(replyFileIds); }
    public FeeMethod getFeeMethod() { return feeMethod; }
    public Integer getFeeQuantity() { return feeQuantity; }
    public Integer getFeeAmount() { return feeAmount; }
    public LocalDate getFeeIssuedOn() { return feeIssuedOn; }
    public LocalDate getFeePaidOn() { return feePaidOn; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisclosureRequest r && number.equals(r.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}

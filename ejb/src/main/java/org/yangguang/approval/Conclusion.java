package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import org.yangguang.shared.SystemText;

/** 决定 and 送达: the outcome, who decided and when, and how the applicant got it. */
@Embeddable
public class Conclusion {
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 10)
    private Decision decision;

    @Column(name = "decision_reason", length = 1000)
    private String reason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    /** Working days from acceptance to the decision, special procedures not counted. */
    @Column(name = "working_days_used")
    private Integer workingDaysUsed;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", length = 15)
    private DeliveryMethod deliveryMethod;

    @Column(name = "tracking_number", length = 40)
    private String trackingNumber;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    protected Conclusion() {}

    static Conclusion none() {
        return new Conclusion();
    }

    /** 决定: a denial or partial grant states its reasons (行政许可法 第三十八条). */
    static Conclusion decided(Decision decision, String reason, LocalDate on, String by, int workingDaysUsed) {
        if (decision == null) throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.decision.missing"));
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (decision.refusesSomething() && why == null) {
            throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.decision.reasonMissing", decision));
        }
        Conclusion c = new Conclusion();
        c.decision = decision;
        c.reason = why;
        c.decidedOn = on;
        c.decidedBy = by;
        c.workingDaysUsed = workingDaysUsed;
        return c;
    }

    /**
     * 送达, with the tracking number when posted. An immediate case (即办件) is concluded on the day
     * it was accepted, any other by its delivery deadline: else the violation (one, not two).
     */
    Optional<CaseViolation> deliver(DeliveryMethod method, String tracking, LocalDate on, boolean immediate,
            LocalDate acceptedOn, LocalDate deliveryDeadline) {
        if (method == null) throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.delivery.missing"));
        if (method == DeliveryMethod.POST && (tracking == null || tracking.isBlank())) {
            throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.delivery.trackingMissing"));
        }
        deliveryMethod = method;
        trackingNumber = tracking == null || tracking.isBlank() ? null : tracking.trim();
        deliveredOn = on;
        if (immediate) {
            return on.equals(acceptedOn) ? Optional.empty() : Optional.of(new CaseViolation(
                    ViolationKind.IMMEDIATE_NOT_SAME_DAY, on, SystemText.of("case.violation.notSameDay", acceptedOn, on)));
        }
        return deliveryDeadline != null && on.isAfter(deliveryDeadline)
                ? Optional.of(new CaseViolation(ViolationKind.LATE_DELIVERY, on,
                        SystemText.of("case.violation.lateDelivery", deliveryDeadline)))
                : Optional.empty();
    }

    public Decision getDecision() { return decision; }
    public String getReason() { return reason; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public Integer getWorkingDaysUsed() { return workingDaysUsed; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public String getTrackingNumber() { return trackingNumber; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
}

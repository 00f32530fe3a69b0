package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

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

    static Conclusion decided(Decision decision, String reason, LocalDate on, String by, int workingDaysUsed) {
        Conclusion c = new Conclusion();
        c.decision = decision;
        c.reason = reason;
        c.decidedOn = on;
        c.decidedBy = by;
        c.workingDaysUsed = workingDaysUsed;
        return c;
    }

    void deliver(DeliveryMethod method, String tracking, LocalDate on) {
        deliveryMethod = method;
        trackingNumber = tracking;
        deliveredOn = on;
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

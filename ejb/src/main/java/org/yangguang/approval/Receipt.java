package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** 收件: who applied, through which channel, when, and who took the application in. Never changes. */
@Embeddable
public class Receipt {
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10, updatable = false)
    private ReceiptChannel channel;

    @Embedded
    private Applicant applicant;

    @Column(name = "agent_name", length = 60)
    private String agentName;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_by", nullable = false, length = 40, updatable = false)
    private String receivedBy;

    protected Receipt() {}

    Receipt(ReceiptChannel channel, Applicant applicant, String agentName, Instant at, LocalDate on, String by) {
        this.channel = channel;
        this.applicant = applicant;
        this.agentName = agentName;
        this.receivedAt = at;
        this.receivedOn = on;
        this.receivedBy = by;
    }

    /** Online applications have no clerk yet: nobody holds them until one checks them. */
    boolean isOnline() {
        return "online".equals(receivedBy);
    }

    public ReceiptChannel getChannel() { return channel; }
    public Applicant getApplicant() { return applicant; }
    public String getAgentName() { return agentName; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
}

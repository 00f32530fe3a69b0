package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** 上报件: the preliminary review goes to the upper level, whose reply lets the case go on. */
@Embeddable
public class Escalation {
    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "upper_reply", length = 1000)
    private String upperReply;

    @Column(name = "upper_replied_on")
    private LocalDate upperRepliedOn;

    protected Escalation() {}

    static Escalation reported(LocalDate on) {
        Escalation e = new Escalation();
        e.reportedOn = on;
        return e;
    }

    void reply(String reply, LocalDate on) {
        if (reply == null || reply.isBlank()) throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.replyMissing"));
        upperReply = reply.trim();
        upperRepliedOn = on;
    }

    public boolean isReported() {
        return reportedOn != null;
    }

    public boolean isAnswered() {
        return upperRepliedOn != null;
    }

    public LocalDate getReportedOn() { return reportedOn; }
    public String getUpperReply() { return upperReply; }
    public LocalDate getUpperRepliedOn() { return upperRepliedOn; }
}

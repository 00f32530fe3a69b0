package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.yangguang.calendar.ClockStop;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.shared.SystemText;

/**
 * A special procedure (特别程序) on a case: the limits do not run while it lasts
 * (行政许可法 第四十五条). The applicant is told in writing how long it is expected to take.
 */
@Embeddable
public class CaseStop {
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", nullable = false, length = 20)
    private SpecialProcedureType type;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "expected_days", nullable = false)
    private int expectedDays;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    /** The day the applicant was told it would end: the start plus the announced days. */
    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "result", length = 500)
    private String result;

    protected CaseStop() {}

    CaseStop(SpecialProcedureType type, String reason, int expectedDays, LocalDate startedOn) {
        this.type = type;
        this.reason = reason;
        this.expectedDays = expectedDays;
        this.startedOn = startedOn;
        this.plannedEnd = startedOn.plusDays(expectedDays);
    }

    void end(LocalDate on, String result) {
        this.endedOn = on;
        this.result = result;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    ClockStop toClockStop() {
        return new ClockStop(startedOn, endedOn, SystemText.of("deadline.stop.procedure", type));
    }

    public SpecialProcedureType getType() { return type; }
    public String getReason() { return reason; }
    public int getExpectedDays() { return expectedDays; }
    public LocalDate getStartedOn() { return startedOn; }
    /** The announced end; rows from before it was stored fall back to the same arithmetic. */
    public LocalDate getPlannedEnd() { return plannedEnd != null ? plannedEnd : startedOn.plusDays(expectedDays); }
    public LocalDate getEndedOn() { return endedOn; }
    public String getResult() { return result; }
}

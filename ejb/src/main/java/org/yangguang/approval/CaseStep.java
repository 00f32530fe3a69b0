package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One process step of a case, from the matter's steps, with its own limit and deadline. */
@Embeddable
public class CaseStep {
    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "office", length = 100)
    private String office;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(name = "assignee", length = 40)
    private String assignee;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_by", length = 40)
    private String completedBy;

    @Column(name = "opinion", length = 1000)
    private String opinion;

    protected CaseStep() {}

    CaseStep(String name, String office, int limitDays) {
        this.name = name;
        this.office = office;
        this.limitDays = limitDays;
    }

    void start(LocalDate on, String assignedTo) {
        this.startedOn = on;
        this.assignee = assignedTo;
    }

    void complete(LocalDate on, String by, String stepOpinion) {
        this.completedOn = on;
        this.completedBy = by;
        this.opinion = stepOpinion;
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isActive() {
        return startedOn != null && completedOn == null;
    }

    public boolean isDone() {
        return completedOn != null;
    }

    public String getName() { return name; }
    public String getOffice() { return office; }
    public int getLimitDays() { return limitDays; }
    public String getAssignee() { return assignee; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getCompletedBy() { return completedBy; }
    public String getOpinion() { return opinion; }
}

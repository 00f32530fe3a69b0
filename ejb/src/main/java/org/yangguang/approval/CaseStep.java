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

    @jakarta.persistence.Embedded
    private Completion completion;

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
        this.completion = new Completion(on, by, stepOpinion);
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isActive() {
        return startedOn != null && completion == null;
    }

    public boolean isDone() {
        return completion != null;
    }

    public String getName() { return name; }
    public String getOffice() { return office; }
    public int getLimitDays() { return limitDays; }
    public String getAssignee() { return assignee; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getCompletedOn() { return completion == null ? null : completion.getOn(); }
    public String getCompletedBy() { return completion == null ? null : completion.getBy(); }
    public String getOpinion() { return completion == null ? null : completion.getOpinion(); }
}

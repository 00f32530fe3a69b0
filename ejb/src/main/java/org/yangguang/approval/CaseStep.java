package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.yangguang.catalog.StepKind;

/** One process step of a case, from the matter's steps, with its own limit and deadline. */
@Embeddable
public class CaseStep {
    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "office", length = 100)
    private String office;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 12)
    private StepKind kind = StepKind.HANDLING;

    @Column(name = "assignee", length = 40)
    private String assignee;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "deadline")
    private LocalDate deadline;

    @jakarta.persistence.Embedded
    private Completion completion;

    protected CaseStep() {}

    CaseStep(String name, String office, int limitDays, StepKind kind) {
        this.name = name;
        this.office = office;
        this.limitDays = limitDays;
        this.kind = kind;
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

    /** The reception step (受理环节) is done by accepting the case, not on its own. */
    public boolean isReception() {
        return kind == StepKind.RECEPTION;
    }

    /** Whether {@code username} may complete this step: anyone if unassigned, else the assignee. */
    public boolean isAssignedToSomeoneElse(String username) {
        return assignee != null && !assignee.isBlank() && !assignee.equals(username);
    }

    public String getName() { return name; }
    public String getOffice() { return office; }
    public int getLimitDays() { return limitDays; }
    public StepKind getKind() { return kind; }
    public String getAssignee() { return assignee; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getCompletedOn() { return completion == null ? null : completion.getOn(); }
    public String getCompletedBy() { return completion == null ? null : completion.getBy(); }
    public String getOpinion() { return completion == null ? null : completion.getOpinion(); }
}

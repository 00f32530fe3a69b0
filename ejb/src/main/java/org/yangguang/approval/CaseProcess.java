package org.yangguang.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yangguang.catalog.ProcessStep;

/**
 * The steps of a case (办理环节), one after the other, each with its limit, assignee and
 * deadline; and who holds the case now. The active step, its deadline and the handler are also
 * copied to plain columns, which the nightly evaluation and the to-do lists read.
 */
@Embeddable
public class CaseProcess {
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    private List<CaseStep> steps = new ArrayList<>();

    @Column(name = "handler", length = 40)
    private String handler;

    @Column(name = "step_name", length = 60)
    private String stepName;

    @Column(name = "step_deadline")
    private LocalDate stepDeadline;

    /** A decision or an extension request waits for the department's approver. Never null. */
    @Column(name = "awaiting_approver", nullable = false)
    private boolean awaitingApprover;

    protected CaseProcess() {}

    CaseProcess(List<ProcessStep> matterSteps) {
        for (ProcessStep s : matterSteps) steps.add(new CaseStep(s.getName(), s.getOffice(), s.getLimitDays(), s.getKind()));
    }

    public Optional<CaseStep> current() {
        return steps.stream().filter(CaseStep::isActive).findFirst();
    }

    /** Steps not done yet (the last of them is done by the decision). */
    public long pending() {
        return steps.stream().filter(s -> !s.isDone()).count();
    }

    /**
     * At acceptance: the reception step (受理环节) is done by accepting and the next one starts;
     * without a reception step the first step starts, held by whoever accepted.
     */
    void start(LocalDate acceptedOn, LocalDate today, String by, String receptionOpinion) {
        CaseStep first = steps.isEmpty() ? null : steps.get(0);
        if (first != null && first.isReception() && !first.isDone()) {
            first.start(acceptedOn, by);
            first.complete(today, by, receptionOpinion);
            startNext(today, null);
        } else {
            steps.stream().filter(s -> !s.isDone() && s.getStartedOn() == null).findFirst().ifPresent(s -> s.start(acceptedOn, by));
        }
    }

    /** Completes the active step with its opinion and starts the next, assigned to {@code next} if given. */
    void complete(String opinion, String next, LocalDate today, String by) {
        if (opinion == null || opinion.isBlank()) throw new org.yangguang.shared.InvalidInputException(org.yangguang.shared.SystemText.of("case.step.opinionMissing"));
        completeCurrent(today, by, opinion.trim());
        startNext(today, next == null || next.isBlank() ? null : next.trim());
    }

    /** Completes the active step (if any) with the opinion. */
    void completeCurrent(LocalDate today, String by, String opinion) {
        current().ifPresent(s -> s.complete(today, by, opinion));
    }

    void startNext(LocalDate today, String assignee) {
        steps.stream().filter(s -> !s.isDone() && s.getStartedOn() == null).findFirst().ifPresent(s -> s.start(today, assignee));
    }

    void setDeadlines(List<CaseDeadlines.Dated> deadlines) {
        for (int i = 0; i < steps.size(); i++) steps.get(i).setDeadline(deadlines.get(i).date());
    }

    /** Copies the active step and the handler (the assignee, else {@code fallback}) to their columns. */
    void copyWatched(String fallback, boolean waitsForApprover) {
        Optional<CaseStep> step = current();
        stepName = step.map(CaseStep::getName).orElse(null);
        stepDeadline = step.map(CaseStep::getDeadline).orElse(null);
        handler = step.map(CaseStep::getAssignee).filter(a -> !a.isBlank()).orElse(fallback);
        awaitingApprover = waitsForApprover;
    }

    public List<CaseStep> getSteps() { return List.copyOf(steps); }
    public String getHandler() { return handler; }
    public String getStepName() { return stepName; }
    public LocalDate getStepDeadline() { return stepDeadline; }
    public boolean isAwaitingApprover() { return awaitingApprover; }
}

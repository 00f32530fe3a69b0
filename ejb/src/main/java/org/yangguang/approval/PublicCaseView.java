package org.yangguang.approval;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.calendar.WorkingCalendar;

/**
 * What the applicant may see of a case: status, steps done, deadlines, the notes addressed to the
 * applicant. Never internal comments, the handlers, or other people's data.
 */
public record PublicCaseView(String receiptNumber, String matterName, String departmentName, String applicantName,
        CaseStatus status, LocalDate receivedOn, LocalDate acceptedOn, LocalDate promisedDeadline,
        LocalDate statutoryDeadline, Integer remainingWorkingDays, boolean clockStopped, List<Step> steps,
        List<Note> notes, String decision, LocalDate deliveredOn) implements Serializable {

    public record Step(String name, LocalDate completedOn) implements Serializable {}

    public record Note(Instant at, String text) implements Serializable {}

    static PublicCaseView of(ApprovalCase c, List<CaseEvent> events, WorkingCalendar cal, LocalDate today) {
        return new PublicCaseView(c.getReceiptNumber(), c.getMatterName(), c.getDepartment().getName(),
                c.getApplicant().getMaskedName(), c.getStatus(), c.getReceivedOn(), c.getAcceptedOn(),
                c.getPromisedDeadline(), c.getStatutoryDeadline(), c.remainingWorkingDays(cal, today),
                c.openStop().isPresent(),
                c.getSteps().stream().map(s -> new Step(s.getName(), s.getCompletedOn())).toList(),
                events.stream().filter(e -> e.getPublicNote() != null).map(e -> new Note(e.getOccurredAt(), e.getPublicNote())).toList(),
                c.getDecision() == null ? null : c.getDecision().label(), c.getDeliveredOn());
    }
}

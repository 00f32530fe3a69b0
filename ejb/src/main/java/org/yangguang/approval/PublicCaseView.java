package org.yangguang.approval;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.approval.document.CaseDocument;
import org.yangguang.calendar.WorkingCalendar;

/**
 * What the applicant may see of a case: status, steps done, deadlines, the notes and the
 * documents addressed to the applicant. Never internal comments, the handlers, or other people's
 * data.
 */
public record PublicCaseView(String receiptNumber, String matterName, String departmentName, String applicantName,
        CaseStatus status, LocalDate receivedOn, LocalDate acceptedOn, LocalDate promisedDeadline,
        LocalDate statutoryDeadline, Integer remainingWorkingDays, String remainingTo, boolean clockStopped,
        LocalDate stopPlannedEnd, List<Step> steps, List<Note> notes, List<Document> documents, Decision decision,
        LocalDate deliveredOn) implements Serializable {

    public record Step(String name, LocalDate completedOn) implements Serializable {}

    /** A note for the applicant: {@code text} in Chinese (the API), {@link #shown()} in the reader's language. */
    public record Note(Instant at, String text, @jakarta.json.bind.annotation.JsonbTransient org.yangguang.shared.SystemText shown)
            implements Serializable {}

    /** A document issued to the applicant (opened with the query code). */
    public record Document(long id, String kind, String title, String number, LocalDate issuedOn) implements Serializable {}

    static PublicCaseView of(ApprovalCase c, List<CaseEvent> events, List<CaseDocument> documents, WorkingCalendar cal,
            LocalDate today) {
        RunningDeadline due = c.runningDeadline(today);
        Integer remaining = due == null ? null : org.yangguang.calendar.DeadlineCalculator.workingDaysBetween(cal, today, due.date());
        return new PublicCaseView(c.getReceiptNumber(), c.getMatterName(), c.getDepartment().getName(),
                c.getApplicant().getMaskedName(), c.getStatus(), c.getReceivedOn(), c.getAcceptedOn(),
                c.getPromisedDeadline(), c.getStatutoryDeadline(), remaining, due == null ? null : due.kind().name(),
                !c.getClock().isRunning(), c.getClock().getStopPlannedEnd(),
                c.getSteps().stream().map(s -> new Step(s.getName(), s.getCompletedOn())).toList(),
                events.stream().filter(e -> e.getPublicNote() != null)
                        .map(e -> new Note(e.getOccurredAt(), e.getPublicNote(), e.getNoteShown())).toList(),
                documents.stream().map(d -> new Document(d.getId(), d.getKind().name(), d.getTitle(), d.getNumber(),
                        d.getIssuedOn())).toList(),
                c.getDecision(), c.getConclusion().getDeliveredOn());
    }
}

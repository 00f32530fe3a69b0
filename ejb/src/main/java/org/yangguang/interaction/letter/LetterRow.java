package org.yangguang.interaction.letter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.supervision.ComplaintStatus;

/**
 * A letter as staff see it in a list and on its page: who wrote it and how to reach them (the
 * handler answers the writer), where it stands, its deadline, and what the caller may do now.
 * {@code handlerName} is null while the letter waits for routing; {@code handledByOffice} when the
 * office keeps it; {@code complaintNumber} and {@code complaintStatus} when a 投诉 became a complaint;
 * what was published, or what the office's review starts from (the texts with the personal data masked);
 * the writer's attachments (never published).
 */
public record LetterRow(long id, int version, String number, String mailboxName, LetterCategory category,
        String subject, String text, String writerName, String writerPhone, String writerEmail, boolean consentToPublish,
        LetterStatus status, LocalDate receivedOn, LocalDate answerDue, boolean handledByOffice, String handlerCode,
        String handlerName, String transferredFromName, String transferReason, LocalDate transferredOn,
        Integer extensionDays, String extensionReason, LocalDate extendedOn, String answer, LocalDate answeredOn,
        String answeredBy, boolean overdue, boolean answeredLate, List<LetterAction> allowedActions,
        String complaintNumber, ComplaintStatus complaintStatus, String publishedQuestion, String publishedAnswer,
        LocalDate publishedOn, String suggestedQuestion, String suggestedAnswer, List<LetterAttachment> attachments)
        implements Serializable {}

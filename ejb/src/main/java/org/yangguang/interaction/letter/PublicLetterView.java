package org.yangguang.interaction.letter;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the writer sees when tracking a letter: the mailbox ({@value Letter#COUNTY_HEAD} or the
 * department's code, with the department's name), the category and status with their labels, the
 * writer's name masked, the answer deadline and, once answered, the answer; no phone, no e-mail,
 * no staff names.
 */
public record PublicLetterView(String number, String mailbox, String departmentName, LetterCategory category,
        String categoryLabel, String subject, String writer, LetterStatus status, String statusLabel,
        LocalDate receivedOn, LocalDate answerDue, String answer, LocalDate answeredOn) implements Serializable {

    static PublicLetterView of(Letter l, String mailbox, String departmentName) {
        return new PublicLetterView(l.getNumber(), mailbox, departmentName, l.getCategory(), l.getCategory().label(),
                l.getSubject(), l.maskedName(), l.getStatus(), l.getStatus().label(), l.getReceivedOn(),
                l.getAnswerDue(), l.getAnswer(), l.getAnsweredOn());
    }
}

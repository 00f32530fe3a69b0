package org.yangguang.interaction.letter;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A published answer as the public reads it: the letter and its answer as the office reviewed
 * them, the department that answered ({@code null}: the office), the dates. No name, no phone, no
 * e-mail, no number or query code of the writer's.
 */
public record PublishedLetter(long id, LetterCategory category, String subject, String question, String answer,
        String departmentName, LocalDate receivedOn, LocalDate answeredOn, LocalDate publishedOn) implements Serializable {}

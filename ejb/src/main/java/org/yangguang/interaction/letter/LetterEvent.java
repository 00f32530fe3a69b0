package org.yangguang.interaction.letter;

import java.io.Serializable;
import java.time.Instant;

/** One step in a letter's history, from the audit trail: when, who, what (the audit action's code), and its note. */
public record LetterEvent(Instant at, String actor, String action, String before, String after) implements Serializable {}

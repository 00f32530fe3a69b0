package org.yangguang.interaction.rating;

import java.util.EnumSet;
import java.util.Set;
import org.yangguang.shared.Labelled;

/**
 * What was rated (国办发〔2019〕51号: 好差评 covers every government service): a case, and the answers
 * the public gets elsewhere: the reply to a disclosure request, the outcome of a complaint and the
 * answer to a letter. Each is known by its own number and rated with its own query code.
 */
public enum RatingSubject implements Labelled {
    /** A case (办件), by its receipt number: its acceptance and its conclusion. */
    CASE("办件"),
    /** A disclosure request (政府信息公开申请), by its request number: the reply. */
    DISCLOSURE_REQUEST("政府信息公开申请"),
    /** A complaint (投诉), by its complaint number: the outcome (the reply, or the decision not to accept it). */
    COMPLAINT("投诉"),
    /** A letter to a mailbox (来信), by its letter number: the answer. */
    LETTER("来信");

    private final String label;

    RatingSubject(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The service events of this subject. A reply, an outcome or an answer concludes its subject,
     * so it is rated as the conclusion (办结); only a case has an acceptance of its own to rate.
     */
    public Set<RatedEvent> events() {
        return this == CASE ? EnumSet.allOf(RatedEvent.class) : EnumSet.of(RatedEvent.CONCLUSION);
    }
}

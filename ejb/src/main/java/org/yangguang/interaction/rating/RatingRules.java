package org.yangguang.interaction.rating;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.yangguang.approval.CaseStatus;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.SystemText;

/**
 * When a case's service event can be rated (国办发〔2019〕51号: 一次一评、一事一评): the acceptance once
 * the case was accepted, the conclusion once it was delivered (办结) or refused (不予受理, which
 * concludes it without acceptance); each event once.
 */
public final class RatingRules {
    /** The first rating, and one more after a rectification. */
    public static final int MAX_ROUNDS = 2;

    private RatingRules() {}

    /** The events of a case in this state that have happened. */
    public static Set<RatedEvent> eventsOver(CaseStatus status, LocalDate acceptedOn) {
        Set<RatedEvent> over = EnumSet.noneOf(RatedEvent.class);
        if (acceptedOn != null && status != CaseStatus.REFUSED) over.add(RatedEvent.ACCEPTANCE);
        if (status == CaseStatus.DELIVERED || status == CaseStatus.REFUSED) over.add(RatedEvent.CONCLUSION);
        return over;
    }

    /** The events that can be rated now: over, and not rated yet. */
    public static Set<RatedEvent> rateable(CaseStatus status, LocalDate acceptedOn, Collection<RatedEvent> rated) {
        Set<RatedEvent> open = eventsOver(status, acceptedOn);
        open.removeAll(rated);
        return open;
    }

    /**
     * Refuses a rating of {@code event} unless it has happened and was not rated yet; answers the
     * round of the new rating.
     */
    public static int requireRateable(RatedEvent event, CaseStatus status, LocalDate acceptedOn,
            Collection<RatedEvent> rated) {
        if (!eventsOver(status, acceptedOn).contains(event)) {
            throw new ConflictException(SystemText.of("rating.notYet", event));
        }
        if (rated.contains(event)) throw new ConflictException(SystemText.of("rating.alreadyGiven", event));
        return 1;
    }
}

package org.yangguang.interaction.rating;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.yangguang.approval.CaseStatus;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * When a service event can be rated (国办发〔2019〕51号: 一次一评、一事一评). Of a case: the acceptance
 * once the case was accepted, the conclusion once it was delivered (办结) or refused (不予受理, which
 * concludes it without acceptance). Of a disclosure request, a complaint or a letter: its conclusion
 * (the reply, the outcome, the answer) once it came. Each event once, and once more after the department rectified
 * a bad rating of it (the applicant is asked to rate again; the earlier rating stays as history).
 */
public final class RatingRules {
    /** The first rating, and one more after a rectification. */
    public static final int MAX_ROUNDS = 2;

    /** A rating given so far: its event, its round, and where its rectification stands (null: none). */
    public record Given(RatedEvent event, int round, RectificationStatus rectification) {}

    private RatingRules() {}

    /** The events of a case in this state that have happened. */
    public static Set<RatedEvent> eventsOver(CaseStatus status, LocalDate acceptedOn) {
        Set<RatedEvent> over = EnumSet.noneOf(RatedEvent.class);
        if (acceptedOn != null && status != CaseStatus.REFUSED) over.add(RatedEvent.ACCEPTANCE);
        if (status == CaseStatus.DELIVERED || status == CaseStatus.REFUSED) over.add(RatedEvent.CONCLUSION);
        return over;
    }

    /** The events that can be rated now: over, and not rated yet (or rectified since the last rating). */
    public static Set<RatedEvent> rateable(CaseStatus status, LocalDate acceptedOn, Collection<Given> given) {
        Set<RatedEvent> open = eventsOver(status, acceptedOn);
        open.removeIf(e -> nextRound(e, given).isEmpty());
        return open;
    }

    /**
     * Refuses a rating of {@code event} unless it has happened and can be rated now; answers the
     * round of the new rating.
     */
    public static int requireRateable(RatedEvent event, CaseStatus status, LocalDate acceptedOn, Collection<Given> given) {
        return requireRateable(RatingSubject.CASE, event, eventsOver(status, acceptedOn), given);
    }

    /**
     * The event of a disclosure request, a complaint or a letter that has happened: its conclusion
     * (the reply, the outcome, the answer) once it came; nothing before.
     */
    public static Set<RatedEvent> concluded(boolean concluded) {
        return concluded ? EnumSet.of(RatedEvent.CONCLUSION) : EnumSet.noneOf(RatedEvent.class);
    }

    /** The events that can be rated now, of any subject, given those that have happened. */
    public static Set<RatedEvent> rateable(Set<RatedEvent> over, Collection<Given> given) {
        Set<RatedEvent> open = EnumSet.noneOf(RatedEvent.class);
        open.addAll(over);
        open.removeIf(e -> nextRound(e, given).isEmpty());
        return open;
    }

    /**
     * The same rules for any subject: an event the subject does not have is bad input (a letter has
     * no acceptance to rate); one that has not happened yet, or was rated already, is a conflict.
     * Answers the round of the new rating.
     */
    public static int requireRateable(RatingSubject subject, RatedEvent event, Set<RatedEvent> over, Collection<Given> given) {
        if (!subject.events().contains(event)) {
            throw new InvalidInputException("event", SystemText.of("rating.eventNotOfSubject", event, subject));
        }
        if (!over.contains(event)) throw new ConflictException(notYet(subject, event));
        return nextRound(event, given).orElseThrow(() -> new ConflictException(subject == RatingSubject.CASE
                ? SystemText.of("rating.alreadyGiven", event) : SystemText.of("rating.answerAlreadyRated")));
    }

    /** Why a subject's event cannot be rated yet, in the subject's own words. */
    static SystemText notYet(RatingSubject subject, RatedEvent event) {
        return switch (subject) {
            case CASE -> SystemText.of("rating.notYet", event);
            case DISCLOSURE_REQUEST -> SystemText.of("rating.requestNotReplied");
            case COMPLAINT -> SystemText.of("rating.complaintNotConcluded");
            case LETTER -> SystemText.of("rating.letterNotAnswered");
        };
    }

    /** 1 if the event was not rated; the next round if its last rating was rectified; none otherwise. */
    static OptionalInt nextRound(RatedEvent event, Collection<Given> given) {
        Given last = given.stream().filter(g -> g.event() == event).max(Comparator.comparingInt(Given::round)).orElse(null);
        if (last == null) return OptionalInt.of(1);
        if (last.round() < MAX_ROUNDS && last.rectification() == RectificationStatus.RECTIFIED) {
            return OptionalInt.of(last.round() + 1);
        }
        return OptionalInt.empty();
    }
}

package org.yangguang.interaction.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.interaction.rating.RatedEvent.ACCEPTANCE;
import static org.yangguang.interaction.rating.RatedEvent.CONCLUSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yangguang.approval.CaseStatus;
import org.yangguang.interaction.rating.RatingRules.Given;
import org.yangguang.shared.BrokenRule;
import org.yangguang.shared.ConflictException;

/** When a case's events can be rated, once each; what a rating keeps. */
class RatingRulesTest {
    static final LocalDate ACCEPTED = LocalDate.of(2026, 11, 2);

    @Test
    void eachStatusOpensTheEventsThatHaveHappened() {
        for (CaseStatus s : CaseStatus.values()) {
            boolean accepted = s == CaseStatus.IN_PROGRESS || s == CaseStatus.REPORTED || s == CaseStatus.DECIDED
                    || s == CaseStatus.DELIVERED;
            Set<RatedEvent> expected = EnumSet.noneOf(RatedEvent.class);
            if (accepted) expected.add(ACCEPTANCE);
            if (s == CaseStatus.DELIVERED || s == CaseStatus.REFUSED) expected.add(CONCLUSION);
            assertEquals(expected, RatingRules.eventsOver(s, accepted ? ACCEPTED : null), s.name());
        }
    }

    @Test
    void aRefusedCaseIsRatedOnItsConclusionOnly() {
        assertEquals(Set.of(CONCLUSION), RatingRules.eventsOver(CaseStatus.REFUSED, null));
        ConflictException e = assertThrows(ConflictException.class,
                () -> RatingRules.requireRateable(ACCEPTANCE, CaseStatus.REFUSED, null, List.of()));
        assertEquals("rating.notYet", e.text().key());
    }

    @Test
    void anEventNotYetOverIsRefused() {
        for (CaseStatus s : List.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION)) {
            for (RatedEvent e : RatedEvent.values()) {
                assertThrows(ConflictException.class, () -> RatingRules.requireRateable(e, s, null, List.of()), s + " " + e);
            }
        }
        ConflictException e = assertThrows(ConflictException.class,
                () -> RatingRules.requireRateable(CONCLUSION, CaseStatus.DECIDED, ACCEPTED, List.of()));
        assertEquals("rating.notYet", e.text().key());
        assertEquals(1, RatingRules.requireRateable(ACCEPTANCE, CaseStatus.IN_PROGRESS, ACCEPTED, List.of()));
    }

    static Given first(RatedEvent e, RectificationStatus rectification) {
        return new Given(e, 1, rectification);
    }

    @Test
    void eachEventIsRatedOnce() {
        List<Given> acceptanceRated = List.of(first(ACCEPTANCE, null));
        assertEquals(1, RatingRules.requireRateable(CONCLUSION, CaseStatus.DELIVERED, ACCEPTED, acceptanceRated));
        ConflictException e = assertThrows(ConflictException.class,
                () -> RatingRules.requireRateable(ACCEPTANCE, CaseStatus.DELIVERED, ACCEPTED, acceptanceRated));
        assertEquals("rating.alreadyGiven", e.text().key());
        assertEquals(Set.of(CONCLUSION), RatingRules.rateable(CaseStatus.DELIVERED, ACCEPTED, acceptanceRated));
        assertTrue(RatingRules.rateable(CaseStatus.DELIVERED, ACCEPTED,
                List.of(first(ACCEPTANCE, null), first(CONCLUSION, null))).isEmpty());
    }

    @Test
    void aRectifiedBadRatingMayBeFollowedByOneMoreAndNoOtherMay() {
        for (RectificationStatus s : RectificationStatus.values()) {
            List<Given> given = List.of(first(CONCLUSION, s));
            if (s == RectificationStatus.RECTIFIED) {
                assertEquals(2, RatingRules.requireRateable(CONCLUSION, CaseStatus.DELIVERED, ACCEPTED, given));
                assertTrue(RatingRules.rateable(CaseStatus.DELIVERED, ACCEPTED, given).contains(CONCLUSION));
            } else {
                assertThrows(ConflictException.class,
                        () -> RatingRules.requireRateable(CONCLUSION, CaseStatus.DELIVERED, ACCEPTED, given), s.name());
                assertFalse(RatingRules.rateable(CaseStatus.DELIVERED, ACCEPTED, given).contains(CONCLUSION), s.name());
            }
        }
        // the second rating is the last, whatever became of it
        List<Given> twice = List.of(first(CONCLUSION, RectificationStatus.RECTIFIED), new Given(CONCLUSION, 2, RectificationStatus.RECTIFIED));
        assertThrows(ConflictException.class, () -> RatingRules.requireRateable(CONCLUSION, CaseStatus.DELIVERED, ACCEPTED, twice));
        // a rectification of one event opens no second rating of the other
        assertThrows(ConflictException.class, () -> RatingRules.requireRateable(ACCEPTANCE, CaseStatus.DELIVERED, ACCEPTED,
                List.of(first(ACCEPTANCE, null), first(CONCLUSION, RectificationStatus.RECTIFIED))));
    }

    static Rating.Subject subject() {
        return new Rating.Subject(RatingSubject.CASE, 7L, "330399-20261102-000001", 3L, 11L);
    }

    @Test
    void aRatingKeepsItsReasonsOnceAndItsTextTrimmed() {
        Rating r = new Rating(subject(), CONCLUSION, 1, RatingLevel.DISSATISFIED,
                List.of(RatingReason.MANY_TRIPS, RatingReason.MANY_TRIPS, RatingReason.OVERDUE), "  跑了三次  ",
                new Rating.Rater(RatingChannel.ONLINE, null, null, null), Instant.parse("2026-11-20T02:00:00Z"),
                LocalDate.of(2026, 11, 20));
        assertEquals(List.of(RatingReason.MANY_TRIPS, RatingReason.OVERDUE), r.getReasons());
        assertEquals("跑了三次", r.getText());
        assertTrue(r.isAnonymous());
        assertNull(r.getRecordedBy());
        assertTrue(r.getLevel().isBad());
    }

    @Test
    void textLongerThan500CharactersIsRefused() {
        String longText = "好".repeat(Rating.TEXT_LENGTH + 1);
        assertThrows(BrokenRule.class, () -> new Rating(subject(), CONCLUSION, 1, RatingLevel.SATISFIED, List.of(), longText,
                new Rating.Rater(RatingChannel.ONLINE, null, null, null), Instant.now(), LocalDate.now()));
        Rating ok = new Rating(subject(), CONCLUSION, 1, RatingLevel.SATISFIED, List.of(), "好".repeat(Rating.TEXT_LENGTH),
                new Rating.Rater(RatingChannel.ONLINE, null, null, null), Instant.now(), LocalDate.now());
        assertEquals(Rating.TEXT_LENGTH, ok.getText().length());
    }

    @Test
    void aWindowRatingNamesItsClerkAndAnOnlineOneNone() {
        assertThrows(BrokenRule.class, () -> new Rating.Rater(RatingChannel.WINDOW, null, null, null));
        assertThrows(BrokenRule.class, () -> new Rating.Rater(RatingChannel.ONLINE, null, null, "clerk"));
        Rating r = new Rating(subject(), ACCEPTANCE, 1, RatingLevel.VERY_SATISFIED, null, null,
                new Rating.Rater(RatingChannel.WINDOW, "张三", "13800000000", "clerk"), Instant.now(), LocalDate.now());
        assertEquals("clerk", r.getRecordedBy());
        assertFalse(r.isAnonymous());
    }

    @Test
    void onlyTheTwoWorstLevelsAreBad() {
        assertEquals(EnumSet.of(RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED),
                EnumSet.copyOf(List.of(RatingLevel.values()).stream().filter(RatingLevel::isBad).toList()));
    }

    @Test
    void roundsBeyondTheSecondAreRefused() {
        assertThrows(BrokenRule.class, () -> new Rating(subject(), ACCEPTANCE, 3, RatingLevel.SATISFIED, null, null,
                new Rating.Rater(RatingChannel.ONLINE, null, null, null), Instant.now(), LocalDate.now()));
    }
}

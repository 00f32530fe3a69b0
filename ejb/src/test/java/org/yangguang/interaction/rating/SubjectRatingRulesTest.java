package org.yangguang.interaction.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yangguang.interaction.rating.RatedEvent.ACCEPTANCE;
import static org.yangguang.interaction.rating.RatedEvent.CONCLUSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;
import org.yangguang.interaction.letter.Letter;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.interaction.letter.LetterLimits;
import org.yangguang.interaction.letter.NewLetter;
import org.yangguang.interaction.rating.RatingRules.Given;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.supervision.Complaint;
import org.yangguang.supervision.ComplaintChannel;
import org.yangguang.supervision.ComplaintOutcome;

/**
 * The answers to disclosure requests, complaints and letters are rated as cases are: the
 * conclusion only, once it came, once, and once more after a rectification.
 */
class SubjectRatingRulesTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Set<RatedEvent> ANSWERED = RatingRules.concluded(true);
    static final Set<RatedEvent> WAITING = RatingRules.concluded(false);
    static final List<RatingSubject> ANSWERS = List.of(RatingSubject.DISCLOSURE_REQUEST, RatingSubject.COMPLAINT, RatingSubject.LETTER);

    @Test
    void anAnswerHasOneEventTheConclusionAndACaseHasTwo() {
        assertEquals(Set.of(ACCEPTANCE, CONCLUSION), RatingSubject.CASE.events());
        for (RatingSubject s : ANSWERS) assertEquals(Set.of(CONCLUSION), s.events(), s.name());
        assertEquals(Set.of(CONCLUSION), ANSWERED);
        assertEquals(Set.of(), WAITING);
    }

    @Test
    void theAcceptanceOfAnAnswerIsBadInputNotAConflict() {
        for (RatingSubject s : ANSWERS) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> RatingRules.requireRateable(s, ACCEPTANCE, ANSWERED, List.of()), s.name());
            assertEquals("event", e.problems().get(0).field());
            assertEquals("rating.eventNotOfSubject", e.problems().get(0).text().key());
        }
    }

    @Test
    void beforeTheAnswerEachSubjectRefusesInItsOwnWords() {
        assertEquals("rating.requestNotReplied", notYet(RatingSubject.DISCLOSURE_REQUEST));
        assertEquals("rating.complaintNotConcluded", notYet(RatingSubject.COMPLAINT));
        assertEquals("rating.letterNotAnswered", notYet(RatingSubject.LETTER));
        assertEquals("rating.notYet", notYet(RatingSubject.CASE));
    }

    private static String notYet(RatingSubject s) {
        return assertThrows(ConflictException.class, () -> RatingRules.requireRateable(s, CONCLUSION, WAITING, List.of()))
                .text().key();
    }

    @Test
    void anAnswerIsRatedOnceAndOnceMoreAfterItsRectification() {
        for (RatingSubject s : ANSWERS) {
            assertEquals(1, RatingRules.requireRateable(s, CONCLUSION, ANSWERED, List.of()));
            assertEquals(Set.of(CONCLUSION), RatingRules.rateable(ANSWERED, List.of()));
            for (RectificationStatus open : new RectificationStatus[] {null, RectificationStatus.VERIFYING,
                    RectificationStatus.RECTIFYING, RectificationStatus.UNFOUNDED}) {
                List<Given> once = List.of(new Given(CONCLUSION, 1, open));
                ConflictException e = assertThrows(ConflictException.class,
                        () -> RatingRules.requireRateable(s, CONCLUSION, ANSWERED, once), s + " " + open);
                assertEquals("rating.answerAlreadyRated", e.text().key());
                assertEquals(Set.of(), RatingRules.rateable(ANSWERED, once));
            }
            List<Given> rectified = List.of(new Given(CONCLUSION, 1, RectificationStatus.RECTIFIED));
            assertEquals(2, RatingRules.requireRateable(s, CONCLUSION, ANSWERED, rectified));
            List<Given> twice = List.of(rectified.get(0), new Given(CONCLUSION, 2, RectificationStatus.RECTIFIED));
            assertThrows(ConflictException.class, () -> RatingRules.requireRateable(s, CONCLUSION, ANSWERED, twice));
        }
    }

    @Test
    void aComplaintIsRatedAfterItsReplyOrTheDecisionNotToAcceptItAndTheDepartmentComplainedAboutRectifies() {
        Complaint replied = complaint();
        assertEquals(WAITING, RatingTarget.of(replied).over(), "received");
        replied.accept(DAY, "super", DAY.plusDays(20));
        assertEquals(WAITING, RatingTarget.of(replied).over(), "accepted, investigating");
        replied.answer(ComplaintOutcome.PARTLY, "已督促整改", DAY.plusDays(3), "super");
        RatingTarget t = RatingTarget.of(replied);
        assertEquals(ANSWERED, t.over());
        assertEquals(new Rating.Subject(RatingSubject.COMPLAINT, 41L, "TS-1", 7L, null), t.subject());
        assertEquals("王小明", t.contactName());

        Complaint refused = complaint();
        refused.refuse("不属于投诉范围", DAY, "super");
        assertEquals(ANSWERED, RatingTarget.of(refused).over());
    }

    @Test
    void aLetterIsRatedAfterTheDepartmentsAnswerAndNotWhenTheOfficeAnsweredIt() {
        Letter l = letter();
        assertEquals(WAITING, RatingTarget.of(l).over(), "received");
        l.route(9L, DAY, "office");
        assertEquals(WAITING, RatingTarget.of(l).over(), "with the department");
        l.answer("需要身份证和户口簿。", DAY.plusDays(2), "clerk");
        RatingTarget t = RatingTarget.of(l);
        assertEquals(ANSWERED, t.over());
        assertEquals(9L, t.subject().departmentId());

        Letter byOffice = letter();
        byOffice.route(null, DAY, "office");
        byOffice.answer("请到政务服务中心咨询。", DAY.plusDays(1), "office");
        RatingTarget o = RatingTarget.of(byOffice);
        assertNull(o.departmentId());
        assertEquals("rating.letterAnsweredByOffice", assertThrows(ConflictException.class, o::subject).text().key());
    }

    /** As saved: the rating keeps the subject's id. */
    private static <T extends org.yangguang.shared.BaseEntity> T saved(T entity, long id) {
        try {
            java.lang.reflect.Field f = org.yangguang.shared.BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Complaint complaint() {
        return saved(new Complaint("TS-1", "ABCDEF", ComplaintChannel.PORTAL, "王小明", "13800000000", null, null, 7L, "窗口推诿",
                Instant.parse("2026-12-07T02:00:00Z"), DAY, "online", DAY.plusDays(5)), 41L);
    }

    private static Letter letter() {
        NewLetter f = new NewLetter();
        f.setMailbox(Letter.COUNTY_HEAD);
        f.setCategory(LetterCategory.CONSULTATION);
        f.setSubject("老年人办理社保卡");
        f.setText("需要哪些材料？");
        f.setName("王小明");
        f.setPhone("13800000000");
        f.setConsentToPublish(Boolean.TRUE);
        return saved(new Letter("XX330399-20261207-000001", "ABCDEF", null, f, Instant.parse("2026-12-07T02:00:00Z"), DAY,
                LetterLimits.DEFAULTS.answerDue(Calendars.official(), DAY, LetterCategory.CONSULTATION)), 42L);
    }
}

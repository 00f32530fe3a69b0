package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.interaction.letter.LetterLimits;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.interaction.rating.RectificationStatus;

/**
 * The interaction rules at their boundary days on the official calendar (cn-2025.csv, cn-2026.csv):
 * a rectification reported on its last day is in time, one day later it is a yellow card keyed by the
 * due day; a letter answered on its deadline is in time, after it (or still unanswered) a card of the
 * department handling it, also after an extension and a transfer; across holidays, make-up workdays
 * and the year end. Due days worked out by hand and held to the calendar's own count.
 */
class InteractionEvaluatorTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final List<RuleRef> DEFAULTS = Arrays.stream(RuleTrigger.values()).map(RuleRef::defaultOf).toList();
    static final long DEPT = 7;
    static final long OTHER_DEPT = 8;

    static LocalDate d(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    static EvaluationDay on(String asOf) {
        return new EvaluationDay(d(asOf), CAL);
    }

    /** 15 working days from the confirmation, as RectificationService counts them (default setting). */
    static LocalDate rectificationDue(String verifiedOn) {
        return DeadlineCalculator.deadline(CAL, d(verifiedOn), TimeLimit.workingDays(15), List.of()).date();
    }

    static InteractionEvaluator.RectificationFacts rectification(RectificationStatus status, String verifiedOn, String due,
            String reportedOn) {
        return new InteractionEvaluator.RectificationFacts(21, "330399202609180001", DEPT, status, d(verifiedOn), d(due),
                d(reportedOn));
    }

    static List<String> judged(InteractionEvaluator.RectificationFacts f, String asOf, List<RuleRef> rules) {
        return InteractionEvaluator.rectification(f, rules, on(asOf)).stream()
                .map(x -> x.rule().trigger() + "/" + x.keyDate() + "/" + x.daysOver()).toList();
    }

    static InteractionEvaluator.LetterFacts letter(LetterStatus status, String received, String due, Long handler,
            Integer extensionDays, String transferredOn, String answeredOn) {
        return new InteractionEvaluator.LetterFacts(31, "XX20260918000001", LetterCategory.CONSULTATION, status, d(received),
                d(due), handler, extensionDays, d(transferredOn), d(answeredOn), 2L);
    }

    static List<String> judged(InteractionEvaluator.LetterFacts f, String asOf, List<RuleRef> rules) {
        return InteractionEvaluator.letter(f, rules, on(asOf)).stream()
                .map(x -> x.rule().trigger() + "/" + x.keyDate() + "/" + x.daysOver()).toList();
    }

    static List<String> list(String expected) {
        return expected == null || expected.isEmpty() ? List.of() : List.of(expected);
    }

    @Test
    void theDefaultsAreYellowCardsWithoutThreshold() {
        for (RuleTrigger t : List.of(RuleTrigger.RECTIFICATION_OVERDUE, RuleTrigger.LETTER_ANSWER_OVERDUE)) {
            assertEquals(SupervisionLevel.YELLOW, t.defaultLevel(), t.name());
            assertEquals(0, t.defaultThreshold(), t.name());
            assertEquals(RuleTrigger.Kind.INTERACTION, t.kind(), t.name());
            assertEquals(RuleTrigger.Window.OVERDUE, t.window(), t.name());
        }
        assertEquals(SubjectType.BAD_RATING, RuleTrigger.RECTIFICATION_OVERDUE.subject());
        assertEquals(SubjectType.LETTER, RuleTrigger.LETTER_ANSWER_OVERDUE.subject());
        assertTrue(SubjectType.BAD_RATING.name().length() <= 12, "finding.subject_type is VARCHAR(12)");
    }

    @Nested
    class Rectifications {
        @Test
        void theDueDaysWorkedOutByHand() {
            // confirmed Friday 18 September 2026: 20 (Sunday, make-up workday), 21, 22, 23, 24, 中秋 25-27 off,
            // 28, 29, 30, 国庆 1-7 October off, 8, 9, 10 (Saturday, make-up), 12, 13, 14, 15
            assertEquals(d("2026-10-15"), rectificationDue("2026-09-18"));
            // the year end: confirmed Wednesday 31 December 2025; 元旦 1-3 January off, Sunday 4 January a
            // make-up workday, then 5-9, 12-16, 19-22
            assertEquals(d("2026-01-22"), rectificationDue("2025-12-31"));
            // 春节 15-23 February 2026 off, Saturdays 14 and 28 February make-up workdays
            assertEquals(d("2026-03-06"), rectificationDue("2026-02-09"));
        }

        @ParameterizedTest(name = "reported on {0}, judged on {1} → {2}")
        @CsvSource({
            "2026-10-15, 2026-10-15, ''",
            "2026-10-15, 2026-10-30, ''",
            "2026-10-16, 2026-10-16, RECTIFICATION_OVERDUE/2026-10-15/1",
            "2026-10-16, 2026-11-30, RECTIFICATION_OVERDUE/2026-10-15/1",
            "2026-10-16, 2026-10-15, ''",
            "2026-10-19, 2026-10-19, RECTIFICATION_OVERDUE/2026-10-15/2",
        })
        void reportedOnTheLastDayOrLater(String reportedOn, String asOf, String expected) {
            assertEquals(list(expected), judged(rectification(RectificationStatus.RECTIFIED, "2026-09-18", "2026-10-15",
                    reportedOn), asOf, DEFAULTS));
        }

        @ParameterizedTest(name = "not reported, judged on {0} → {1}")
        @CsvSource({
            "2026-10-14, ''",
            "2026-10-15, ''",
            "2026-10-16, RECTIFICATION_OVERDUE/2026-10-15/1",
            "2026-10-17, RECTIFICATION_OVERDUE/2026-10-15/1",
            "2026-10-19, RECTIFICATION_OVERDUE/2026-10-15/2",
        })
        void notReported(String asOf, String expected) {
            assertEquals(list(expected), judged(rectification(RectificationStatus.RECTIFYING, "2026-09-18", "2026-10-15", null),
                    asOf, DEFAULTS));
        }

        @ParameterizedTest(name = "due {0}, judged on {1} → {2}")
        @CsvSource({
            // the year end: due Thursday 22 January 2026
            "2025-12-31, 2026-01-22, ''",
            "2025-12-31, 2026-01-23, RECTIFICATION_OVERDUE/2026-01-22/1",
            // after 春节: due Friday 6 March, the Saturday after is overdue with no working day over yet
            "2026-02-09, 2026-03-06, ''",
            "2026-02-09, 2026-03-07, RECTIFICATION_OVERDUE/2026-03-06/0",
            "2026-02-09, 2026-03-09, RECTIFICATION_OVERDUE/2026-03-06/1",
        })
        void acrossHolidaysAndTheYearEnd(String verifiedOn, String asOf, String expected) {
            String due = rectificationDue(verifiedOn).toString();
            assertEquals(list(expected), judged(rectification(RectificationStatus.RECTIFYING, verifiedOn, due, null), asOf,
                    DEFAULTS));
        }

        @Test
        void nothingBeforeTheConfirmationNorForAnUnfoundedRating() {
            assertEquals(List.of(), judged(rectification(RectificationStatus.VERIFYING, null, null, null), "2026-12-31", DEFAULTS));
            assertEquals(List.of(), judged(rectification(RectificationStatus.UNFOUNDED, "2026-09-18", "2026-10-15", null),
                    "2026-12-31", DEFAULTS));
        }

        @Test
        void theRuleAsRevised() {
            var f = rectification(RectificationStatus.RECTIFYING, "2026-09-18", "2026-10-15", null);
            RuleRef twoDays = new RuleRef(5, "RECTIFICATION_OVERDUE", 2, "差评整改逾期未反馈", RuleTrigger.RECTIFICATION_OVERDUE,
                    SupervisionLevel.RED, 2, true);
            assertEquals(List.of(), judged(f, "2026-10-16", List.of(twoDays)), "1 working day over: under the threshold");
            var drafts = InteractionEvaluator.rectification(f, List.of(twoDays), on("2026-10-19"));
            assertEquals(1, drafts.size());
            assertEquals(SupervisionLevel.RED, drafts.get(0).rule().level(), "the level is the revision's");
            RuleRef off = new RuleRef(6, "RECTIFICATION_OVERDUE", 3, "差评整改逾期未反馈", RuleTrigger.RECTIFICATION_OVERDUE,
                    SupervisionLevel.YELLOW, 0, false);
            assertEquals(List.of(), judged(f, "2026-10-19", List.of(off)), "a disabled rule judges nothing");
        }

        @Test
        void theFindingIsTheRectifyingDepartmentsAndExplained() {
            var draft = InteractionEvaluator.rectification(rectification(RectificationStatus.RECTIFIED, "2026-09-18",
                    "2026-10-15", "2026-10-16"), DEFAULTS, on("2026-10-20")).get(0);
            assertEquals(SubjectType.BAD_RATING, draft.subjectType());
            assertEquals(21, draft.subjectId());
            assertEquals(DEPT, draft.departmentId());
            assertEquals("330399202609180001", draft.receiptNumber());
            assertEquals(d("2026-09-18"), draft.startDate());
            String text = draft.derivation();
            assertTrue(text.startsWith("差评整改反馈期限 2026-10-15（2026-09-18 回访核实属实起 15 个工作日），于 2026-10-16 才反馈整改情况，"
                    + "超过 1 个工作日"), text);
            assertTrue(text.contains("国庆") && text.contains("09-20"), "the holidays and the make-up workday: " + text);
        }
    }

    @Nested
    class Letters {
        @ParameterizedTest(name = "a 咨询 received 2026-09-18, due 09-24, answered {0}, judged {1} → {2}")
        @CsvSource({
            "2026-09-24, 2026-09-24, ''",
            "2026-09-24, 2026-12-01, ''",
            // 中秋 25-27 September off: Monday 28 is the first working day over
            "2026-09-25, 2026-09-25, LETTER_ANSWER_OVERDUE/2026-09-24/0",
            "2026-09-28, 2026-09-28, LETTER_ANSWER_OVERDUE/2026-09-24/1",
            "2026-09-28, 2026-10-20, LETTER_ANSWER_OVERDUE/2026-09-24/1",
        })
        void answeredOnTheDeadlineOrLater(String answeredOn, String asOf, String expected) {
            // Sunday 20 September a make-up workday: 21, 22, 23, 24 and 20 make five
            assertEquals(d("2026-09-24"), LetterLimits.DEFAULTS.answerDue(CAL, d("2026-09-18"), LetterCategory.CONSULTATION).date());
            assertEquals(list(expected), judged(letter(LetterStatus.ANSWERED, "2026-09-18", "2026-09-24", DEPT, null, null,
                    answeredOn), asOf, DEFAULTS));
        }

        @ParameterizedTest(name = "unanswered, judged {0} → {1}")
        @CsvSource({
            "2026-09-24, ''",
            "2026-09-26, LETTER_ANSWER_OVERDUE/2026-09-24/0",
            "2026-10-08, LETTER_ANSWER_OVERDUE/2026-09-24/4",
        })
        void stillUnanswered(String asOf, String expected) {
            // 28, 29, 30 September and 8 October: four working days over, 国庆 not counted
            assertEquals(list(expected), judged(letter(LetterStatus.HANDLING, "2026-09-18", "2026-09-24", DEPT, null, null, null),
                    asOf, DEFAULTS));
        }

        @ParameterizedTest(name = "extended by 10 to 10-15, judged {0} → {1}")
        @CsvSource({
            "2026-10-15, ''",
            "2026-10-16, LETTER_ANSWER_OVERDUE/2026-10-15/1",
        })
        void anExtendedLetterIsJudgedByItsNewDeadline(String asOf, String expected) {
            LocalDate extended = LetterLimits.DEFAULTS.extendedDue(CAL, d("2026-09-24")).date();
            assertEquals(d("2026-10-15"), extended);
            var f = letter(LetterStatus.HANDLING, "2026-09-18", extended.toString(), DEPT, 10, null, null);
            assertEquals(list(expected), judged(f, asOf, DEFAULTS));
            if (!expected.isEmpty()) {
                assertTrue(InteractionEvaluator.letter(f, DEFAULTS, on(asOf)).get(0).derivation()
                        .startsWith("来信（咨询）答复期限 2026-10-15（2026-09-18 收到起 5 个工作日，经批准延长 10 个工作日）"));
            }
        }

        @Test
        void aTransferredLetterIsTheNewHandlersWithTheSameDeadline() {
            var f = letter(LetterStatus.HANDLING, "2026-09-18", "2026-09-24", OTHER_DEPT, null, "2026-09-21", null);
            var drafts = InteractionEvaluator.letter(f, DEFAULTS, on("2026-09-28"));
            assertEquals(1, drafts.size());
            var draft = drafts.get(0);
            assertEquals(OTHER_DEPT, draft.departmentId(), "the department handling it after the transfer");
            assertEquals(d("2026-09-24"), draft.keyDate(), "a transfer keeps the deadline");
            assertEquals(SubjectType.LETTER, draft.subjectType());
            assertEquals("XX20260918000001", draft.receiptNumber());
            assertEquals(31, draft.subjectId());
            assertTrue(draft.derivation().startsWith("来信（咨询）答复期限 2026-09-24（2026-09-18 收到起 5 个工作日，2026-09-21 转办），"
                    + "评估日 2026-09-28 已超过 1 个工作日，尚未答复"), draft.derivation());
        }

        @ParameterizedTest(name = "the year end: received 2025-12-31, due 2026-01-08, judged {0} → {1}")
        @CsvSource({
            "2026-01-08, ''",
            "2026-01-09, LETTER_ANSWER_OVERDUE/2026-01-08/1",
        })
        void acrossTheYearEnd(String asOf, String expected) {
            assertEquals(d("2026-01-08"), LetterLimits.DEFAULTS.answerDue(CAL, d("2025-12-31"), LetterCategory.CONSULTATION).date());
            assertEquals(list(expected), judged(letter(LetterStatus.HANDLING, "2025-12-31", "2026-01-08", DEPT, null, null, null),
                    asOf, DEFAULTS));
        }

        @Test
        void theOfficesOwnLettersAndComplaintsAreNotJudgedHere() {
            assertEquals(List.of(), judged(letter(LetterStatus.HANDLING, "2026-09-18", "2026-09-24", null, null, null, null),
                    "2026-10-20", DEFAULTS), "handled by the office: no department to carry the card");
            assertEquals(List.of(), judged(letter(LetterStatus.RECEIVED, "2026-09-18", "2026-09-24", null, null, null, null),
                    "2026-10-20", DEFAULTS), "not routed yet");
            assertEquals(List.of(), judged(letter(LetterStatus.COMPLAINT, "2026-09-18", "2026-09-24", DEPT, null, null, null),
                    "2026-10-20", DEFAULTS), "a 投诉 handled as a complaint: the complaint's limits");
        }
    }
}

package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.approval.CaseStatus;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.HandlingKind;

/** Every time-based rule at its boundary days: on the deadline in time, the day after overdue. */
class CaseEvaluatorTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final List<RuleRef> DEFAULTS = Arrays.stream(RuleTrigger.values()).map(RuleRef::defaultOf).toList();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** An accepted case in progress with these deadlines (step and stop optional). */
    static CaseFacts inProgress(String promised, String statutory) {
        return new CaseFacts(1, CaseStatus.IN_PROGRESS, HandlingKind.PROMISED, d("2026-09-01"), d(promised),
                d(statutory), null, null, null, null, null, null, null);
    }

    static List<RuleTrigger> triggered(CaseFacts f, String asOf) {
        return CaseEvaluator.evaluate(f, DEFAULTS, new EvaluationDay(d(asOf), CAL)).stream()
                .map(x -> x.rule().trigger()).toList();
    }

    @Nested
    class PromisedAndStatutoryLimits {
        @ParameterizedTest(name = "promised {0}: on {1} → {2}")
        @CsvSource({
            "2026-11-27, 2026-11-25, ''",
            "2026-11-27, 2026-11-26, PROMISED_DUE_SOON",
            "2026-11-27, 2026-11-27, PROMISED_DUE_SOON",
            "2026-11-27, 2026-11-28, PROMISED_OVERDUE",
            "2026-11-27, 2026-11-29, PROMISED_OVERDUE",
            "2026-11-27, 2026-11-30, PROMISED_OVERDUE",
        })
        void promisedLimitAroundAWeekend(String promised, String asOf, String expected) {
            assertEquals(expected.isEmpty() ? List.of() : List.of(RuleTrigger.valueOf(expected)),
                    triggered(inProgress(promised, "2026-12-31"), asOf));
        }

        @Test
        void statutoryPassedIsARedCardBesideTheYellow() {
            List<RuleTrigger> t = triggered(inProgress("2026-10-20", "2026-11-27"), "2026-11-28");
            assertEquals(List.of(RuleTrigger.PROMISED_OVERDUE, RuleTrigger.STATUTORY_OVERDUE), t);
            assertEquals(List.of(RuleTrigger.PROMISED_OVERDUE), triggered(inProgress("2026-10-20", "2026-11-27"),
                    "2026-11-27"), "the statutory deadline day itself is in time");
        }

        @Test
        void daysOverCountWorkingDaysAndTheDeadlineKeysTheFinding() {
            var drafts = CaseEvaluator.evaluate(inProgress("2026-10-09", "2026-12-31"), DEFAULTS,
                    new EvaluationDay(d("2026-10-13"), CAL));
            assertEquals(1, drafts.size());
            assertEquals(d("2026-10-09"), drafts.get(0).keyDate());
            assertEquals(3, drafts.get(0).daysOver(), "10-10 make-up workday, 10-12, 10-13");
            assertEquals(d("2026-09-01"), drafts.get(0).startDate());
        }

        @Test
        void aDecidedCaseIsJudgedByItsDeliveryDeadlineOnly() {
            CaseFacts decided = new CaseFacts(1, CaseStatus.DECIDED, HandlingKind.PROMISED, d("2026-09-01"),
                    d("2026-09-10"), d("2026-09-30"), null, null, null, null, null, d("2026-11-13"), d("2026-11-27"));
            assertEquals(List.of(), triggered(decided, "2026-11-27"));
            assertEquals(List.of(RuleTrigger.DELIVERY_OVERDUE), triggered(decided, "2026-11-28"));
        }

        @Test
        void aStoppedClockHasNoPromisedDeadlineToPass() {
            CaseFacts stopped = new CaseFacts(1, CaseStatus.IN_PROGRESS, HandlingKind.PROMISED, d("2026-09-01"), null,
                    null, null, null, "INSPECTION", d("2026-11-02"), d("2026-11-10"), null, null);
            assertEquals(List.of(), triggered(stopped, "2026-11-10"), "the announced last day is in time");
            assertEquals(List.of(RuleTrigger.SPECIAL_PROCEDURE_OVERRUN), triggered(stopped, "2026-11-11"));
            var draft = CaseEvaluator.evaluate(stopped, DEFAULTS, new EvaluationDay(d("2026-11-14"), CAL)).get(0);
            assertEquals(4, draft.daysOver(), "natural days");
            assertEquals("INSPECTION", draft.detail());
        }

        @Test
        void casesNotYetAcceptedAreNotJudgedOnLimits() {
            CaseFacts received = new CaseFacts(1, CaseStatus.RECEIVED, HandlingKind.PROMISED, null, null, null, null,
                    null, null, null, null, null, null);
            assertEquals(List.of(), triggered(received, "2026-12-31"));
        }
    }

    /**
     * Around every holiday block of 2026: a deadline on the last working day before the block is
     * overdue on each day of the block (with no working day over yet); one on the first working day
     * after the block is due soon on the last working day before it.
     */
    @ParameterizedTest(name = "{0}: {1} to {2}")
    @MethodSource("holidayBlocks2026")
    void acrossEveryHolidayBlockOf2026(String name, LocalDate first, LocalDate last) {
        LocalDate before = first.minusDays(1);
        while (!CAL.isWorkingDay(before)) before = before.minusDays(1);
        LocalDate after = last.plusDays(1);
        while (!CAL.isWorkingDay(after)) after = after.plusDays(1);

        CaseFacts dueBefore = inProgress(before.toString(), "2027-06-30");
        assertEquals(List.of(RuleTrigger.PROMISED_DUE_SOON), triggered(dueBefore, before.toString()), "deadline day");
        for (LocalDate day = before.plusDays(1); day.isBefore(after); day = day.plusDays(1)) {
            var drafts = CaseEvaluator.evaluate(dueBefore, DEFAULTS, new EvaluationDay(day, CAL));
            assertEquals(List.of(RuleTrigger.PROMISED_OVERDUE), drafts.stream().map(x -> x.rule().trigger()).toList(),
                    name + " " + day);
            assertEquals(0, drafts.get(0).daysOver(), "no working day over yet on " + day);
        }
        assertEquals(1, CaseEvaluator.evaluate(dueBefore, DEFAULTS, new EvaluationDay(after, CAL)).get(0).daysOver());

        CaseFacts dueAfter = inProgress(after.toString(), "2027-06-30");
        assertEquals(List.of(RuleTrigger.PROMISED_DUE_SOON), triggered(dueAfter, before.toString()),
                "one working day left across " + name);
        LocalDate twoBefore = before.minusDays(1);
        while (!CAL.isWorkingDay(twoBefore)) twoBefore = twoBefore.minusDays(1);
        assertEquals(List.of(), triggered(dueAfter, twoBefore.toString()), "two working days left");
    }

    static Stream<Arguments> holidayBlocks2026() {
        List<CalendarDay> days = CAL.schedule(2026).stream().filter(x -> x.kind() == DayKind.HOLIDAY).toList();
        Stream.Builder<Arguments> blocks = Stream.builder();
        CalendarDay start = days.get(0);
        CalendarDay prev = start;
        for (CalendarDay x : days.subList(1, days.size())) {
            if (!x.date().equals(prev.date().plusDays(1)) || !x.name().equals(prev.name())) {
                blocks.add(Arguments.of(start.name(), start.date(), prev.date()));
                start = x;
            }
            prev = x;
        }
        blocks.add(Arguments.of(start.name(), start.date(), prev.date()));
        return blocks.build();
    }

    @Nested
    class Steps {
        static CaseFacts withStep(String stepDeadline, String promised) {
            return new CaseFacts(1, CaseStatus.IN_PROGRESS, HandlingKind.PROMISED, d("2026-11-02"), d(promised),
                    d("2026-12-31"), "审查", d(stepDeadline), null, null, null, null, null);
        }

        @Test
        void aStepOverItsLimitWhileTheCaseIsInTime() {
            assertEquals(List.of(RuleTrigger.STEP_DUE_SOON), triggered(withStep("2026-11-20", "2026-12-04"), "2026-11-20"));
            assertEquals(List.of(RuleTrigger.STEP_OVERDUE), triggered(withStep("2026-11-20", "2026-12-04"), "2026-11-21"));
            var draft = CaseEvaluator.evaluate(withStep("2026-11-20", "2026-12-04"), DEFAULTS,
                    new EvaluationDay(d("2026-11-24"), CAL)).get(0);
            assertEquals("审查", draft.detail());
            assertEquals(2, draft.daysOver());
        }

        @Test
        void onceTheCaseIsOverdueTheStepIsNoLongerJudgedOnItsOwn() {
            List<RuleTrigger> t = triggered(withStep("2026-11-20", "2026-11-24"), "2026-11-25");
            assertEquals(List.of(RuleTrigger.PROMISED_OVERDUE), t);
            assertEquals(List.of(RuleTrigger.PROMISED_DUE_SOON, RuleTrigger.STEP_OVERDUE),
                    triggered(withStep("2026-11-20", "2026-11-24"), "2026-11-24"), "due on the promised deadline day");
        }
    }

    @Nested
    class ImmediateCases {
        static CaseFacts immediate(CaseStatus status) {
            return new CaseFacts(1, status, HandlingKind.IMMEDIATE, d("2026-11-27"), d("2026-11-27"), d("2026-12-25"),
                    null, null, null, null, null, null, null);
        }

        @Test
        void notConcludedOnTheDayOfAcceptance() {
            assertTrue(triggered(immediate(CaseStatus.IN_PROGRESS), "2026-11-27").stream()
                    .noneMatch(t -> t == RuleTrigger.IMMEDIATE_NOT_SAME_DAY));
            assertTrue(triggered(immediate(CaseStatus.IN_PROGRESS), "2026-11-28")
                    .contains(RuleTrigger.IMMEDIATE_NOT_SAME_DAY), "Saturday: not concluded the same day");
            assertTrue(triggered(immediate(CaseStatus.DECIDED), "2026-11-28").contains(RuleTrigger.IMMEDIATE_NOT_SAME_DAY),
                    "decided but not delivered");
        }
    }

    @Nested
    class Thresholds {
        @Test
        void aThresholdOfWorkingDaysWaitsForThem() {
            RuleRef lenient = new RuleRef(9, "LENIENT", 1, "宽限2个工作日", RuleTrigger.PROMISED_OVERDUE,
                    SupervisionLevel.YELLOW, 2, true);
            CaseFacts f = inProgress("2026-09-30", "2027-06-30");
            assertEquals(0, CaseEvaluator.evaluate(f, List.of(lenient), new EvaluationDay(d("2026-10-08"), CAL)).size());
            assertEquals(1, CaseEvaluator.evaluate(f, List.of(lenient), new EvaluationDay(d("2026-10-09"), CAL)).size());
        }

        @Test
        void aDisabledRuleIssuesNothing() {
            RuleRef off = new RuleRef(9, "OFF", 2, "停用", RuleTrigger.PROMISED_OVERDUE, SupervisionLevel.YELLOW, 0, false);
            assertEquals(0, CaseEvaluator.evaluate(inProgress("2026-09-30", "2027-06-30"), List.of(off),
                    new EvaluationDay(d("2026-11-30"), CAL)).size());
        }

        @Test
        void aWarningThreeDaysAhead() {
            RuleRef early = new RuleRef(9, "EARLY", 1, "提前3日预警", RuleTrigger.PROMISED_DUE_SOON, SupervisionLevel.WARNING,
                    3, true);
            CaseFacts f = inProgress("2026-12-02", "2027-06-30");
            assertEquals(1, CaseEvaluator.evaluate(f, List.of(early), new EvaluationDay(d("2026-11-27"), CAL)).size(),
                    "Friday: 11-30, 12-01, 12-02 are three working days");
            assertEquals(0, CaseEvaluator.evaluate(f, List.of(early), new EvaluationDay(d("2026-11-26"), CAL)).size());
            assertEquals(-3, CaseEvaluator.evaluate(f, List.of(early), new EvaluationDay(d("2026-11-27"), CAL)).get(0)
                    .daysOver());
        }
    }
}

package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.SystemText;

/**
 * The time limits of a disclosure request on the official 2025/2026 calendars. Every expected date
 * is counted by hand from calendar/cn-2025.csv and cn-2026.csv: the listed days are the working days
 * counted, (Sun)/(Sat) marks a make-up workday (调休上班).
 */
class RequestLimitsTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final Optional<DisclosureOutcome> NONE = Optional.empty();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static RequestEvents received(String day) {
        return RequestEvents.receivedOn(d(day));
    }

    static RequestLimits limits(RequestEvents events) {
        return events.limits(CAL);
    }

    @Nested
    class CorrectionNoticeDeadline {
        @ParameterizedTest(name = "received {0}: notice by {1} ({2})")
        @CsvSource(delimiter = '|', value = {
            "2026-11-23 | 2026-12-02 | 24, 25, 26, 27, 30, 12-01, 12-02",
            "2025-09-26 | 2025-10-13 | 国庆节、中秋节 2025: 09-28(Sun), 29, 30, 10-09, 10, 11(Sat), 13",
            "2025-09-28 | 2025-10-14 | received on the Sunday make-up day itself: 09-29, 30, 10-09, 10, 11(Sat), 13, 14",
            "2025-10-10 | 2025-10-20 | 10-11(Sat), 13, 14, 15, 16, 17, 20",
            "2025-12-19 | 2025-12-30 | 22, 23, 24, 25, 26, 29, 30",
            "2025-12-31 | 2026-01-12 | 元旦 2026 across the year: 01-04(Sun), 05, 06, 07, 08, 09, 12",
            "2025-01-24 | 2025-02-10 | 春节 2025: 01-26(Sun), 27, 02-05, 06, 07, 08(Sat), 10",
            "2026-09-01 | 2026-09-10 | 02, 03, 04, 07, 08, 09, 10",
            "2026-12-20 | 2026-12-29 | 21, 22, 23, 24, 25, 28, 29"
        })
        void sevenWorkingDaysAfterReceipt(String receivedOn, String expected, String counted) {
            Deadline notice = limits(received(receivedOn)).correctionNotice();
            assertEquals(d(expected), notice.date(), counted);
            assertEquals(7, notice.limit().getValue());
        }

        @Test
        void aNoticeOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
            // received 2026-09-01: the notice is due 2026-09-10
            assertFalse(limits(received("2026-09-01").noticeCorrection(d("2026-09-10"), d("2026-09-30"))).isCorrectionNoticeLate());
            assertTrue(limits(received("2026-09-01").noticeCorrection(d("2026-09-11"), d("2026-09-30"))).isCorrectionNoticeLate());
            assertFalse(limits(received("2026-09-01")).isCorrectionNoticeLate(), "no notice, nothing late");
        }
    }

    @Nested
    class Reply {
        @ParameterizedTest(name = "received {0}: reply by {1} ({2})")
        @CsvSource(delimiter = '|', value = {
            "2026-11-23 | 2026-12-21 | four plain weeks",
            "2025-09-26 | 2025-10-30 | 09-28(Sun), 29, 30, 10-09, 10, 11(Sat), 13..17, 20..24, 27..30",
            "2025-12-19 | 2026-01-19 | 22..26, 29, 30, 31, 01-04(Sun), 05..09, 12..16, 19",
            "2025-01-24 | 2025-02-27 | 01-26(Sun), 27, 02-05, 06, 07, 08(Sat), 10..14, 17..21, 24..27",
            "2026-09-01 | 2026-09-29 | 02..04, 07..11, 14..18, 20(Sun), 21..24, 28, 29",
            "2026-09-18 | 2026-10-22 | 09-20(Sun), 21..24, 28..30, 10-08, 09, 10(Sat), 12..16, 19..22"
        })
        void twentyWorkingDaysAfterReceipt(String receivedOn, String expected, String counted) {
            RequestLimits limits = limits(received(receivedOn));
            assertEquals(d(expected), limits.reply().date(), counted);
            assertEquals(d(expected), limits.replyDue());
            assertNull(limits.extendedReply());
            assertNull(limits.feePayment());
            assertEquals(List.of(), limits.stops());
            assertEquals(2, limits.calendarVersion());
        }

        @Test
        void aDeadlineInAYearNotImportedWarnsOnce() {
            // 2026-12-20: 21..25, 28..31, then 2027 as plain weekends: 01-01 (Fri), 04..08, 11..15
            RequestLimits limits = limits(received("2026-12-20").extend(5, "王主任", "需调取档案", d("2026-12-21")));
            assertEquals(d("2027-01-15"), limits.reply().date());
            // + 5: 18..22
            assertEquals(d("2027-01-22"), limits.replyDue());
            assertEquals(List.of("2027年节假日安排尚未导入，按普通周末计算"), limits.warnings().stream().map(SystemText::chinese).toList());
        }

        @Test
        void noWarningInsideTheImportedYears() {
            assertEquals(List.of(), limits(received("2026-09-01")).warnings());
        }
    }

    @Nested
    class Correction {
        // received 2026-09-01 (reply would be due 2026-09-29); notice 09-07, correction due 09-21
        final RequestEvents noticed = received("2026-09-01").noticeCorrection(d("2026-09-07"), d("2026-09-21"));

        @Test
        void theReplyLimitRestartsFromTheCorrection() {
            RequestLimits limits = limits(noticed.corrected(d("2026-09-18")));
            // from 09-18: 09-20(Sun), 21..24, 28..30, 10-08, 09, 10(Sat), 12..16, 19..22
            assertEquals(d("2026-10-22"), limits.replyDue());
            assertEquals(d("2026-09-18"), limits.events().replyClockStart());
        }

        @Test
        void aCorrectionOnItsLastDayIsInTime() {
            RequestLimits limits = limits(noticed.corrected(d("2026-09-21")));
            // from 09-21: 22..24, 28..30, 10-08, 09, 10(Sat), 12..16, 19..23, 26
            assertEquals(d("2026-10-26"), limits.replyDue());
            assertEquals(NONE, limits.deemedWithdrawal(d("2026-12-31")));
        }

        @Test
        void whileTheCorrectionIsAwaitedNoReplyIsDue() {
            RequestLimits limits = limits(noticed);
            assertTrue(limits.events().isAwaitingCorrection());
            assertNull(limits.reply());
            assertNull(limits.replyDue());
            assertNull(limits.events().replyClockStart());
            assertEquals(d("2026-09-10"), limits.correctionNotice().date(), "the notice deadline stays");
        }

        @Test
        void noCorrectionByTheDayGivenClosesTheRequest() {
            RequestLimits limits = limits(noticed);
            assertEquals(NONE, limits.deemedWithdrawal(d("2026-09-21")));
            assertEquals(Optional.of(DisclosureOutcome.NO_CORRECTION_IN_TIME), limits.deemedWithdrawal(d("2026-09-22")));
        }

        @Test
        void aLateCorrectionDoesNotRestartAnything() {
            RequestLimits limits = limits(noticed.corrected(d("2026-09-22")));
            assertNull(limits.reply());
            assertNull(limits.replyDue());
            assertEquals(Optional.of(DisclosureOutcome.NO_CORRECTION_IN_TIME), limits.deemedWithdrawal(d("2026-09-22")));
        }

        @Test
        void aCorrectionAcrossTheYearBoundary() {
            // received 2025-12-19: notice due 2025-12-30 (22..26, 29, 30)
            RequestLimits limits = limits(received("2025-12-19").noticeCorrection(d("2025-12-30"), d("2026-01-09"))
                    .corrected(d("2026-01-05")));
            assertFalse(limits.isCorrectionNoticeLate());
            // from 2026-01-05: 06..09, 12..16, 19..23, 26..30, 02-02
            assertEquals(d("2026-02-02"), limits.replyDue());
        }
    }

    @Nested
    class ThirdParty {
        // received 2025-09-15: without consultation the reply is due 2025-10-17
        // (16..19, 22..26, 28(Sun), 29, 30, 10-09, 10, 11(Sat), 13..17)
        final RequestEvents asked = received("2025-09-15").consultThirdParty("阳光建设公司", d("2025-09-25"));

        @Test
        void withoutConsultation() {
            assertEquals(d("2025-10-17"), limits(received("2025-09-15")).replyDue());
        }

        @Test
        void thePauseAcrossNationalDayMovesTheReplyByTheWorkingDaysItTook() {
            RequestLimits limits = limits(asked.thirdPartyAnswered("阳光建设公司", d("2025-10-10")));
            // paused 09-26 .. 10-10: working days 09-26, 09-28(Sun), 29, 30, 10-09, 10 = 6
            // counted: 16..19, 22..25 (8), then 10-11(Sat), 13..17, 20..24, 27 (20)
            assertEquals(d("2025-10-27"), limits.replyDue());
            SystemText asked = SystemText.of("deadline.stop.consultation", "阳光建设公司");
            assertEquals("征求第三方意见（阳光建设公司）", asked.chinese());
            assertEquals(List.of(new ClockStop(d("2025-09-25"), d("2025-10-10"), asked)), limits.stops());
            assertTrue(limits.reply().skipped().contains(new Deadline.SkippedDay(d("2025-09-26"), asked)));
        }

        @Test
        void theThirdPartyHasFifteenWorkingDays() {
            // asked 2025-09-25: 26, 28(Sun), 29, 30, 10-09, 10, 11(Sat), 13..17, 20, 21, 22
            assertEquals(List.of(d("2025-10-22")), limits(asked).thirdPartyAnswers().stream().map(Deadline::date).toList());
        }

        @Test
        void withoutAnAnswerThePauseEndsAfterFifteenWorkingDays() {
            RequestLimits limits = limits(asked);
            // paused 09-26 .. 10-22 (15 working days); counted: 16..19, 22..25 (8),
            // then 10-23, 24, 27..31, 11-03..07 (20)
            assertEquals(d("2025-11-07"), limits.replyDue());
            assertEquals(d("2025-10-22"), limits.stops().get(0).end());
        }

        @Test
        void aLateAnswerDoesNotLengthenThePause() {
            assertEquals(d("2025-11-07"), limits(asked.thirdPartyAnswered("阳光建设公司", d("2025-10-24"))).replyDue());
        }

        @Test
        void anAnswerTheSameDayPausesNothing() {
            assertEquals(d("2025-10-17"), limits(asked.thirdPartyAnswered("阳光建设公司", d("2025-09-25"))).replyDue());
        }

        @Test
        void overlappingConsultationsPauseEachDayOnce() {
            RequestLimits limits = limits(asked.consultThirdParty("张三", d("2025-09-29"))
                    .thirdPartyAnswered("阳光建设公司", d("2025-10-10")).thirdPartyAnswered("张三", d("2025-10-13")));
            // paused 09-26 .. 10-13: the 6 working days above plus 10-11(Sat) and 10-13
            // counted: 16..19, 22..25 (8), then 10-14..17, 20..24, 27..29 (20)
            assertEquals(d("2025-10-29"), limits.replyDue());
            assertEquals(2, limits.thirdPartyAnswers().size());
        }
    }

    @Nested
    class Extension {
        // received 2026-09-01: reply due 2026-09-29
        final RequestEvents received = received("2026-09-01");

        @ParameterizedTest(name = "+{0} working days: {1} ({2})")
        @CsvSource(delimiter = '|', value = {
            "1  | 2026-09-30 | 09-30",
            "5  | 2026-10-12 | 09-30, 10-08, 09, 10(Sat), 12",
            "20 | 2026-11-02 | 09-30, 10-08, 09, 10(Sat), 12..16, 19..23, 26..30, 11-02"
        })
        void theExtensionAddsWorkingDaysAfterTheReplyDeadline(int days, String expected, String counted) {
            RequestLimits limits = limits(received.extend(days, "王主任", "涉及档案调取", d("2026-09-20")));
            assertEquals(d("2026-09-29"), limits.reply().date(), "the reply deadline before the extension stays");
            assertEquals(d(expected), limits.extendedReply().date(), counted);
            assertEquals(d(expected), limits.replyDue());
        }

        @Test
        void theExtensionCountsOnTopOfAPause() {
            // received 2025-09-15, third party 09-25 .. 10-10: reply due 2025-10-27 (see ThirdParty)
            RequestLimits limits = limits(received("2025-09-15").consultThirdParty("阳光建设公司", d("2025-09-25"))
                    .thirdPartyAnswered("阳光建设公司", d("2025-10-10")).extend(10, "王主任", "第三方意见需研究", d("2025-10-20")));
            // + 10: 10-28..31, 11-03..07, 10
            assertEquals(d("2025-11-10"), limits.replyDue());
        }

        @Test
        void anExtensionGrantedAfterTheDeadlineIsLate() {
            assertFalse(limits(received.extend(5, "王主任", "理由", d("2026-09-29"))).isExtensionLate());
            assertTrue(limits(received.extend(5, "王主任", "理由", d("2026-09-30"))).isExtensionLate());
            assertFalse(limits(received).isExtensionLate());
        }
    }

    @Nested
    class Fee {
        // received 2026-09-01 (reply due 2026-09-29); fee notice 2026-09-11
        final RequestEvents noticed = received("2026-09-01").noticeFee(100, d("2026-09-11"));

        @Test
        void twentyWorkingDaysToPay() {
            // 14..18, 20(Sun), 21..24, 28..30, 10-08, 09, 10(Sat), 12..15
            assertEquals(d("2026-10-15"), limits(noticed).feePayment().date());
        }

        @Test
        void theTimeToPayIsConfigurable() {
            // 10 working days: 14..18, 20(Sun), 21..24
            assertEquals(d("2026-09-24"), limits(received("2026-09-01").noticeFee(100, d("2026-09-11"), 10)).feePayment().date());
        }

        @Test
        void thePaymentDeadlineAcrossTheYearBoundary() {
            // notice 2025-12-19: 22..26, 29..31, 01-04(Sun), 05..09, 12..16, 19
            assertEquals(d("2026-01-19"), limits(received("2025-12-15").noticeFee(300, d("2025-12-19"))).feePayment().date());
        }

        @Test
        void whileUnpaidTheReplyDeadlineIsSuspended() {
            RequestLimits limits = limits(noticed);
            assertTrue(limits.reply().isSuspended());
            assertNull(limits.replyDue());
        }

        @Test
        void theWaitForPaymentIsNotCounted() {
            RequestLimits limits = limits(noticed.feePaid(d("2026-09-18")));
            // paused 09-12 .. 09-18: 14..18 = 5 working days; 09-29 + 5: 09-30, 10-08, 09, 10(Sat), 12
            assertEquals(d("2026-10-12"), limits.replyDue());
        }

        @Test
        void paidOnTheLastDay() {
            RequestLimits limits = limits(noticed.feePaid(d("2026-10-15")));
            // counted 09-02..04, 07..11 (8), paused 09-12 .. 10-15, then 10-16, 19..23, 26..30, 11-02 (20)
            assertEquals(d("2026-11-02"), limits.replyDue());
            assertEquals(NONE, limits.deemedWithdrawal(d("2026-12-31")));
        }

        @Test
        void unpaidByTheDeadlineClosesTheRequest() {
            RequestLimits limits = limits(noticed);
            assertEquals(NONE, limits.deemedWithdrawal(d("2026-10-15")));
            assertEquals(Optional.of(DisclosureOutcome.FEE_NOT_PAID), limits.deemedWithdrawal(d("2026-10-16")));
        }

        @Test
        void aLatePaymentDoesNotReviveTheRequest() {
            RequestLimits limits = limits(noticed.feePaid(d("2026-10-16")));
            assertNull(limits.reply());
            assertEquals(Optional.of(DisclosureOutcome.FEE_NOT_PAID), limits.deemedWithdrawal(d("2026-10-16")));
        }

        @Test
        void aFeeNoticeAfterTheDeadlineDoesNotMoveIt() {
            assertEquals(d("2026-09-29"), limits(received("2026-09-01").noticeFee(100, d("2026-09-30"))).replyDue());
        }
    }

    @Test
    void aWholeRequest() {
        RequestEvents events = received("2025-09-22")
                .noticeCorrection(d("2025-09-26"), d("2025-10-17"))
                .corrected(d("2025-10-09"))
                .consultThirdParty("阳光建设公司", d("2025-10-13"))
                .thirdPartyAnswered("阳光建设公司", d("2025-10-20"))
                .extend(10, "王主任", "第三方意见需研究", d("2025-11-05"));
        RequestLimits limits = limits(events);
        // notice due: 23..26, 28(Sun), 29, 30
        assertEquals(d("2025-09-30"), limits.correctionNotice().date());
        assertFalse(limits.isCorrectionNoticeLate());
        // from the correction 10-09: 10, 11(Sat), 13 (3); paused 10-14 .. 10-20;
        // 21..24, 27..31, 11-03..07, 10..12 (20)
        assertEquals(d("2025-11-12"), limits.reply().date());
        assertFalse(limits.isExtensionLate());
        // + 10: 13, 14, 17..21, 24..26
        assertEquals(d("2025-11-26"), limits.replyDue());
        // asked 10-13: 14..17, 20..24, 27..31, 11-03
        assertEquals(d("2025-11-03"), limits.thirdPartyAnswers().get(0).date());
        assertEquals(NONE, limits.deemedWithdrawal(d("2025-11-26")));
        assertEquals(limits, events.limits(CAL), "a value: the same events give the same limits");
    }
}

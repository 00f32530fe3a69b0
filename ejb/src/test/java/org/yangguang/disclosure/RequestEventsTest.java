package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the events of a request accept and refuse. */
class RequestEventsTest {
    static final RequestEvents RECEIVED = RequestEvents.receivedOn(d("2026-09-01"));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void verbsReturnNewEventsAndLeaveTheOldOnesAlone() {
        RequestEvents extended = RECEIVED.extend(5, "王主任", "理由", d("2026-09-20"));
        assertNull(RECEIVED.extension());
        assertEquals(5, extended.extension().days());
        assertEquals(RECEIVED, RequestEvents.receivedOn(d("2026-09-01")));
    }

    @Test
    void aReceiptDateIsRequired() {
        assertThrows(NullPointerException.class, () -> RequestEvents.receivedOn(null));
    }

    @Nested
    class Correction {
        @Test
        void onlyOneNotice() {
            RequestEvents once = RECEIVED.noticeCorrection(d("2026-09-07"), d("2026-09-21"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> once.noticeCorrection(d("2026-09-08"), d("2026-09-22")));
            assertEquals("补正告知只能一次（一次性告知），已于2026-09-07告知", e.getMessage());
            RequestEvents corrected = once.corrected(d("2026-09-10"));
            assertThrows(IllegalStateException.class, () -> corrected.noticeCorrection(d("2026-09-11"), d("2026-09-25")));
        }

        @Test
        void theDueDateMustFollowTheNotice() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RECEIVED.noticeCorrection(d("2026-09-07"), d("2026-09-07")));
            assertEquals("补正期限（2026-09-07）须晚于告知日期（2026-09-07）", e.getMessage());
        }

        @Test
        void aNoticeBeforeReceiptIsRejected() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RECEIVED.noticeCorrection(d("2026-08-31"), d("2026-09-21")));
            assertEquals("补正告知日期（2026-08-31）不能早于收到申请日期（2026-09-01）", e.getMessage());
        }

        @Test
        void noCorrectionWithoutANoticeAndOnlyOnce() {
            assertEquals("未发出补正告知，无需补正",
                    assertThrows(IllegalStateException.class, () -> RECEIVED.corrected(d("2026-09-10"))).getMessage());
            RequestEvents corrected = RECEIVED.noticeCorrection(d("2026-09-07"), d("2026-09-21")).corrected(d("2026-09-10"));
            assertEquals("已于2026-09-10收到补正",
                    assertThrows(IllegalStateException.class, () -> corrected.corrected(d("2026-09-11"))).getMessage());
        }

        @Test
        void aCorrectionBeforeTheNoticeIsRejected() {
            RequestEvents noticed = RECEIVED.noticeCorrection(d("2026-09-07"), d("2026-09-21"));
            assertThrows(IllegalArgumentException.class, () -> noticed.corrected(d("2026-09-04")));
        }

        @Test
        void noNoticeOnceTheRequestIsBeingHandled() {
            RequestEvents consulted = RECEIVED.consultThirdParty("张三", d("2026-09-02"));
            assertThrows(IllegalStateException.class, () -> consulted.noticeCorrection(d("2026-09-03"), d("2026-09-20")));
        }
    }

    @Nested
    class WhileTheCorrectionIsAwaited {
        final RequestEvents awaiting = RECEIVED.noticeCorrection(d("2026-09-07"), d("2026-09-21"));

        @Test
        void nothingElseCanHappen() {
            assertEquals("申请需要补正，收到补正前不能延长答复期限", assertThrows(IllegalStateException.class,
                    () -> awaiting.extend(5, "王主任", "理由", d("2026-09-08"))).getMessage());
            assertThrows(IllegalStateException.class, () -> awaiting.consultThirdParty("张三", d("2026-09-08")));
            assertThrows(IllegalStateException.class, () -> awaiting.noticeFee(100, d("2026-09-08")));
        }

        @Test
        void afterALateCorrectionNothingElseCanHappenEither() {
            RequestEvents late = awaiting.corrected(d("2026-09-22"));
            assertEquals("申请人逾期补正，申请视为放弃，不能征求第三方意见", assertThrows(IllegalStateException.class,
                    () -> late.consultThirdParty("张三", d("2026-09-23"))).getMessage());
        }

        @Test
        void afterTheCorrectionNothingMayPrecedeIt() {
            RequestEvents corrected = awaiting.corrected(d("2026-09-10"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> corrected.extend(5, "王主任", "理由", d("2026-09-09")));
            assertEquals("延长答复期限的日期（2026-09-09）不能早于收到补正的日期（2026-09-10）", e.getMessage());
        }
    }

    @Nested
    class ThirdParty {
        @Test
        void aPartyIsRequired() {
            assertEquals("请填写征求意见的第三方", assertThrows(IllegalArgumentException.class,
                    () -> RECEIVED.consultThirdParty(" ", d("2026-09-02"))).getMessage());
        }

        @Test
        void onlyAnAskedPartyCanAnswerAndOnlyOnce() {
            RequestEvents asked = RECEIVED.consultThirdParty(" 张三 ", d("2026-09-02"));
            assertEquals("张三", asked.consultations().get(0).party());
            assertEquals("没有向“李四”征求意见，或已收到其意见", assertThrows(IllegalStateException.class,
                    () -> asked.thirdPartyAnswered("李四", d("2026-09-05"))).getMessage());
            RequestEvents answered = asked.thirdPartyAnswered("张三", d("2026-09-05"));
            assertThrows(IllegalStateException.class, () -> answered.thirdPartyAnswered("张三", d("2026-09-06")));
        }

        @Test
        void thePartyCanBeAskedAgainAfterAnswering() {
            RequestEvents again = RECEIVED.consultThirdParty("张三", d("2026-09-02")).thirdPartyAnswered("张三", d("2026-09-05"))
                    .consultThirdParty("张三", d("2026-09-07"));
            assertEquals(2, again.consultations().size());
            assertThrows(IllegalStateException.class, () -> again.consultThirdParty("张三", d("2026-09-08")));
        }

        @Test
        void anAnswerBeforeTheQuestionIsRejected() {
            RequestEvents asked = RECEIVED.consultThirdParty("张三", d("2026-09-03"));
            assertThrows(IllegalArgumentException.class, () -> asked.thirdPartyAnswered("张三", d("2026-09-02")));
        }

        @Test
        void notBeforeReceipt() {
            assertThrows(IllegalArgumentException.class, () -> RECEIVED.consultThirdParty("张三", d("2026-08-31")));
        }

        @Test
        void theConsultationsCannotBeChangedFromOutside() {
            RequestEvents asked = RECEIVED.consultThirdParty("张三", d("2026-09-02"));
            assertThrows(UnsupportedOperationException.class, () -> asked.consultations().clear());
        }
    }

    @Nested
    class Extension {
        @ParameterizedTest
        @ValueSource(ints = {1, 10, 20})
        void oneToTwentyWorkingDays(int days) {
            ReplyExtension x = RECEIVED.extend(days, " 王主任 ", " 涉及多个部门 ", d("2026-09-20")).extension();
            assertEquals(days, x.days());
            assertEquals("王主任", x.approver());
            assertEquals("涉及多个部门", x.reason());
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 0, 21, 40})
        void anythingElseIsRejected(int days) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RECEIVED.extend(days, "王主任", "理由", d("2026-09-20")));
            assertEquals("延长答复期限须为1到20个工作日：" + days, e.getMessage());
        }

        @Test
        void onlyOnce() {
            RequestEvents once = RECEIVED.extend(5, "王主任", "理由", d("2026-09-20"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> once.extend(5, "王主任", "又一个理由", d("2026-09-25")));
            assertEquals("答复期限只能延长一次，已于2026-09-20延长5个工作日", e.getMessage());
        }

        @Test
        void theApproverAndTheReasonAreRequired() {
            assertEquals("延长答复期限须经政府信息公开工作机构负责人同意，请填写审批人", assertThrows(IllegalArgumentException.class,
                    () -> RECEIVED.extend(5, " ", "理由", d("2026-09-20"))).getMessage());
            assertThrows(IllegalArgumentException.class, () -> RECEIVED.extend(5, null, "理由", d("2026-09-20")));
            assertEquals("延长答复期限须说明理由并告知申请人", assertThrows(IllegalArgumentException.class,
                    () -> RECEIVED.extend(5, "王主任", "", d("2026-09-20"))).getMessage());
        }

        @Test
        void notBeforeReceipt() {
            assertThrows(IllegalArgumentException.class, () -> RECEIVED.extend(5, "王主任", "理由", d("2026-08-31")));
        }
    }

    @Nested
    class Fee {
        @Test
        void oneNoticeAndOnePayment() {
            RequestEvents noticed = RECEIVED.noticeFee(100, d("2026-09-11"));
            assertEquals(RequestLimits.DEFAULT_FEE_PAYMENT_DAYS, noticed.fee().paymentDays());
            assertEquals("已于2026-09-11发出收费通知",
                    assertThrows(IllegalStateException.class, () -> noticed.noticeFee(200, d("2026-09-14"))).getMessage());
            RequestEvents paid = noticed.feePaid(d("2026-09-15"));
            assertEquals("信息处理费已于2026-09-15缴纳",
                    assertThrows(IllegalStateException.class, () -> paid.feePaid(d("2026-09-16"))).getMessage());
        }

        @Test
        void noPaymentWithoutANotice() {
            assertEquals("未发出收费通知，无需缴费",
                    assertThrows(IllegalStateException.class, () -> RECEIVED.feePaid(d("2026-09-15"))).getMessage());
        }

        @Test
        void aPaymentBeforeTheNoticeIsRejected() {
            RequestEvents noticed = RECEIVED.noticeFee(100, d("2026-09-11"));
            assertThrows(IllegalArgumentException.class, () -> noticed.feePaid(d("2026-09-10")));
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -100})
        void theAmountMustBePositive(long amount) {
            assertThrows(IllegalArgumentException.class, () -> RECEIVED.noticeFee(amount, d("2026-09-11")));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 367})
        void theTimeToPayMustBeSensible(int days) {
            assertThrows(IllegalArgumentException.class, () -> RECEIVED.noticeFee(100, d("2026-09-11"), days));
        }
    }

    @Test
    void theRecordItselfRejectsEventsBeforeReceipt() {
        ReplyExtension early = new ReplyExtension(5, "王主任", "理由", d("2026-08-01"));
        assertThrows(IllegalArgumentException.class,
                () -> new RequestEvents(d("2026-09-01"), null, List.of(), early, null));
    }
}

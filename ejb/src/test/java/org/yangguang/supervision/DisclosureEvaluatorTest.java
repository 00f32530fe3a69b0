package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.disclosure.ProactiveDisclosure;
import org.yangguang.disclosure.RequestEvents;
import org.yangguang.disclosure.RequestLimits;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.disclosure.ThirdPartyConsultation;

/**
 * The disclosure rules at their boundary days on the official 2026 calendar: the deadline day in
 * time, the day after overdue; warnings across a weekend, a holiday and a make-up workday; late
 * replies, late correction notices and late publications judged from the day they happened.
 */
class DisclosureEvaluatorTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final List<RuleRef> DEFAULTS = Arrays.stream(RuleTrigger.values()).map(RuleRef::defaultOf).toList();
    static final long DEPT = 7;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static EvaluationDay on(String asOf) {
        return new EvaluationDay(d(asOf), CAL);
    }

    /** An open request received on {@code received}, nothing else happened, due on {@code replyDue}. */
    static DisclosureEvaluator.RequestFacts open(RequestStatus status, String received, String replyDue) {
        return new DisclosureEvaluator.RequestFacts(11, "GK20260001", DEPT, status, d(received), null, null, null,
                d(replyDue), null, null, List.of(), null, null, 2L);
    }

    static DisclosureEvaluator.RequestFacts replied(String received, String replyDue, String repliedOn) {
        return new DisclosureEvaluator.RequestFacts(11, "GK20260001", DEPT, RequestStatus.REPLIED, d(received), null,
                null, null, d(replyDue), d(repliedOn), null, List.of(), null, null, 2L);
    }

    static List<String> triggered(DisclosureEvaluator.RequestFacts f, String asOf) {
        return DisclosureEvaluator.request(f, DEFAULTS, on(asOf)).stream()
                .map(x -> x.rule().trigger() + "/" + x.keyDate() + "/" + x.daysOver()).toList();
    }

    @Nested
    class ReplyDueSoon {
        @ParameterizedTest(name = "due Monday 2026-11-30, on {0} → {1}")
        @CsvSource({
            "2026-11-26, ''",
            "2026-11-27, REQUEST_DUE_SOON/2026-11-30/-1",
            "2026-11-28, REQUEST_DUE_SOON/2026-11-30/-1",
            "2026-11-29, REQUEST_DUE_SOON/2026-11-30/-1",
            "2026-11-30, REQUEST_DUE_SOON/2026-11-30/0",
            "2026-12-01, REQUEST_OVERDUE/2026-11-30/1",
        })
        void acrossAWeekend(String asOf, String expected) {
            assertEquals(expected.isEmpty() ? List.of() : List.of(expected),
                    triggered(open(RequestStatus.IN_PROGRESS, "2026-11-02", "2026-11-30"), asOf));
        }

        @ParameterizedTest(name = "due 2026-10-08 after National Day, on {0} → {1}")
        @CsvSource({
            "2026-09-29, ''",
            "2026-09-30, REQUEST_DUE_SOON/2026-10-08/-1",
            "2026-10-01, REQUEST_DUE_SOON/2026-10-08/-1",
            "2026-10-04, REQUEST_DUE_SOON/2026-10-08/-1",
            "2026-10-07, REQUEST_DUE_SOON/2026-10-08/-1",
            "2026-10-08, REQUEST_DUE_SOON/2026-10-08/0",
            "2026-10-09, REQUEST_OVERDUE/2026-10-08/1",
        })
        void acrossAHoliday(String asOf, String expected) {
            assertEquals(expected.isEmpty() ? List.of() : List.of(expected),
                    triggered(open(RequestStatus.CONSULTING, "2026-09-08", "2026-10-08"), asOf));
        }

        @Test
        void aMakeUpWorkdayIsAWorkingDayLeft() {
            // Saturday 2026-10-10 is a make-up workday: on Friday 10-09 two working days are left
            var due = open(RequestStatus.IN_PROGRESS, "2026-09-11", "2026-10-12");
            assertEquals(List.of(), triggered(due, "2026-10-09"));
            assertEquals(List.of("REQUEST_DUE_SOON/2026-10-12/-1"), triggered(due, "2026-10-10"));
            assertEquals(List.of("REQUEST_DUE_SOON/2026-10-12/-1"), triggered(due, "2026-10-11"));
            // on plain weekends the same Friday would warn
            assertEquals(1, DisclosureEvaluator.request(due, DEFAULTS, new EvaluationDay(d("2026-10-09"),
                    WorkingCalendar.weekendsOnly())).size());
            // and a request due on the make-up Saturday itself is warned on the Friday before
            assertEquals(List.of("REQUEST_DUE_SOON/2026-10-10/-1"),
                    triggered(open(RequestStatus.IN_PROGRESS, "2026-09-10", "2026-10-10"), "2026-10-09"));
        }

        @Test
        void theWarningSaysWhatIsLeft() {
            var draft = DisclosureEvaluator.request(open(RequestStatus.IN_PROGRESS, "2026-11-02", "2026-11-30"),
                    DEFAULTS, on("2026-11-27")).get(0);
            assertEquals("答复期限 2026-11-30（收到申请 2026-11-02 起 20 个工作日），评估日 2026-11-27 还剩 1 个工作日",
                    draft.derivation());
            assertEquals(SupervisionLevel.WARNING, draft.rule().level());
            var lastDay = DisclosureEvaluator.request(open(RequestStatus.IN_PROGRESS, "2026-11-02", "2026-11-30"),
                    DEFAULTS, on("2026-11-30")).get(0);
            assertTrue(lastDay.derivation().endsWith("评估日 2026-11-30 即为答复期限最后一天"), lastDay.derivation());
        }

        @Test
        void onlyOpenRequestsWithAReplyDeadlineAreWarned() {
            var awaiting = new DisclosureEvaluator.RequestFacts(11, "GK1", DEPT, RequestStatus.AWAITING_CORRECTION,
                    d("2026-11-02"), d("2026-11-11"), d("2026-11-04"), null, null, null, null, List.of(), null, null, 2L);
            assertEquals(List.of(), triggered(awaiting, "2026-12-31"), "no reply deadline while a correction is awaited");
            assertEquals(List.of(), triggered(replied("2026-11-02", "2026-11-30", "2026-11-27"), "2026-11-27"));
            assertEquals(List.of(), triggered(open(RequestStatus.CLOSED, "2026-11-02", "2026-11-30"), "2026-11-30"));
        }

        @Test
        void aWarningThreeWorkingDaysAhead() {
            RuleRef early = new RuleRef(9, "GK_EARLY", 1, "提前3日预警", RuleTrigger.REQUEST_DUE_SOON,
                    SupervisionLevel.WARNING, 3, true);
            var f = open(RequestStatus.IN_PROGRESS, "2026-11-04", "2026-12-02");
            assertEquals(1, DisclosureEvaluator.request(f, List.of(early), on("2026-11-27")).size(),
                    "Friday: 11-30, 12-01, 12-02");
            assertEquals(0, DisclosureEvaluator.request(f, List.of(early), on("2026-11-26")).size());
        }
    }

    @Nested
    class ReplyOverdue {
        /** Received Friday 10-16, a third party asked 10-19 and answered 10-26: 5 working days not counted. */
        static DisclosureEvaluator.RequestFacts consulted(RequestStatus status, String repliedOn) {
            return new DisclosureEvaluator.RequestFacts(12, "GK20260012", DEPT, status, d("2026-10-16"), d("2026-10-27"),
                    null, null, d("2026-11-20"), repliedOn == null ? null : d(repliedOn), null,
                    List.of(new ThirdPartyConsultation("阳光食品有限公司", d("2026-10-19"), d("2026-10-26"))), null, null, 2L);
        }

        @Test
        void theFactsAreWhatTheRequestsOwnLimitsGive() {
            RequestLimits limits = RequestEvents.receivedOn(d("2026-10-16")).consultThirdParty("阳光食品有限公司", d("2026-10-19"))
                    .thirdPartyAnswered("阳光食品有限公司", d("2026-10-26")).limits(CAL);
            assertEquals(d("2026-11-20"), limits.replyDue());
            assertEquals(d("2026-10-27"), limits.correctionNotice().date());
        }

        @Test
        void theDeadlineDayIsInTimeTheDayAfterIsARedCard() {
            var f = consulted(RequestStatus.IN_PROGRESS, null);
            assertEquals(List.of("REQUEST_DUE_SOON/2026-11-20/0"), triggered(f, "2026-11-20"));
            assertEquals(List.of("REQUEST_OVERDUE/2026-11-20/0"), triggered(f, "2026-11-21"), "Saturday: overdue, 0 over");
            assertEquals(List.of("REQUEST_OVERDUE/2026-11-20/2"), triggered(f, "2026-11-24"));
            var draft = DisclosureEvaluator.request(f, DEFAULTS, on("2026-11-24")).get(0);
            assertEquals(SupervisionLevel.RED, draft.rule().level());
            assertEquals("答复期限 2026-11-20（收到申请 2026-10-16 起 20 个工作日，征求第三方意见 5 个工作日不计入），"
                    + "评估日 2026-11-24 已超过 2 个工作日，尚未答复", draft.derivation());
            assertEquals(d("2026-10-16"), draft.startDate());
            assertTrue(DisclosureEvaluator.request(f, DEFAULTS, on("2026-11-21")).get(0).derivation()
                    .contains("评估日 2026-11-21 已过答复期限（其后尚无工作日）"));
        }

        @Test
        void aReplyAfterTheDeadlineIsARedCardFromTheDayOfTheReply() {
            var late = consulted(RequestStatus.REPLIED, "2026-11-23");
            assertEquals(List.of(), triggered(late, "2026-11-22"), "an evaluation before the reply does not see it");
            assertEquals(List.of("REQUEST_OVERDUE/2026-11-20/1"), triggered(late, "2026-11-23"));
            assertEquals(List.of("REQUEST_OVERDUE/2026-11-20/1"), triggered(late, "2026-12-15"),
                    "the same key on any later day: issued once");
            assertEquals("答复期限 2026-11-20（收到申请 2026-10-16 起 20 个工作日，征求第三方意见 5 个工作日不计入），"
                    + "于 2026-11-23 答复，超过 1 个工作日",
                    DisclosureEvaluator.request(late, DEFAULTS, on("2026-11-30")).get(0).derivation());
            assertEquals(List.of(), triggered(consulted(RequestStatus.REPLIED, "2026-11-20"), "2026-11-30"),
                    "replied on the deadline day: in time");
            assertEquals(List.of("REQUEST_OVERDUE/2026-11-20/0"), triggered(consulted(RequestStatus.REPLIED,
                    "2026-11-21"), "2026-11-30"), "replied on the Saturday after: late, no working day over");
            assertEquals(List.of("REQUEST_OVERDUE/2026-11-20/1"), triggered(consulted(RequestStatus.CLOSED,
                    "2026-11-23"), "2026-11-30"), "closed after the deadline: late too");
        }

        @Test
        void aCorrectionRestartsTheCountAndAnExtensionAddsToIt() {
            RequestEvents e = RequestEvents.receivedOn(d("2026-11-02")).noticeCorrection(d("2026-11-04"), d("2026-11-18"))
                    .corrected(d("2026-11-09")).extend(5, "张主任", "需调取档案", d("2026-11-20"));
            LocalDate due = e.limits(CAL).replyDue();
            assertEquals(d("2026-12-14"), due, "25 working days after 11-09");
            var f = new DisclosureEvaluator.RequestFacts(13, "GK20260013", DEPT, RequestStatus.IN_PROGRESS, d("2026-11-02"),
                    d("2026-11-11"), d("2026-11-04"), d("2026-11-09"), due, null, 5, List.of(), null, null, 2L);
            assertEquals(List.of(), triggered(f, "2026-12-10"), "two working days left");
            var drafts = DisclosureEvaluator.request(f, DEFAULTS, on("2026-12-15"));
            assertEquals(1, drafts.size());
            assertEquals("答复期限 2026-12-14（收到补正 2026-11-09 起 20 个工作日，经批准延长 5 个工作日），评估日 2026-12-15"
                    + " 已超过 1 个工作日，尚未答复", drafts.get(0).derivation());
            assertEquals(d("2026-11-09"), drafts.get(0).startDate());
        }

        @Test
        void theHolidaysAndMakeUpDaysOfTheCountAreNamed() {
            // 09-20 (make-up Sunday), 中秋节 09-25 to 09-27, 国庆节 10-01 to 10-07, 10-10 (make-up Saturday)
            LocalDate due = RequestEvents.receivedOn(d("2026-09-15")).limits(CAL).replyDue();
            assertEquals(d("2026-10-19"), due);
            var f = open(RequestStatus.IN_PROGRESS, "2026-09-15", due.toString());
            String detail = DisclosureEvaluator.request(f, DEFAULTS, on("2026-10-21")).get(0).derivation();
            assertEquals("答复期限 2026-10-19（收到申请 2026-09-15 起 20 个工作日），评估日 2026-10-21 已超过 2 个工作日，尚未答复"
                    + "（期间 2026-09-25 至 09-27 中秋节、2026-10-01 至 10-07 国庆节不计，09-20 调休上班、10-10 调休上班计入）",
                    detail);
        }

        @Test
        void aThresholdOfWorkingDaysWaitsForThem() {
            RuleRef lenient = new RuleRef(9, "GK_LENIENT", 1, "宽限2个工作日", RuleTrigger.REQUEST_OVERDUE,
                    SupervisionLevel.RED, 2, true);
            var f = open(RequestStatus.IN_PROGRESS, "2026-10-23", "2026-11-20");
            assertEquals(0, DisclosureEvaluator.request(f, List.of(lenient), on("2026-11-23")).size());
            assertEquals(1, DisclosureEvaluator.request(f, List.of(lenient), on("2026-11-24")).size());
            var replied = replied("2026-10-23", "2026-11-20", "2026-11-23");
            assertEquals(0, DisclosureEvaluator.request(replied, List.of(lenient), on("2026-11-30")).size(),
                    "replied 1 working day late");
        }
    }

    @Nested
    class CorrectionNotice {
        static DisclosureEvaluator.RequestFacts noticed(String received, String noticeDue, String issuedOn) {
            return new DisclosureEvaluator.RequestFacts(14, "GK20260014", DEPT, RequestStatus.AWAITING_CORRECTION,
                    d(received), d(noticeDue), d(issuedOn), null, null, null, null, List.of(), null, null, 2L);
        }

        @Test
        void onTheSeventhWorkingDayInTimeOnTheEighthAYellowCard() {
            assertEquals(d("2026-11-11"), RequestEvents.receivedOn(d("2026-11-02")).limits(CAL).correctionNotice().date());
            assertEquals(List.of(), triggered(noticed("2026-11-02", "2026-11-11", "2026-11-11"), "2026-11-30"));
            var late = noticed("2026-11-02", "2026-11-11", "2026-11-12");
            assertEquals(List.of(), triggered(late, "2026-11-11"), "not yet issued on the evaluation date");
            assertEquals(List.of("REQUEST_CORRECTION_LATE/2026-11-11/1"), triggered(late, "2026-11-12"));
            var draft = DisclosureEvaluator.request(late, DEFAULTS, on("2026-11-13")).get(0);
            assertEquals(SupervisionLevel.YELLOW, draft.rule().level());
            assertEquals("补正告知期限 2026-11-11（收到申请 2026-11-02 起 7 个工作日），于 2026-11-12 才发出补正告知，"
                    + "超过 1 个工作日，一次性告知未落实", draft.derivation());
            assertEquals(d("2026-11-02"), draft.startDate());
        }

        @Test
        void acrossNationalDayAndItsMakeUpSaturday() {
            // 09-29, 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
            assertEquals(d("2026-10-13"), RequestEvents.receivedOn(d("2026-09-28")).limits(CAL).correctionNotice().date());
            assertEquals(List.of(), triggered(noticed("2026-09-28", "2026-10-13", "2026-10-13"), "2026-10-20"));
            assertEquals(List.of("REQUEST_CORRECTION_LATE/2026-10-13/1"),
                    triggered(noticed("2026-09-28", "2026-10-13", "2026-10-14"), "2026-10-20"));
        }
    }

    @Nested
    class ProactiveItems {
        static DisclosureEvaluator.ItemFacts item(String status, String formed, String due, String published) {
            return new DisclosureEvaluator.ItemFacts(21, DEPT, "关于2026年食品经营许可抽查结果的公告", status, d(formed), d(due),
                    published == null ? null : d(published), 3L);
        }

        static List<String> triggered(DisclosureEvaluator.ItemFacts f, String asOf) {
            return DisclosureEvaluator.item(f, DEFAULTS, on(asOf)).stream()
                    .map(x -> x.rule().trigger() + "/" + x.keyDate() + "/" + x.daysOver()).toList();
        }

        @Test
        void theDueDayIsInTimeTheDayAfterAYellowCard() {
            assertEquals(d("2026-11-30"), ProactiveDisclosure.deadline(CAL, d("2026-11-02")).date());
            for (String status : List.of("DRAFT", "SUBMITTED", "RETURNED")) {
                var f = item(status, "2026-11-02", "2026-11-30", null);
                assertEquals(List.of(), triggered(f, "2026-11-30"), status);
                assertEquals(List.of("ITEM_PUBLISH_OVERDUE/2026-11-30/1"), triggered(f, "2026-12-01"), status);
            }
            var draft = DisclosureEvaluator.item(item("DRAFT", "2026-11-02", "2026-11-30", null), DEFAULTS,
                    on("2026-12-01")).get(0);
            assertEquals("“关于2026年食品经营许可抽查结果的公告”于 2026-11-02 形成，应于 2026-11-30 前主动公开（20 个工作日），"
                    + "评估日 2026-12-01 尚未公开，已超过 1 个工作日", draft.derivation());
            assertEquals(SubjectType.ITEM, draft.subjectType());
            assertEquals(21, draft.subjectId());
            assertNull(draft.receiptNumber());
            assertEquals(3L, draft.calendarVersion(), "the item's calendar version");
            assertEquals(d("2026-11-02"), draft.startDate());
        }

        @Test
        void publishedLateIsAYellowCardFromTheDayOfPublication() {
            assertEquals(List.of(), triggered(item("PUBLISHED", "2026-11-02", "2026-11-30", "2026-11-30"), "2026-12-31"));
            var late = item("PUBLISHED", "2026-11-02", "2026-11-30", "2026-12-01");
            assertEquals(List.of(), triggered(late, "2026-11-30"));
            assertEquals(List.of("ITEM_PUBLISH_OVERDUE/2026-11-30/1"), triggered(late, "2026-12-01"));
            assertEquals(List.of("ITEM_PUBLISH_OVERDUE/2026-11-30/1"), triggered(late, "2026-12-20"));
            assertTrue(DisclosureEvaluator.item(late, DEFAULTS, on("2026-12-20")).get(0).derivation()
                    .endsWith("于 2026-12-01 才公开，超过 1 个工作日"));
            assertEquals(List.of("ITEM_PUBLISH_OVERDUE/2026-11-30/1"),
                    triggered(item("WITHDRAWN", "2026-11-02", "2026-11-30", "2026-12-01"), "2026-12-20"),
                    "published late, withdrawn since");
            assertEquals(List.of(), triggered(item("WITHDRAWN", "2026-11-02", "2026-11-30", null), "2026-12-20"),
                    "given up before publication");
        }

        @Test
        void acrossNationalDay() {
            LocalDate due = ProactiveDisclosure.deadline(CAL, d("2026-09-15")).date();
            assertEquals(d("2026-10-19"), due);
            var f = item("SUBMITTED", "2026-09-15", "2026-10-19", null);
            assertEquals(List.of(), triggered(f, "2026-10-19"));
            assertEquals(List.of("ITEM_PUBLISH_OVERDUE/2026-10-19/1"), triggered(f, "2026-10-20"));
            assertTrue(DisclosureEvaluator.item(f, DEFAULTS, on("2026-10-20")).get(0).derivation()
                    .endsWith("（期间 2026-09-25 至 09-27 中秋节、2026-10-01 至 10-07 国庆节不计，09-20 调休上班、10-10 调休上班计入）"));
        }
    }

    @Nested
    class AnnualReports {
        static List<String> triggered(DisclosureEvaluator.ReportFacts f, String asOf, WorkingCalendar cal) {
            return DisclosureEvaluator.report(f, DEFAULTS, new EvaluationDay(d(asOf), cal)).stream()
                    .map(x -> x.rule().trigger() + "/" + x.keyDate() + "/" + x.daysOver()).toList();
        }

        @Test
        void aDepartmentsReportIsDueOn31January() {
            var draft2025 = new DisclosureEvaluator.ReportFacts(31, 2025, DEPT, "DRAFT");
            assertEquals(List.of(), triggered(draft2025, "2026-01-31", CAL));
            assertEquals(List.of("REPORT_NOT_PUBLISHED/2026-01-31/0"), triggered(draft2025, "2026-02-01", CAL),
                    "Sunday 02-01: late, no working day over yet");
            assertEquals(List.of("REPORT_NOT_PUBLISHED/2026-01-31/1"), triggered(draft2025, "2026-02-02", CAL));
            var draft = DisclosureEvaluator.report(draft2025, DEFAULTS, on("2026-02-02")).get(0);
            assertEquals("2025 年度政府信息公开工作年度报告应于 2026-01-31 前公布，评估日 2026-02-02 尚未公布，已超过 1 个工作日",
                    draft.derivation());
            assertEquals(SubjectType.REPORT, draft.subjectType());
            assertEquals(DEPT, draft.departmentId());
            assertEquals(CAL.version(), draft.calendarVersion());

            var draft2026 = new DisclosureEvaluator.ReportFacts(32, 2026, DEPT, "DRAFT");
            WorkingCalendar weekends = WorkingCalendar.weekendsOnly();
            assertEquals(List.of(), triggered(draft2026, "2026-12-31", CAL), "this year's report is not due yet");
            assertEquals(List.of(), triggered(draft2026, "2027-01-31", weekends));
            assertEquals(List.of("REPORT_NOT_PUBLISHED/2027-01-31/1"), triggered(draft2026, "2027-02-01", weekends));
        }

        @Test
        void publishedReportsAndTheCountysAreNotJudged() {
            assertEquals(List.of(), triggered(new DisclosureEvaluator.ReportFacts(31, 2025, DEPT, "PUBLISHED"),
                    "2026-02-02", CAL));
            assertEquals(List.of(), triggered(new DisclosureEvaluator.ReportFacts(33, 2025, null, "DRAFT"),
                    "2026-04-30", CAL), "the county's report (due 31 March) is no department's finding");
        }

        @Test
        void anOlderReportStillUnpublishedKeepsItsOwnDeadline() {
            assertEquals(List.of("REPORT_NOT_PUBLISHED/2025-01-31/"
                    + new EvaluationDay(d("2026-03-02"), CAL).workingDays(d("2025-01-31"))),
                    triggered(new DisclosureEvaluator.ReportFacts(34, 2024, DEPT, "DRAFT"), "2026-03-02", CAL));
        }
    }

    @Nested
    class RulesAreData {
        /** One subject that breaks each disclosure rule on 2026-12-01. */
        static List<DisclosureEvaluator.Draft> everything(List<RuleRef> rules) {
            var requests = List.of(open(RequestStatus.IN_PROGRESS, "2026-11-02", "2026-11-30"),
                    open(RequestStatus.IN_PROGRESS, "2026-11-03", "2026-12-02"),
                    new DisclosureEvaluator.RequestFacts(14, "GK20260014", DEPT, RequestStatus.AWAITING_CORRECTION,
                            d("2026-11-02"), d("2026-11-11"), d("2026-11-12"), null, null, null, null, List.of(), null,
                            null, 2L));
            var items = List.of(new DisclosureEvaluator.ItemFacts(21, DEPT, "公告", "DRAFT", d("2026-11-02"),
                    d("2026-11-30"), null, 3L));
            var reports = List.of(new DisclosureEvaluator.ReportFacts(31, 2025, DEPT, "DRAFT"));
            return DisclosureEvaluator.evaluate(requests, items, reports, rules, on("2026-12-01"));
        }

        @Test
        void eachDefaultRuleIssuesItsFinding() {
            assertEquals(List.of(RuleTrigger.REQUEST_OVERDUE, RuleTrigger.REQUEST_DUE_SOON,
                    RuleTrigger.REQUEST_CORRECTION_LATE, RuleTrigger.ITEM_PUBLISH_OVERDUE, RuleTrigger.REPORT_NOT_PUBLISHED),
                    everything(DEFAULTS).stream().map(x -> x.rule().trigger()).toList());
        }

        @Test
        void aDisabledRuleIssuesNothing() {
            List<RuleRef> off = DEFAULTS.stream().map(r -> new RuleRef(r.id(), r.code(), 2, r.name(), r.trigger(), r.level(),
                    r.threshold(), false)).toList();
            assertEquals(List.of(), everything(off));
        }

        @Test
        void theCaseRulesDoNotJudgeDisclosureAndViceVersa() {
            var caseRules = DEFAULTS.stream().filter(r -> r.trigger().kind() != RuleTrigger.Kind.DISCLOSURE).toList();
            assertEquals(List.of(), everything(caseRules));
            for (RuleTrigger t : RuleTrigger.values()) {
                if (t.kind() != RuleTrigger.Kind.DISCLOSURE) continue;
                assertTrue(t.violations().isEmpty() && t.keyColumn() == null, t + " has no SQL twin");
                assertTrue(List.of(SubjectType.REQUEST, SubjectType.ITEM, SubjectType.REPORT).contains(t.subject()), t.name());
                assertTrue(t.window() != null && t.thresholdLabel() != null, t.name());
            }
            assertEquals(SubjectType.CASE, RuleTrigger.PROMISED_OVERDUE.subject());
            assertEquals(SubjectType.DEPARTMENT, RuleTrigger.THIRD_YELLOW_IN_MONTH.subject());
        }

        @Test
        void aDraftBecomesAFindingOfTheRequestWithNoCase() {
            var draft = everything(DEFAULTS).get(0);
            FindingWriter.NewFinding f = draft.toFinding("system");
            assertEquals(SubjectType.REQUEST, f.subjectType());
            assertEquals(11, f.subjectId());
            assertNull(f.caseId());
            assertNull(f.handler());
            assertEquals("GK20260001", f.receiptNumber());
            assertEquals(DEPT, f.departmentId());
            assertEquals(d("2026-11-30"), f.keyDate());
            assertEquals(2L, f.calendarVersion(), "the request's calendar version");
            assertEquals(1, f.daysOver());
            assertEquals(draft.detail(), f.detail());
        }

        @Test
        void theMigrationInstallsTheDefaultsOfTheTriggers() throws IOException {
            String sql;
            try (InputStream in = DisclosureEvaluatorTest.class.getResourceAsStream(
                    "/db/migration/V21__disclosure_supervision_rules.sql")) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            }
            for (RuleTrigger t : RuleTrigger.values()) {
                if (t.kind() != RuleTrigger.Kind.DISCLOSURE) continue;
                String row = "'" + t.name() + "', 1, '" + t.label() + "', '" + t.name() + "', '" + t.defaultLevel().name()
                        + "', " + t.defaultThreshold() + ", TRUE, TRUE,";
                assertTrue(sql.contains(row), row);
            }
        }

        @Test
        void theFindingExplainsItselfWithItsDerivation() {
            var draft = everything(DEFAULTS).get(0);
            assertEquals(draft.derivation(), Explanation.render(new Explanation.Inputs(RuleTrigger.REQUEST_OVERDUE,
                    draft.keyDate(), draft.startDate(), d("2026-12-01"), draft.daysOver(), draft.detail()), CAL));
            assertEquals("依申请公开超过法定答复期限：期限 2026-11-30 已超过 1 个工作日", Explanation.render(
                    new Explanation.Inputs(RuleTrigger.REQUEST_OVERDUE, d("2026-11-30"), null, d("2026-12-01"), 1, null), CAL));
        }
    }

    @Nested
    class Links {
        static FindingRow row(SubjectType type, long subjectId, String receiptNumber, Long caseId) {
            return new FindingRow(1, 0, receiptNumber, "SCJGJ", "市场监管局", null, SupervisionLevel.YELLOW, "R", "规则", 1,
                    FindingStatus.OPEN, d("2026-12-01"), d("2026-11-30"), 1, null, "system", null, false, "说明", type,
                    subjectId, caseId, null, null, RuleTrigger.Window.OVERDUE);
        }

        @Test
        void eachSubjectLeadsToItsPage() {
            assertEquals("/admin/disclosure/request.xhtml?number=GK20260001",
                    row(SubjectType.REQUEST, 11, "GK20260001", null).link());
            assertEquals("/admin/disclosure/item.xhtml?id=21", row(SubjectType.ITEM, 21, null, null).link());
            assertEquals("/admin/disclosure/report.xhtml", row(SubjectType.REPORT, 31, null, null).link());
            assertEquals("/admin/cases/case.xhtml?rn=SCJ-2026-000001",
                    row(SubjectType.CASE, 5, "SCJ-2026-000001", 5L).link());
            assertEquals("/admin/cases/case.xhtml?rn=SCJ-2026-000001",
                    row(SubjectType.CARD, 99, "SCJ-2026-000001", 5L).link(), "a card about a case: the case");
            assertEquals("/admin/findings/finding.xhtml?id=99", row(SubjectType.CARD, 99, "GK20260001", null).link(),
                    "a card about a request: the card");
            assertNull(row(SubjectType.DEPARTMENT, 7, null, null).link());
        }
    }
}

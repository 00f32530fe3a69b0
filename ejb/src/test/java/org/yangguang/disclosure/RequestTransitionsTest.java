package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.disclosure.RequestAction.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The transition table of disclosure requests, status by action: for a request in each status (and
 * the conditions that matter within a status), every action is either allowed or refused, and a
 * refusal says why. An editor of the government's office asks, so only the request's own rules
 * decide; who may act is tested below.
 */
class RequestTransitionsTest {
    static final WorkingCalendar CAL = Calendars.official();
    /** Received 2026-09-01 (see {@link ReplyLetterTest#request()}); the days below follow it. */
    static final LocalDate TODAY = d("2026-09-03");
    static final RequestTransitions.Caller EDITOR = new RequestTransitions.Caller("editor", true, null);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A request in a given state, the situation it is judged in, and what the table must answer (null: allowed). */
    record Fixture(String name, Supplier<DisclosureRequest> make, RequestTransitions.Situation situation,
            Map<RequestAction, String> conditionRefusals, List<RequestAction> allowed) {}

    static Map<RequestAction, String> refusals(Object... pairs) {
        Map<RequestAction, String> m = new EnumMap<>(RequestAction.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((RequestAction) pairs[i], (String) pairs[i + 1]);
        return m;
    }

    static DisclosureRequest fresh() {
        return ReplyLetterTest.request();
    }

    static DisclosureRequest awaitingCorrection() {
        DisclosureRequest r = fresh();
        r.noticeCorrection("请写明文件名称", d("2026-09-02"), d("2026-09-10"), CAL);
        return r;
    }

    static RequestTransitions.Situation on(String day) {
        return RequestTransitions.Situation.on(d(day));
    }

    static final String NO_FILE = "没有答复附件";
    static final String ONCE = "补正告知只能一次（一次性告知）";
    static final String STARTED = "已开始办理（征求意见、延期或收费），不能再要求补正";
    static final String LATE = "申请人逾期补正，申请视为放弃，只能答复“逾期不补正”";

    static final List<Fixture> FIXTURES = List.of(
            new Fixture("in progress, just received", RequestTransitionsTest::fresh, on("2026-09-03"),
                    refusals(REMOVE_FILE, NO_FILE),
                    List.of(NOTICE_CORRECTION, CONSULT, EXTEND, NOTICE_FEE, ATTACH_FILE, REPLY)),
            new Fixture("awaiting a correction, in time", RequestTransitionsTest::awaitingCorrection, on("2026-09-03"),
                    refusals(REMOVE_FILE, NO_FILE, REPLY, "申请待补正，收到补正（或补正期限届满）后才能答复"),
                    List.of(RECORD_CORRECTION, ATTACH_FILE)),
            new Fixture("awaiting a correction, its day passed", RequestTransitionsTest::awaitingCorrection, on("2026-09-11"),
                    refusals(REMOVE_FILE, NO_FILE),
                    // 逾期不补正 is the reply now; the nightly job gives it too
                    List.of(RECORD_CORRECTION, ATTACH_FILE, REPLY)),
            new Fixture("corrected in time", () -> {
                DisclosureRequest r = awaitingCorrection();
                r.corrected("文件名称：…", d("2026-09-08"), CAL);
                return r;
            }, on("2026-09-09"), refusals(NOTICE_CORRECTION, ONCE, REMOVE_FILE, NO_FILE),
                    List.of(CONSULT, EXTEND, NOTICE_FEE, ATTACH_FILE, REPLY)),
            new Fixture("corrected after its day", () -> {
                DisclosureRequest r = awaitingCorrection();
                r.corrected("文件名称：…", d("2026-09-15"), CAL);
                return r;
            }, on("2026-09-15"), refusals(NOTICE_CORRECTION, ONCE, REMOVE_FILE, NO_FILE, CONSULT, LATE, EXTEND, LATE,
                    NOTICE_FEE, LATE), List.of(ATTACH_FILE, REPLY)),
            new Fixture("a third party asked", () -> {
                DisclosureRequest r = fresh();
                r.consult("阳光食品有限公司", d("2026-09-02"), CAL);
                return r;
            }, on("2026-09-03"), refusals(REMOVE_FILE, NO_FILE),
                    List.of(CONSULT, RECORD_CONSULTATION, EXTEND, NOTICE_FEE, ATTACH_FILE, REPLY)),
            new Fixture("the third party answered", () -> {
                DisclosureRequest r = fresh();
                r.consult("阳光食品有限公司", d("2026-09-02"), CAL);
                r.thirdPartyAnswered("阳光食品有限公司", d("2026-09-03"), CAL);
                return r;
            }, on("2026-09-03"), refusals(NOTICE_CORRECTION, STARTED, REMOVE_FILE, NO_FILE),
                    List.of(CONSULT, EXTEND, NOTICE_FEE, ATTACH_FILE, REPLY)),
            new Fixture("extended", () -> {
                DisclosureRequest r = fresh();
                r.extend(10, "主任 周明", "档案分散", d("2026-09-02"), CAL);
                return r;
            }, on("2026-09-03"), refusals(NOTICE_CORRECTION, STARTED, REMOVE_FILE, NO_FILE, EXTEND, "答复期限只能延长一次"),
                    List.of(CONSULT, NOTICE_FEE, ATTACH_FILE, REPLY)),
            new Fixture("awaiting the fee", () -> {
                DisclosureRequest r = fresh();
                r.noticeFee(ProcessingFee.forRequest(FeeMethod.BY_PAGE, 0, 60), 60, d("2026-09-02"), CAL);
                return r;
            }, on("2026-09-03"), refusals(REMOVE_FILE, NO_FILE),
                    List.of(CONSULT, EXTEND, RECORD_PAYMENT, ATTACH_FILE, REPLY)),
            new Fixture("the fee paid", () -> {
                DisclosureRequest r = fresh();
                r.noticeFee(ProcessingFee.forRequest(FeeMethod.BY_PAGE, 0, 60), 60, d("2026-09-02"), CAL);
                r.feePaid(d("2026-09-03"), CAL);
                return r;
            }, on("2026-09-03"), refusals(NOTICE_CORRECTION, STARTED, REMOVE_FILE, NO_FILE, NOTICE_FEE, "已发出收费通知，不能再次收费"),
                    List.of(CONSULT, EXTEND, ATTACH_FILE, REPLY)),
            new Fixture("a file attached", () -> {
                DisclosureRequest r = fresh();
                r.attach(7L, d("2026-09-02"));
                return r;
            }, on("2026-09-03"), refusals(),
                    List.of(NOTICE_CORRECTION, CONSULT, EXTEND, NOTICE_FEE, ATTACH_FILE, REMOVE_FILE, REPLY)),
            new Fixture("twenty files attached", () -> {
                DisclosureRequest r = fresh();
                for (long f = 1; f <= RequestTransitions.MAX_FILES; f++) r.attach(f, d("2026-09-02"));
                return r;
            }, on("2026-09-03"), refusals(ATTACH_FILE, "答复附件不超过20个"),
                    List.of(NOTICE_CORRECTION, CONSULT, EXTEND, NOTICE_FEE, REMOVE_FILE, REPLY)),
            new Fixture("replied", () -> ReplyLetterTest.replied(fresh(), DisclosureOutcome.DISCLOSED, "见附件"), on("2026-09-11"),
                    refusals(DECIDE_REMEDY, "没有尚未审结的复议或诉讼"), List.of(RECORD_REMEDY)),
            new Fixture("replied, a reconsideration pending", () -> ReplyLetterTest.replied(fresh(), DisclosureOutcome.NOT_HELD, "无"),
                    new RequestTransitions.Situation(d("2026-11-01"), 1), refusals(), List.of(RECORD_REMEDY, DECIDE_REMEDY)),
            new Fixture("closed: no correction in time", () -> ReplyLetterTest.replied(fresh(), DisclosureOutcome.NO_CORRECTION_IN_TIME,
                    "视为放弃"), on("2026-09-11"), refusals(DECIDE_REMEDY, "没有尚未审结的复议或诉讼"), List.of(RECORD_REMEDY)));

    @Test
    void theFixturesCoverEveryStatus() {
        EnumSet<RequestStatus> seen = EnumSet.noneOf(RequestStatus.class);
        FIXTURES.forEach(f -> seen.add(f.make().get().getStatus()));
        assertEquals(EnumSet.allOf(RequestStatus.class), seen);
    }

    @TestFactory
    List<DynamicTest> everyStatusTimesEveryAction() {
        return FIXTURES.stream().flatMap(f -> Arrays.stream(RequestAction.values())
                .map(a -> DynamicTest.dynamicTest(f.name() + " × " + a, () -> {
                    DisclosureRequest r = f.make().get();
                    Verdict<RequestAction> v = RequestTransitions.check(r, a, EDITOR, f.situation());
                    if (f.allowed().contains(a)) {
                        assertTrue(v.allowed(), () -> a + " should be allowed, refused: " + v.reason());
                    } else if (!RequestTransitions.from(a).contains(r.getStatus())) {
                        assertFalse(v.allowed(), () -> a + " should be refused in " + r.getStatus());
                        assertEquals("申请当前状态为“" + r.getStatus().label() + "”，不能" + a.label(), v.reason());
                    } else {
                        String expected = f.conditionRefusals().get(a);
                        assertNotNull(expected, () -> a + " is refused (" + v.reason() + ") but the fixture lists no reason");
                        assertFalse(v.allowed());
                        assertEquals(expected, v.reason());
                    }
                    assertFalse(v.byWho());
                }))).toList();
    }

    @Test
    void theAllowedActionsAreWhatThePageShows() {
        DisclosureRequest r = fresh();
        assertEquals(List.of(NOTICE_CORRECTION, CONSULT, EXTEND, NOTICE_FEE, ATTACH_FILE, REPLY),
                RequestTransitions.allowed(r, EDITOR, on("2026-09-03")));
        assertEquals(List.of(), RequestTransitions.allowed(r, new RequestTransitions.Caller("office", false, null), on("2026-09-03")),
                "the office and the supervision office read");
    }

    @Test
    void onlyAnEditorOfTheAgencyActs() {
        DisclosureRequest r = fresh(); // agency 1
        Verdict<RequestAction> office = RequestTransitions.check(r, REPLY, new RequestTransitions.Caller("office", false, null), on("2026-09-03"));
        assertFalse(office.allowed());
        assertTrue(office.byWho());
        assertEquals("“答复”须由信息公开工作人员办理", office.reason());
        assertThrows(ForbiddenException.class, office::orThrow);
        Verdict<RequestAction> other = RequestTransitions.check(r, REPLY, new RequestTransitions.Caller("editor2", true, 2L), on("2026-09-03"));
        assertEquals("只能办理本机关收到的申请", other.reason());
        assertTrue(RequestTransitions.check(r, REPLY, new RequestTransitions.Caller("editor1", true, 1L), on("2026-09-03")).allowed());
        assertTrue(RequestTransitions.check(r, REPLY, RequestTransitions.Caller.system("system"), on("2026-09-03")).allowed());
    }

    @Test
    void theEntityRefusesWhatTheTableRefuses() {
        DisclosureRequest r = ReplyLetterTest.replied(fresh(), DisclosureOutcome.DISCLOSED, "见附件");
        ConflictException e = assertThrows(ConflictException.class, () -> r.consult("某公司", d("2026-09-11"), CAL));
        assertEquals("申请当前状态为“已答复”，不能征求第三方意见", e.getMessage());
        assertTrue(r.getConsultations().isEmpty(), "nothing changed");
        DisclosureRequest waiting = awaitingCorrection();
        assertThrows(ConflictException.class, () -> waiting.reply(DisclosureOutcome.DISCLOSED, "见附件", DeliveryWay.ONLINE,
                d("2026-09-03"), "editor", CAL));
        assertThrows(ConflictException.class, () -> waiting.detach(7L, d("2026-09-03")));
    }
}

package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.supervision.ComplaintAction.*;

import java.time.Instant;
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
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The transition table of complaints, status by action: for a complaint in each status, every
 * action is either allowed or refused with its reason; only the supervision office acts.
 */
class ComplaintTransitionsTest {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    static final ComplaintTransitions.Caller SUPERVISOR = new ComplaintTransitions.Caller("supervisor", true);

    record Fixture(String name, Supplier<Complaint> make, Map<ComplaintAction, String> conditionRefusals,
            List<ComplaintAction> allowed) {}

    static Complaint received() {
        return new Complaint("TS330399-20260901-000001", "ABCDEF", ComplaintChannel.PORTAL, "张三", "13800000000", null, null, 3L,
                "窗口人员态度差", Instant.parse("2026-09-01T02:00:00Z"), DAY, "online", DAY.plusDays(7));
    }

    static Complaint replied(ComplaintOutcome outcome) {
        Complaint c = received();
        c.accept(DAY, "supervisor", DAY.plusDays(20));
        c.answer(outcome, "经查", DAY.plusDays(3), "supervisor");
        return c;
    }

    static Map<ComplaintAction, String> refusals(Object... pairs) {
        Map<ComplaintAction, String> m = new EnumMap<>(ComplaintAction.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((ComplaintAction) pairs[i], (String) pairs[i + 1]);
        return m;
    }

    static final String NOT_SUBSTANTIATED = "只有经查属实（或部分属实）的投诉才能亮牌";

    static final List<Fixture> FIXTURES = List.of(
            new Fixture("received", ComplaintTransitionsTest::received, refusals(), List.of(ACCEPT, REFUSE)),
            new Fixture("accepted", () -> {
                Complaint c = received();
                c.accept(DAY, "supervisor", DAY.plusDays(20));
                return c;
            }, refusals(), List.of(REPLY)),
            new Fixture("not accepted", () -> {
                Complaint c = received();
                c.refuse("不属于本机关管辖", DAY, "supervisor");
                return c;
            }, refusals(), List.of()),
            new Fixture("replied, substantiated", () -> replied(ComplaintOutcome.SUBSTANTIATED), refusals(), List.of(CARD)),
            new Fixture("replied, partly substantiated", () -> replied(ComplaintOutcome.PARTLY), refusals(), List.of(CARD)),
            new Fixture("replied, not substantiated", () -> replied(ComplaintOutcome.UNSUBSTANTIATED),
                    refusals(CARD, NOT_SUBSTANTIATED), List.of()),
            new Fixture("replied, card raised", () -> {
                Complaint c = replied(ComplaintOutcome.SUBSTANTIATED);
                c.cardRaised(42L);
                return c;
            }, refusals(CARD, "该投诉已亮过牌"), List.of()));

    @Test
    void theFixturesCoverEveryStatus() {
        EnumSet<ComplaintStatus> seen = EnumSet.noneOf(ComplaintStatus.class);
        FIXTURES.forEach(f -> seen.add(f.make().get().getStatus()));
        assertEquals(EnumSet.allOf(ComplaintStatus.class), seen);
    }

    @TestFactory
    List<DynamicTest> everyStatusTimesEveryAction() {
        return FIXTURES.stream().flatMap(f -> Arrays.stream(ComplaintAction.values())
                .map(a -> DynamicTest.dynamicTest(f.name() + " × " + a, () -> {
                    Complaint c = f.make().get();
                    Verdict<ComplaintAction> v = ComplaintTransitions.check(c, a, SUPERVISOR);
                    if (f.allowed().contains(a)) {
                        assertTrue(v.allowed(), () -> a + " should be allowed, refused: " + v.reason());
                    } else if (!ComplaintTransitions.from(a).contains(c.getStatus())) {
                        assertFalse(v.allowed());
                        assertEquals("投诉当前状态为“" + c.getStatus().label() + "”，不能" + a.label(), v.reason());
                    } else {
                        String expected = f.conditionRefusals().get(a);
                        assertNotNull(expected, () -> a + " is refused (" + v.reason() + ") but the fixture lists no reason");
                        assertFalse(v.allowed());
                        assertEquals(expected, v.reason());
                    }
                }))).toList();
    }

    @Test
    void theOfficeReads() {
        Verdict<ComplaintAction> v = ComplaintTransitions.check(received(), ACCEPT, new ComplaintTransitions.Caller("office", false));
        assertTrue(v.byWho());
        assertEquals("“受理”须由监察机关办理", v.reason());
        assertEquals(List.of(), ComplaintTransitions.allowed(received(), new ComplaintTransitions.Caller("office", false)));
    }

    @Test
    void theEntityRefusesWhatTheTableRefuses() {
        Complaint c = replied(ComplaintOutcome.UNSUBSTANTIATED);
        ConflictException e = assertThrows(ConflictException.class, () -> c.cardRaised(1L));
        assertEquals(NOT_SUBSTANTIATED, e.getMessage());
        assertEquals(null, c.getFindingId());
    }
}

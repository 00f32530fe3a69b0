package org.yangguang.interaction.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yangguang.shared.BrokenRule;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The transition table of a bad rating's rectification, status by action and by who acts: the
 * supervision office verifies (confirm or unfounded) a rectification waiting for the return visit;
 * the rated department, and no other, reports one being rectified; nothing else is allowed.
 */
class RectificationTransitionsTest {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    static final long DEPARTMENT = 3L;
    static final RectificationTransitions.Caller SUPERVISOR = new RectificationTransitions.Caller("supervisor", true, null);
    static final RectificationTransitions.Caller CLERK = new RectificationTransitions.Caller("clerk", false, DEPARTMENT);
    static final RectificationTransitions.Caller OTHER_CLERK = new RectificationTransitions.Caller("clerk2", false, 4L);
    static final RectificationTransitions.Caller OFFICE = new RectificationTransitions.Caller("office", false, null);

    static Rating rating(RatingLevel level) {
        return new Rating(new Rating.Subject(RatingSubject.CASE, 7L, "330399-20260901-000001", DEPARTMENT, 11L),
                RatedEvent.CONCLUSION, 1, level, List.of(RatingReason.MANY_TRIPS), "跑了三次",
                new Rating.Rater(RatingChannel.ONLINE, null, null, null), Instant.parse("2026-09-01T02:00:00Z"), DAY);
    }

    static Rectification verifying() {
        return new Rectification(rating(RatingLevel.VERY_DISSATISFIED), DAY);
    }

    static Rectification rectifying() {
        Rectification r = verifying();
        r.confirm("回访属实：申请人两次补交材料", "supervisor", DAY.plusDays(1), DAY.plusDays(22));
        return r;
    }

    static Rectification unfounded() {
        Rectification r = verifying();
        r.markUnfounded("回访核实：申请人承认与办理无关", "supervisor", DAY.plusDays(1));
        return r;
    }

    static Rectification rectified() {
        Rectification r = rectifying();
        r.report("已修订办事指南，一次性告知材料", "clerk", DAY.plusDays(10));
        return r;
    }

    /** Every status, and which action which caller may take in it. */
    static final Map<RectificationStatus, Supplier<Rectification>> MAKE = Map.of(
            RectificationStatus.VERIFYING, RectificationTransitionsTest::verifying,
            RectificationStatus.RECTIFYING, RectificationTransitionsTest::rectifying,
            RectificationStatus.UNFOUNDED, RectificationTransitionsTest::unfounded,
            RectificationStatus.RECTIFIED, RectificationTransitionsTest::rectified);

    static Set<RectificationAction> allowedFor(RectificationStatus s, RectificationTransitions.Caller caller) {
        if (caller == SUPERVISOR && s == RectificationStatus.VERIFYING) {
            return EnumSet.of(RectificationAction.CONFIRM, RectificationAction.MARK_UNFOUNDED);
        }
        if (caller == CLERK && s == RectificationStatus.RECTIFYING) return EnumSet.of(RectificationAction.REPORT);
        return EnumSet.noneOf(RectificationAction.class);
    }

    @TestFactory
    List<DynamicTest> everyStatusByEveryActionAndCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RectificationStatus s : RectificationStatus.values()) {
            for (RectificationAction a : RectificationAction.values()) {
                for (RectificationTransitions.Caller caller : List.of(SUPERVISOR, CLERK, OTHER_CLERK, OFFICE)) {
                    tests.add(DynamicTest.dynamicTest(s + " × " + a + " by " + caller.username(), () -> {
                        Rectification r = MAKE.get(s).get();
                        assertEquals(s, r.getStatus());
                        Verdict<RectificationAction> v = RectificationTransitions.check(r, a, caller);
                        boolean expected = allowedFor(s, caller).contains(a);
                        assertEquals(expected, v.allowed(), v.reason());
                        if (!expected) {
                            assertTrue(v.reason() != null && !v.reason().isBlank());
                            // who acts is checked first (403), then the status (409)
                            Class<? extends RuntimeException> expectedRefusal = mayAct(a, caller) ? ConflictException.class
                                    : ForbiddenException.class;
                            assertThrows(expectedRefusal, v::orThrow);
                        }
                    }));
                }
            }
            tests.add(DynamicTest.dynamicTest(s + ": the list of allowed actions", () -> {
                Rectification r = MAKE.get(s).get();
                for (var caller : List.of(SUPERVISOR, CLERK, OTHER_CLERK, OFFICE)) {
                    assertEquals(List.copyOf(allowedFor(s, caller)), RectificationTransitions.allowed(r, caller), caller.username());
                }
            }));
        }
        return tests;
    }

    private static boolean mayAct(RectificationAction a, RectificationTransitions.Caller caller) {
        return switch (RectificationTransitions.who(a)) {
            case SUPERVISOR -> caller.supervisor();
            case DEPARTMENT -> caller.departmentId() != null && caller.departmentId() == DEPARTMENT;
        };
    }

    @Test
    void theVerbsCheckTheTableThemselves() {
        assertThrows(ConflictException.class, () -> rectified().report("再次整改", "clerk", DAY));
        assertThrows(ConflictException.class, () -> unfounded().confirm("属实", "supervisor", DAY, DAY.plusDays(5)));
        assertThrows(ConflictException.class, () -> verifying().report("整改", "clerk", DAY));
    }

    @Test
    void confirmingSetsTheDueDayAndUnfoundedKeepsWhoAndWhy() {
        Rectification r = rectifying();
        assertEquals(DAY.plusDays(22), r.getDue());
        assertEquals("supervisor", r.getVerifiedBy());
        Rectification u = unfounded();
        assertEquals("supervisor", u.getVerifiedBy());
        assertEquals("回访核实：申请人承认与办理无关", u.getVisitNote());
        assertEquals(null, u.getDue());
    }

    @Test
    void everyVerificationAndReportNeedsItsText() {
        assertThrows(InvalidInputException.class, () -> verifying().confirm(" ", "supervisor", DAY, DAY.plusDays(5)));
        assertThrows(InvalidInputException.class, () -> verifying().markUnfounded(null, "supervisor", DAY));
        assertThrows(InvalidInputException.class, () -> rectifying().report("", "clerk", DAY));
        assertThrows(InvalidInputException.class, () -> rectifying().report("长".repeat(Rectification.REPORT_LENGTH + 1), "clerk", DAY));
    }

    @Test
    void onlyABadRatingOpensARectification() {
        assertThrows(BrokenRule.class, () -> new Rectification(rating(RatingLevel.BASICALLY_SATISFIED), DAY));
    }

    @Test
    void aRectificationIsLateWhenNotReportedByItsDueDayOrReportedAfterIt() {
        Rectification r = rectifying(); // due DAY + 22
        assertFalse(r.isLate(DAY.plusDays(22)));
        assertTrue(r.isLate(DAY.plusDays(23)));
        Rectification onTime = rectified(); // reported DAY + 10
        assertFalse(onTime.isLate(DAY.plusDays(100)));
        Rectification late = rectifying();
        late.report("整改完成", "clerk", DAY.plusDays(23));
        assertTrue(late.isLate(DAY.plusDays(23)));
        assertFalse(verifying().isLate(DAY.plusDays(100)), "no limit before the confirmation");
        assertFalse(unfounded().isLate(DAY.plusDays(100)));
    }
}

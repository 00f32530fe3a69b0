package org.yangguang.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.approval.ApprovalCaseTest.CAL;
import static org.yangguang.approval.ApprovalCaseTest.FORM;
import static org.yangguang.approval.ApprovalCaseTest.d;
import static org.yangguang.approval.ApprovalCaseTest.matter;
import static org.yangguang.approval.ApprovalCaseTest.receive;
import static org.yangguang.approval.CaseAction.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.organization.Department;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;

/**
 * The transition table, status by action: for a case in each status (and the conditions that
 * matter within a status), every action is either allowed or refused, and a refusal says why.
 * A case worker of the department asks (its approver for the approver's actions), so only the
 * case's own rules decide; who may act is tested below.
 */
class CaseTransitionsTest {
    static final LocalDate TODAY = d("2026-09-02");
    static final Caller APPROVER = new Caller("approver", "SCJGJ", true, true);
    static final Caller CLERK = new Caller("clerk", "SCJGJ", true, false);

    /** A case in a given state, and what the table must answer for it (null: allowed). */
    record Fixture(String name, Supplier<ApprovalCase> make, Map<CaseAction, String> conditionRefusals, List<CaseAction> allowed) {}

    static Map<CaseAction, String> refusals(Object... pairs) {
        Map<CaseAction, String> m = new EnumMap<>(CaseAction.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((CaseAction) pairs[i], (String) pairs[i + 1]);
        return m;
    }

    static ApprovalCase accepted(HandlingKind kind) {
        ApprovalCase c = receive(matter(kind), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        return c;
    }

    static final List<Fixture> FIXTURES = List.of(
            new Fixture("received, material missing", () -> receive(matter(HandlingKind.PROMISED), "2026-09-01", false),
                    refusals(ACCEPT, "材料不齐全，请先一次性告知补正"),
                    List.of(CHECK_MATERIALS, REQUEST_CORRECTION, REFUSE)),
            new Fixture("received, complete", () -> receive(matter(HandlingKind.PROMISED), "2026-09-01", true),
                    refusals(CHECK_MATERIALS, "材料已全部核对，无需再核对", REQUEST_CORRECTION, "材料齐全，无需补正"),
                    List.of(ACCEPT, REFUSE)),
            new Fixture("awaiting correction", () -> {
                ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
                c.requestCorrection(null, null, false, d("2026-09-01"));
                return c;
            }, refusals(), List.of(CHECK_MATERIALS, REQUEST_CORRECTION, SUPPLEMENT, REFUSE)),
            new Fixture("in progress, steps pending", () -> accepted(HandlingKind.PROMISED),
                    refusals(END_SPECIAL_PROCEDURE, "没有进行中的特别程序", REPORT, "只有上报件需要上报",
                            ASSIGN_JOINT, "只有联办件可以分派联办部门", DECIDE, "还有环节未完成，不能作出决定"),
                    List.of(COMPLETE_STEP, START_SPECIAL_PROCEDURE, REQUEST_EXTENSION, EXTEND, CHARGE)),
            new Fixture("in progress, last step", () -> {
                ApprovalCase c = accepted(HandlingKind.PROMISED);
                c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
                return c;
            }, refusals(COMPLETE_STEP, "最后一个环节由审批人作出决定时完成", END_SPECIAL_PROCEDURE, "没有进行中的特别程序",
                    REPORT, "只有上报件需要上报", ASSIGN_JOINT, "只有联办件可以分派联办部门"),
                    List.of(START_SPECIAL_PROCEDURE, REQUEST_EXTENSION, EXTEND, CHARGE, DECIDE)),
            new Fixture("in progress, clock stopped", () -> {
                ApprovalCase c = accepted(HandlingKind.PROMISED);
                c.startSpecialProcedure(SpecialProcedureType.INSPECTION, "现场核查", 5, d("2026-09-02"), CAL);
                return c;
            }, refusals(COMPLETE_STEP, "特别程序进行中，计时已暂停，请先结束特别程序",
                    START_SPECIAL_PROCEDURE, "特别程序进行中，计时已暂停，请先结束特别程序",
                    REPORT, "特别程序进行中，计时已暂停，请先结束特别程序",
                    ASSIGN_JOINT, "特别程序进行中，计时已暂停，请先结束特别程序",
                    DECIDE, "特别程序进行中，计时已暂停，请先结束特别程序"),
                    // the law lets the extension and the fee bill go on while the clock stands still
                    List.of(END_SPECIAL_PROCEDURE, REQUEST_EXTENSION, EXTEND, CHARGE)),
            new Fixture("in progress, extended", () -> {
                ApprovalCase c = accepted(HandlingKind.PROMISED);
                c.extend(5, "情况复杂", "approver", d("2026-09-02"), CAL);
                return c;
            }, refusals(END_SPECIAL_PROCEDURE, "没有进行中的特别程序", REPORT, "只有上报件需要上报",
                    ASSIGN_JOINT, "只有联办件可以分派联办部门", DECIDE, "还有环节未完成，不能作出决定",
                    REQUEST_EXTENSION, "本件已延期一次，不能再次延期", EXTEND, "本件已延期一次，不能再次延期"),
                    List.of(COMPLETE_STEP, START_SPECIAL_PROCEDURE, CHARGE)),
            new Fixture("in progress, extension asked for", () -> {
                ApprovalCase c = accepted(HandlingKind.PROMISED);
                c.requestExtension(5, "情况复杂", "clerk", d("2026-09-02"));
                return c;
            }, refusals(END_SPECIAL_PROCEDURE, "没有进行中的特别程序", REPORT, "只有上报件需要上报",
                    ASSIGN_JOINT, "只有联办件可以分派联办部门", DECIDE, "还有环节未完成，不能作出决定",
                    REQUEST_EXTENSION, "延期申请已提交，待审批人批准"),
                    List.of(COMPLETE_STEP, START_SPECIAL_PROCEDURE, EXTEND, CHARGE)),
            new Fixture("escalated, not reported", () -> accepted(HandlingKind.ESCALATED),
                    refusals(COMPLETE_STEP, "上报件初审完毕后请上报上级机关", END_SPECIAL_PROCEDURE, "没有进行中的特别程序",
                            ASSIGN_JOINT, "只有联办件可以分派联办部门", DECIDE, "上报件须待上级机关答复后再作出决定"),
                    List.of(START_SPECIAL_PROCEDURE, REQUEST_EXTENSION, EXTEND, REPORT, CHARGE)),
            new Fixture("reported", () -> {
                ApprovalCase c = accepted(HandlingKind.ESCALATED);
                c.report("初审同意", d("2026-09-02"), "clerk", CAL);
                return c;
            }, refusals(), List.of(REQUEST_EXTENSION, EXTEND, RECORD_REPLY)),
            new Fixture("joint, no part assigned", () -> {
                ApprovalCase c = accepted(HandlingKind.JOINT);
                c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
                return c;
            }, refusals(COMPLETE_STEP, "最后一个环节由审批人作出决定时完成", END_SPECIAL_PROCEDURE, "没有进行中的特别程序",
                    REPORT, "只有上报件需要上报", DECIDE, "联办件须先分派联办部门，并待其办结后再作出决定"),
                    List.of(START_SPECIAL_PROCEDURE, REQUEST_EXTENSION, EXTEND, CHARGE, ASSIGN_JOINT)),
            new Fixture("joint, a part open", () -> {
                ApprovalCase c = accepted(HandlingKind.JOINT);
                c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
                c.assignJointPart(new Department("ZJJ", "住建局"), 5, d("2026-09-02"), CAL);
                return c;
            }, refusals(COMPLETE_STEP, "最后一个环节由审批人作出决定时完成", END_SPECIAL_PROCEDURE, "没有进行中的特别程序",
                    REPORT, "只有上报件需要上报", DECIDE, "还有联办部门未办结，不能作出决定"),
                    List.of(START_SPECIAL_PROCEDURE, REQUEST_EXTENSION, EXTEND, CHARGE, ASSIGN_JOINT)),
            new Fixture("decided", () -> {
                ApprovalCase c = accepted(HandlingKind.PROMISED);
                c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
                c.decide(Decision.APPROVED, null, d("2026-09-02"), "approver", CAL);
                return c;
            }, refusals(), List.of(CHARGE, DELIVER)),
            new Fixture("delivered", () -> {
                ApprovalCase c = accepted(HandlingKind.PROMISED);
                c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
                c.decide(Decision.APPROVED, null, d("2026-09-02"), "approver", CAL);
                c.deliver(DeliveryMethod.WINDOW_PICKUP, null, d("2026-09-02"));
                return c;
            }, refusals(), List.of()),
            new Fixture("refused", () -> {
                ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
                c.refuse("不属于本机关职权范围", d("2026-09-01"));
                return c;
            }, refusals(), List.of()));

    @TestFactory
    List<DynamicTest> everyStatusTimesEveryAction() {
        return FIXTURES.stream().flatMap(f -> java.util.Arrays.stream(CaseAction.values())
                .filter(a -> a != COMPLETE_JOINT_PART)
                .map(a -> DynamicTest.dynamicTest(f.name() + " × " + a, () -> {
                    ApprovalCase c = f.make().get();
                    Caller caller = CaseTransitions.who(a) == CaseTransitions.Who.APPROVER ? APPROVER : CLERK;
                    CaseTransitions.Verdict v = CaseTransitions.check(c, a, caller, TODAY);
                    if (f.allowed().contains(a)) {
                        assertTrue(v.allowed(), () -> a + " should be allowed, refused: " + v.reason());
                    } else if (!CaseTransitions.from(a).contains(c.getStatus())) {
                        assertFalse(v.allowed());
                        assertEquals("办件当前状态为“" + c.getStatus().label() + "”，不能" + a.label(), v.reason());
                    } else {
                        String expected = f.conditionRefusals().get(a);
                        assertNotNull(expected, () -> a + " is refused (" + v.reason() + ") but the table lists no reason");
                        assertFalse(v.allowed());
                        assertEquals(expected, v.reason());
                    }
                }))).toList();
    }

    @Test
    void theAllowedActionsAreWhatThePageShows() {
        ApprovalCase c = accepted(HandlingKind.PROMISED);
        assertEquals(List.of(COMPLETE_STEP, START_SPECIAL_PROCEDURE, REQUEST_EXTENSION, CHARGE),
                CaseTransitions.allowed(c, CLERK, TODAY));
        assertEquals(List.of(COMPLETE_STEP, START_SPECIAL_PROCEDURE, EXTEND, CHARGE),
                CaseTransitions.allowed(c, APPROVER, TODAY));
        assertEquals(List.of(), CaseTransitions.allowed(c, new Caller("clerk2", "ZJJ", true, false), TODAY));
    }

    @Test
    void aDecisionAndAnExtensionAreTheApproversAlone() {
        ApprovalCase c = accepted(HandlingKind.PROMISED);
        c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
        CaseTransitions.Verdict v = CaseTransitions.check(c, DECIDE, CLERK, TODAY);
        assertFalse(v.allowed());
        assertTrue(v.byWho());
        assertEquals("“决定”须由本部门审批人办理", v.reason());
        assertThrows(ForbiddenException.class, v::orThrow);
        assertEquals("“批准延期”须由本部门审批人办理", CaseTransitions.check(c, EXTEND, CLERK, TODAY).reason());
    }

    @Test
    void anotherDepartmentActsOnlyOnItsOwnJointPart() {
        ApprovalCase c = accepted(HandlingKind.JOINT);
        Caller zjj = new Caller("zjj", "ZJJ", true, false);
        assertEquals("本部门没有待办的联办事项", CaseTransitions.check(c, COMPLETE_JOINT_PART, zjj, TODAY).reason());
        c.assignJointPart(new Department("ZJJ", "住建局"), 5, d("2026-09-02"), CAL);
        assertEquals(List.of(COMPLETE_JOINT_PART), CaseTransitions.allowed(c, zjj, TODAY));
        assertEquals("只能办理本部门的办件", CaseTransitions.check(c, COMPLETE_STEP, zjj, TODAY).reason());
        assertEquals("本部门没有待办的联办事项", CaseTransitions.check(c, COMPLETE_JOINT_PART, CLERK, TODAY).reason());
    }

    @Test
    void aStepAssignedToSomeoneIsTheirsOrTheApprovers() {
        ApprovalCase c = accepted(HandlingKind.PROMISED);
        c.completeStep("同意", "zhangsan", d("2026-09-02"), "clerk", CAL);
        // 决定 is assigned to zhangsan: the clerk may not, zhangsan and the approver may
        ApprovalCase three = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        three.accept(d("2026-09-01"), "clerk", CAL);
        assertTrue(CaseTransitions.check(three, COMPLETE_STEP, CLERK, TODAY).allowed(), "unassigned: any case worker");
        ApprovalCase assigned = receive(org.yangguang.catalog.CatalogFixtures.published(fourSteps(), ApprovalCaseTest.SCJGJ),
                "2026-09-01", true);
        assigned.accept(d("2026-09-01"), "clerk", CAL);
        assigned.completeStep("同意", "zhangsan", d("2026-09-02"), "clerk", CAL);
        CaseTransitions.Verdict clerk = CaseTransitions.check(assigned, COMPLETE_STEP, CLERK, TODAY);
        assertFalse(clerk.allowed());
        assertTrue(clerk.byWho());
        assertEquals("“复核”环节已分派给zhangsan，只能由其本人或本部门审批人办理", clerk.reason());
        assertTrue(CaseTransitions.check(assigned, COMPLETE_STEP, new Caller("zhangsan", "SCJGJ", true, false), TODAY).allowed());
        assertTrue(CaseTransitions.check(assigned, COMPLETE_STEP, APPROVER, TODAY).allowed());
    }

    /** 受理, 审查, 复核, 决定: a step between the first handling step and the decision. */
    static org.yangguang.catalog.MatterDraft fourSteps() {
        var draft = org.yangguang.catalog.CatalogFixtures.draft();
        var review = new org.yangguang.catalog.MatterDraft.StepLine();
        review.setName("复核");
        review.setLimitDays(1);
        draft.getSteps().add(2, review);
        return draft;
    }

    @Test
    void theEntityRefusesWhatTheTableRefuses() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
        ConflictException e = assertThrows(ConflictException.class, () -> c.charge(List.of(BigDecimal.TEN), null, TODAY));
        assertEquals("办件当前状态为“已收件”，不能收费", e.getMessage());
        assertEquals(List.of(FORM), c.missingMaterials(), "nothing changed");
    }
}

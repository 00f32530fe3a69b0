package org.yangguang.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.CatalogFixtures;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.MatterDraft;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.organization.Department;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;

class ApprovalCaseTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final Department SCJGJ = new Department("SCJGJ", "阳光县市场监督管理局");
    static final String FORM = "食品经营许可申请书";

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** 食品经营许可: promised 5, statutory 20 working days; steps 受理 1, 审查 2, 决定 2; fee 10.00. */
    static MatterVersion matter(HandlingKind kind) {
        MatterDraft draft = CatalogFixtures.draft();
        draft.setHandlingKind(kind);
        if (kind == HandlingKind.IMMEDIATE) {
            draft.setPromisedValue(0);
            draft.getSteps().forEach(s -> s.setLimitDays(0));
        }
        return CatalogFixtures.published(draft, SCJGJ);
    }

    static ApprovalCase receive(MatterVersion v, String on, boolean complete) {
        return new ApprovalCase("330399-20260901-000001", "AB12CD", v, ReceiptChannel.WINDOW,
                new Applicant("阳光县好味道餐饮店", "92330399MA2ABCDE1X", "13800000000", "阳光县人民路1号"), null,
                complete ? List.of(FORM) : List.of(), Instant.parse("2026-09-01T01:00:00Z"), d(on), "clerk", CAL);
    }

    @Test
    void aPromisedCaseRunsFromReceiptToDelivery() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        assertEquals(CaseStatus.RECEIVED, c.getStatus());
        assertEquals(d("2026-09-08"), c.getCorrectionDeadline());
        assertNull(c.getPromisedDeadline(), "the clock starts at acceptance");

        c.accept(d("2026-09-02"), "clerk", CAL);
        assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
        assertEquals(d("2026-09-02"), c.getAcceptedOn());
        assertEquals(d("2026-09-09"), c.getPromisedDeadline());
        assertEquals(d("2026-09-30"), c.getStatutoryDeadline());
        assertTrue(c.getSteps().get(0).isDone(), "受理 is done by accepting");
        assertEquals("审查", c.currentStep().orElseThrow().getName());
        assertEquals(d("2026-09-04"), c.currentStep().orElseThrow().getDeadline());
        assertEquals(2, c.getClock().getCalendarVersion());

        c.completeStep("材料齐全，符合条件", null, d("2026-09-03"), "clerk", CAL);
        assertEquals("决定", c.currentStep().orElseThrow().getName());
        c.charge(List.of(new BigDecimal("10")), null, d("2026-09-04"));
        assertEquals(new BigDecimal("10.00"), c.totalFee());
        c.decide(Decision.APPROVED, null, d("2026-09-04"), "approver", CAL);
        assertEquals(CaseStatus.DECIDED, c.getStatus());
        assertEquals(d("2026-09-18"), c.getDeliveryDeadline());
        c.deliver(DeliveryMethod.WINDOW_PICKUP, null, d("2026-09-07"));
        assertEquals(CaseStatus.DELIVERED, c.getStatus());
        assertEquals(List.of(), c.getViolations());
    }

    @Nested
    class Correction {
        @Test
        void missingMaterialNeedsTheOneTimeNoticeBeforeAcceptance() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
            assertEquals(List.of(FORM), c.missingMaterials());
            assertThrows(ConflictException.class, () -> c.accept(d("2026-09-01"), "clerk", CAL));
            c.requestCorrection(null, null, false, d("2026-09-01"));
            assertEquals(CaseStatus.AWAITING_CORRECTION, c.getStatus());
            assertEquals(List.of(FORM), c.getCheck().getNotifiedMaterials());
            assertThrows(ConflictException.class, () -> c.accept(d("2026-09-02"), "clerk", CAL));
            c.supplement(List.of(FORM), d("2026-09-10"));
            c.accept(d("2026-09-10"), "clerk", CAL);
            // the clock runs from the acceptance after the supplement, not from receipt
            assertEquals(d("2026-09-10"), c.getAcceptedOn());
            assertEquals(d("2026-09-17"), c.getPromisedDeadline());
            assertEquals(List.of(), c.getViolations());
        }

        @Test
        void aSecondNoticeIsAllowedButRecorded() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
            c.requestCorrection(null, null, false, d("2026-09-01"));
            // silently issuing a second notice is what the one-time rule forbids
            assertThrows(InvalidInputException.class, () -> c.requestCorrection(List.of(FORM), null, false, d("2026-09-02")));
            assertThrows(InvalidInputException.class, () -> c.requestCorrection(List.of(FORM), " ", true, d("2026-09-02")));
            assertEquals(1, c.getCheck().getCorrectionNotices(), "a refused notice changes nothing");
            assertThrows(InvalidInputException.class, () -> c.requestCorrection(List.of(FORM, "营业执照"), "申请书签字页缺失", true,
                    d("2026-09-02")), "only what is on the checklist");
            c.requestCorrection(List.of(FORM), "申请书签字页缺失", true, d("2026-09-02"));
            assertEquals(2, c.getCheck().getCorrectionNotices());
            assertEquals(ViolationKind.SECOND_CORRECTION_NOTICE, c.getViolations().get(0).getKind());
            assertTrue(c.getViolations().get(0).getDescription().contains("申请书签字页缺失"));
        }

        @Test
        void aLateNoticeIsRecorded() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-18", false);
            // five working days after 09-18: 09-20 (make-up Sunday), 21, 22, 23, 24
            assertEquals(d("2026-09-24"), c.getCorrectionDeadline());
            c.requestCorrection(null, null, false, d("2026-09-24"));
            assertEquals(List.of(), c.getViolations(), "on the last day is in time");
            ApprovalCase late = receive(matter(HandlingKind.PROMISED), "2026-09-18", false);
            assertThrows(InvalidInputException.class, () -> late.requestCorrection(null, null, false, d("2026-09-28")));
            late.requestCorrection(null, "申请人联系不上", true, d("2026-09-28"));
            assertEquals(ViolationKind.LATE_CORRECTION_NOTICE, late.getViolations().get(0).getKind());
        }

        @Test
        void noNoticeWithinFiveWorkingDaysMeansAcceptedOnReceipt() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.accept(d("2026-09-09"), "clerk", CAL);
            assertEquals(d("2026-09-01"), c.getAcceptedOn());
            assertEquals(d("2026-09-08"), c.getPromisedDeadline());
            assertEquals(ViolationKind.DEEMED_ACCEPTED, c.getViolations().get(0).getKind());
        }

        @Test
        void theNightlyJobDeemsAnUntouchedCaseAcceptedOnReceipt() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
            assertFalse(c.isOverdueForNotice(d("2026-09-08")), "the 5th working day is still in time");
            assertThrows(ConflictException.class, () -> c.deemAcceptedByLaw(d("2026-09-08"), CAL));
            assertTrue(c.isOverdueForNotice(d("2026-09-09")));
            c.deemAcceptedByLaw(d("2026-09-09"), CAL);
            assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
            assertEquals(d("2026-09-01"), c.getAcceptedOn());
            assertEquals(d("2026-09-08"), c.getPromisedDeadline());
            assertEquals(ViolationKind.DEEMED_ACCEPTED, c.getViolations().get(0).getKind());
            assertTrue(c.getSteps().get(0).isDone());
        }

        @Test
        void aCaseWithANoticeIsNeverDeemedAccepted() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
            c.requestCorrection(null, null, false, d("2026-09-01"));
            c.supplement(null, d("2026-09-20"));
            assertFalse(c.isOverdueForNotice(d("2026-09-30")));
        }

        @Test
        void aLateClerkCannotRefuseTheDeemedAcceptanceForMissingMaterial() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
            c.accept(d("2026-09-10"), "clerk", CAL);
            assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
            assertEquals(d("2026-09-01"), c.getAcceptedOn());
        }

        @Test
        void theClerkChecksMaterialsDeclaredOnline() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
            assertThrows(InvalidInputException.class, () -> c.checkMaterials(List.of("不存在的材料"), d("2026-09-01")));
            c.checkMaterials(List.of(FORM), d("2026-09-01"));
            assertEquals(List.of(), c.missingMaterials());
            assertThrows(ConflictException.class, () -> c.checkMaterials(List.of(FORM), d("2026-09-01")),
                    "everything is checked");
        }

        @Test
        void nothingMissingNeedsNoNotice() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            assertThrows(ConflictException.class, () -> c.requestCorrection(null, null, false, d("2026-09-01")));
        }
    }

    @Test
    void refusalNeedsAReasonAndEndsTheCase() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", false);
        assertThrows(InvalidInputException.class, () -> c.refuse(" ", d("2026-09-01")));
        c.refuse("不属于本机关职权范围，请向阳光县卫生健康局申请", d("2026-09-01"));
        assertEquals(CaseStatus.REFUSED, c.getStatus());
        assertThrows(ConflictException.class, () -> c.accept(d("2026-09-02"), "clerk", CAL));
    }

    @Nested
    class SpecialProcedures {
        @Test
        void theClockStopsAndDeadlinesMoveByTheStoppedWorkingDays() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.accept(d("2026-09-01"), "clerk", CAL);
            assertEquals(d("2026-09-08"), c.getPromisedDeadline());
            c.startSpecialProcedure(SpecialProcedureType.INSPECTION, "现场核查经营场所", 5, d("2026-09-03"), CAL);
            assertTrue(c.getClock().openStop().isPresent());
            assertNull(c.getPromisedDeadline(), "suspended while the procedure runs");
            assertNull(c.remainingWorkingDays(CAL, d("2026-09-04")));
            assertThrows(ConflictException.class, () -> c.completeStep("x", null, d("2026-09-04"), "clerk", CAL));
            assertThrows(ConflictException.class, () -> c.startSpecialProcedure(SpecialProcedureType.TESTING, "y", 3, d("2026-09-04"), CAL));
            c.endSpecialProcedure("核查合格", d("2026-09-09"), CAL);
            // 4 working days stopped (09-04, 07, 08, 09)
            assertEquals(d("2026-09-14"), c.getPromisedDeadline());
            assertEquals(Urgency.ON_TIME, c.urgency(CAL, d("2026-09-10")));
        }

        @Test
        void aProcedureAcrossTheHolidaysCountsOnlyWorkingDays() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-18", true);
            c.accept(d("2026-09-18"), "clerk", CAL);
            assertEquals(d("2026-09-24"), c.getPromisedDeadline()); // 09-20 (make-up Sunday), 21, 22, 23, 24
            c.startSpecialProcedure(SpecialProcedureType.EXPERT_REVIEW, "专家评审", 10, d("2026-09-22"), CAL);
            c.endSpecialProcedure("评审通过", d("2026-10-08"), CAL);
            // stopped working days 09-23, 24, 28, 29, 30, 10-08: the holidays in between are not counted twice
            assertEquals(d("2026-10-10"), c.getPromisedDeadline());
        }
    }

    @Nested
    class Extension {
        @Test
        void onceByAtMostTenWorkingDaysWithTheApprover() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.accept(d("2026-09-01"), "clerk", CAL);
            assertThrows(InvalidInputException.class, () -> c.extend(11, "复杂", "approver", d("2026-09-02"), CAL));
            assertThrows(InvalidInputException.class, () -> c.extend(5, " ", "approver", d("2026-09-02"), CAL));
            c.extend(10, "需补充论证", "approver", d("2026-09-02"), CAL);
            // 09-08 + 10 working days, 09-20 being a make-up Sunday
            assertEquals(d("2026-09-21"), c.getPromisedDeadline());
            // 09-29 + 10 working days across 国庆节 with the make-up Saturday 10-10
            assertEquals(d("2026-10-19"), c.getStatutoryDeadline());
            assertEquals("approver", c.getExtension().getApprover());
            assertThrows(ConflictException.class, () -> c.extend(1, "再次", "approver", d("2026-09-03"), CAL));
        }

        @Test
        void jointCasesMayExtendByFifteen() {
            ApprovalCase c = receive(matter(HandlingKind.JOINT), "2026-09-01", true);
            assertEquals(15, c.getExtension().getMaxDays());
        }

        @Test
        void aMatterMaySetItsOwnExtensionLimit() {
            MatterDraft draft = CatalogFixtures.draft();
            draft.setExtensionLimit(20);
            ApprovalCase c = new ApprovalCase("330399-20260901-000008", "AB12CD", CatalogFixtures.published(draft, SCJGJ),
                    ReceiptChannel.WINDOW, new Applicant("张三", "330399199001011234", "13900000000", null), null,
                    List.of(FORM), Instant.now(), d("2026-09-01"), "clerk", CAL);
            c.accept(d("2026-09-01"), "clerk", CAL);
            assertEquals(20, c.getExtension().getMaxDays());
            assertThrows(InvalidInputException.class, () -> c.extend(21, "复杂", "approver", d("2026-09-02"), CAL));
            c.extend(20, "需听取专家意见", "approver", d("2026-09-02"), CAL);
            assertEquals(20, c.getExtension().getDays());
        }

        @Test
        void extensionAfterAStopAddsOnTop() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.accept(d("2026-09-01"), "clerk", CAL);
            c.startSpecialProcedure(SpecialProcedureType.TESTING, "检测", 3, d("2026-09-03"), CAL);
            c.endSpecialProcedure("合格", d("2026-09-09"), CAL);
            LocalDate before = c.getPromisedDeadline();
            c.extend(3, "检测结论需复核", "approver", d("2026-09-10"), CAL);
            assertEquals(3, org.yangguang.calendar.DeadlineCalculator.workingDaysBetween(CAL, before, c.getPromisedDeadline()));
        }
    }

    @Test
    void immediateCaseNotConcludedTheSameDayIsAViolation() {
        ApprovalCase c = receive(matter(HandlingKind.IMMEDIATE), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        assertEquals(d("2026-09-01"), c.getPromisedDeadline());
        while (c.getSteps().stream().filter(s -> !s.isDone()).count() > 1) {
            c.completeStep("同意", null, d("2026-09-01"), "clerk", CAL);
        }
        c.decide(Decision.APPROVED, null, d("2026-09-01"), "clerk", CAL);
        c.deliver(DeliveryMethod.WINDOW_PICKUP, null, d("2026-09-02"));
        assertEquals(ViolationKind.IMMEDIATE_NOT_SAME_DAY, c.getViolations().get(0).getKind());
    }

    @Test
    void jointCaseIsDecidedOnlyWhenEveryPartIsDone() {
        Department zrzyj = new Department("ZRZYJ", "阳光县自然资源和规划局");
        Department zjj = new Department("ZJJ", "阳光县住房和城乡建设局");
        ApprovalCase c = receive(matter(HandlingKind.JOINT), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        c.assignJointPart(zrzyj, 5, d("2026-09-01"), CAL);
        c.assignJointPart(zjj, 10, d("2026-09-02"), CAL);
        assertThrows(ConflictException.class, () -> c.assignJointPart(zjj, 3, d("2026-09-02"), CAL));
        assertThrows(InvalidInputException.class, () -> c.assignJointPart(SCJGJ, 3, d("2026-09-02"), CAL));
        assertEquals(d("2026-09-08"), c.getJoint().getParts().get(0).getDeadline());
        assertEquals(d("2026-09-16"), c.getJoint().getParts().get(1).getDeadline());
        assertTrue(c.isJointPartner(zjj));
        c.completeStep("审查通过", null, d("2026-09-03"), "clerk", CAL);
        assertThrows(ConflictException.class, () -> c.decide(Decision.APPROVED, null, d("2026-09-03"), "approver", CAL));
        c.completeJointPart("ZRZYJ", "规划条件符合", d("2026-09-04"), "clerk2");
        assertThrows(ConflictException.class, () -> c.completeJointPart("ZRZYJ", "again", d("2026-09-04"), "clerk2"));
        c.completeJointPart("ZJJ", "同意", d("2026-09-07"), "zjj");
        c.decide(Decision.APPROVED, null, d("2026-09-07"), "approver", CAL);
        assertEquals(CaseStatus.DECIDED, c.getStatus());
    }

    @Nested
    class Workbench {
        @Test
        void theOwnDepartmentListsTheCaseByItsRunningDeadlineUntilItIsClosed() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            assertEquals(Map.of("SCJGJ", QueueSlot.NO_DEADLINE), dues(c), "no clock runs while it is checked");
            assertTrue(c.getQueue().get("SCJGJ").isLead());
            c.accept(d("2026-09-02"), "clerk", CAL);
            assertEquals(Map.of("SCJGJ", d("2026-09-09")), dues(c), "the promised deadline");
            assertEquals("clerk", c.getQueue().get("SCJGJ").getHandler(), "the to-do list of who holds it");
            c.startSpecialProcedure(SpecialProcedureType.INSPECTION, "现场核查", 3, d("2026-09-03"), CAL);
            assertEquals(Map.of("SCJGJ", QueueSlot.NO_DEADLINE), dues(c), "a stopped clock sorts last");
            c.endSpecialProcedure("合格", d("2026-09-07"), CAL);
            assertEquals(c.getPromisedDeadline(), dues(c).get("SCJGJ"));
            c.completeStep("同意", null, d("2026-09-08"), "clerk", CAL);
            c.decide(Decision.APPROVED, null, d("2026-09-08"), "approver", CAL);
            assertEquals(Map.of("SCJGJ", c.getDeliveryDeadline()), dues(c), "once decided: the delivery deadline");
            assertTrue(c.getQueue().get("SCJGJ").isOpen());
            c.deliver(DeliveryMethod.WINDOW_PICKUP, null, d("2026-09-09"));
            assertFalse(c.getQueue().get("SCJGJ").isOpen(), "closed: off the open workbench");
        }

        @Test
        void aRefusedCaseLeavesTheOpenWorkbench() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.refuse("不属于本机关职权范围，请向市级机关申请", d("2026-09-02"));
            assertFalse(c.getQueue().get("SCJGJ").isOpen());
        }

        @Test
        void everyJointPartnerListsTheCaseToo() {
            ApprovalCase c = receive(matter(HandlingKind.JOINT), "2026-09-01", true);
            c.accept(d("2026-09-01"), "clerk", CAL);
            c.assignJointPart(new Department("ZRZYJ", "阳光县自然资源和规划局"), 5, d("2026-09-01"), CAL);
            assertEquals(java.util.Set.of("SCJGJ", "ZRZYJ"), c.getQueue().keySet());
            assertFalse(c.getQueue().get("ZRZYJ").isLead());
            assertEquals(null, c.getQueue().get("ZRZYJ").getHandler(), "the partner's own list is its joint parts");
            assertEquals(c.getQueue().get("SCJGJ").getDue(), c.getQueue().get("ZRZYJ").getDue());
        }

        private Map<String, LocalDate> dues(ApprovalCase c) {
            Map<String, LocalDate> out = new java.util.HashMap<>();
            c.getQueue().forEach((code, slot) -> out.put(code, slot.getDue()));
            return out;
        }
    }

    @Test
    void aJointCaseWithoutPartsCannotBeDecided() {
        ApprovalCase c = receive(matter(HandlingKind.JOINT), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        c.completeStep("审查通过", null, d("2026-09-02"), "clerk", CAL);
        assertThrows(ConflictException.class, () -> c.decide(Decision.APPROVED, null, d("2026-09-02"), "approver", CAL));
    }

    @Test
    void anImmediateCaseIsOnTimeOnTheDayOfAcceptanceAfterACorrection() {
        ApprovalCase c = receive(matter(HandlingKind.IMMEDIATE), "2026-09-01", false);
        c.requestCorrection(null, null, false, d("2026-09-01"));
        c.supplement(null, d("2026-09-03"));
        c.accept(d("2026-09-03"), "clerk", CAL);
        while (c.getSteps().stream().filter(s -> !s.isDone()).count() > 1) c.completeStep("同意", null, d("2026-09-03"), "clerk", CAL);
        c.decide(Decision.APPROVED, null, d("2026-09-03"), "clerk", CAL);
        assertEquals(d("2026-09-03"), c.getDeliveryDeadline(), "即办件 are handed over on the spot");
        c.deliver(DeliveryMethod.WINDOW_PICKUP, null, d("2026-09-03"));
        assertEquals(List.of(), c.getViolations());
    }

    @Test
    void onlyJointCasesHaveParts() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        assertThrows(ConflictException.class,
                () -> c.assignJointPart(new Department("ZJJ", "住建局"), 5, d("2026-09-01"), CAL));
    }

    @Test
    void escalatedCaseIsReportedAndResumesOnTheReply() {
        ApprovalCase c = receive(matter(HandlingKind.ESCALATED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        c.report("初审同意，报市局审批", d("2026-09-03"), "clerk", CAL);
        assertEquals(CaseStatus.REPORTED, c.getStatus());
        assertThrows(ConflictException.class, () -> c.decide(Decision.APPROVED, null, d("2026-09-04"), "approver", CAL));
        c.recordUpperReply("市局同意", d("2026-09-08"), CAL);
        assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
        c.decide(Decision.APPROVED, null, d("2026-09-08"), "approver", CAL);
        assertEquals(CaseStatus.DECIDED, c.getStatus());
    }

    @Test
    void onlyEscalatedCasesAreReported() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        assertThrows(ConflictException.class, () -> c.report("x", d("2026-09-02"), "clerk", CAL));
    }

    @Nested
    class Fees {
        @Test
        void aboveTheStandardOnlyWithAReasonAndRecorded() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.accept(d("2026-09-01"), "clerk", CAL);
            assertThrows(InvalidInputException.class, () -> c.charge(List.of(new BigDecimal("12")), null, d("2026-09-02")));
            assertEquals(List.of(), c.getFeeBill().getFees(), "a rejected bill changes nothing");
            c.charge(List.of(new BigDecimal("12")), "含加急制证费", d("2026-09-02"));
            assertEquals(ViolationKind.FEE_ABOVE_STANDARD, c.getViolations().get(0).getKind());
        }

        @Test
        void aNonReducibleFeeCannotBeLowered() {
            ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
            c.accept(d("2026-09-01"), "clerk", CAL);
            assertThrows(InvalidInputException.class, () -> c.charge(List.of(new BigDecimal("5.00")), null, d("2026-09-02")));
        }

        @Test
        void reducedFeesAreFineWhereTheMatterAllowsThem() {
            MatterDraft draft = CatalogFixtures.draft();
            draft.getFees().get(0).setReducible(true);
            ApprovalCase c = new ApprovalCase("330399-20260901-000009", "AB12CD", CatalogFixtures.published(draft, SCJGJ),
                    ReceiptChannel.WINDOW, new Applicant("张三", "330399199001011234", "13900000000", null), null,
                    List.of(FORM), Instant.now(), d("2026-09-01"), "clerk", CAL);
            c.accept(d("2026-09-01"), "clerk", CAL);
            c.charge(List.of(new BigDecimal("5.00")), null, d("2026-09-02"));
            assertEquals(new BigDecimal("5.00"), c.totalFee());
            assertEquals(List.of(), c.getViolations());
        }
    }

    @Test
    void denialNeedsAReasonAndAllStepsButTheLastDone() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        assertThrows(ConflictException.class, () -> c.decide(Decision.APPROVED, null, d("2026-09-02"), "approver", CAL));
        c.completeStep("经审查不符合条件", null, d("2026-09-02"), "clerk", CAL);
        assertThrows(InvalidInputException.class, () -> c.decide(Decision.DENIED, null, d("2026-09-02"), "approver", CAL));
        c.decide(Decision.DENIED, "经营场所与申请不符", d("2026-09-02"), "approver", CAL);
        assertEquals(Decision.DENIED, c.getDecision());
        assertThrows(InvalidInputException.class, () -> c.deliver(DeliveryMethod.POST, null, d("2026-09-03")));
        c.deliver(DeliveryMethod.POST, "SF1234567890", d("2026-09-03"));
        assertEquals(CaseStatus.DELIVERED, c.getStatus());
    }

    @Test
    void lateDeliveryIsRecorded() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
        c.decide(Decision.APPROVED, null, d("2026-09-02"), "approver", CAL);
        c.deliver(DeliveryMethod.WINDOW_PICKUP, null, d("2026-09-30"));
        assertEquals(ViolationKind.LATE_DELIVERY, c.getViolations().get(0).getKind());
    }

    @Test
    void urgencyFollowsTheRemainingWorkingDays() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        assertEquals(d("2026-09-08"), c.getPromisedDeadline());
        assertEquals(Urgency.ON_TIME, c.urgency(CAL, d("2026-09-04")));
        assertEquals(Urgency.DUE_SOON, c.urgency(CAL, d("2026-09-07")));
        assertEquals(Urgency.DUE_SOON, c.urgency(CAL, d("2026-09-08")), "concluded on the deadline day is on time");
        assertEquals(Urgency.OVERDUE, c.urgency(CAL, d("2026-09-09")));
        assertEquals(-1, c.remainingWorkingDays(CAL, d("2026-09-09")));
    }

    @Test
    void aCalendarChangeMovesTheDeadlinesAndTheVersion() {
        WorkingCalendar without2026 = new WorkingCalendar(1, java.util.Map.of(2025, Calendars.year(2025)));
        ApprovalCase c = new ApprovalCase("330399-20260918-000001", "ZZ99YY", matter(HandlingKind.PROMISED),
                ReceiptChannel.ONLINE, new Applicant("张三", "330399199001011234", "13900000000", null), null,
                List.of(FORM), Instant.now(), d("2026-09-18"), "online", without2026);
        c.accept(d("2026-09-18"), "clerk", without2026);
        assertEquals(d("2026-09-25"), c.getPromisedDeadline());
        assertTrue(c.getClock().getDeadlineWarningShown().chinese().contains("2026年"));
        assertTrue(c.recomputeDeadlines(CAL));
        assertEquals(d("2026-09-24"), c.getPromisedDeadline());
        assertEquals(2, c.getClock().getCalendarVersion());
        assertNull(c.getClock().getDeadlineWarning());
        assertFalse(c.recomputeDeadlines(CAL), "nothing moves twice");
    }

    @Test
    void publicNameIsMasked() {
        assertEquals("阳*********".substring(0, 7), new Applicant("阳光县好味道餐饮店", "x", "1", null).getMaskedName());
    }
}

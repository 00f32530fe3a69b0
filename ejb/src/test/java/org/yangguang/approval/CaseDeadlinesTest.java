package org.yangguang.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.approval.ApprovalCaseTest.CAL;
import static org.yangguang.approval.ApprovalCaseTest.d;
import static org.yangguang.approval.ApprovalCaseTest.matter;
import static org.yangguang.approval.ApprovalCaseTest.receive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.Deadline;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.organization.Department;

/** One computation of every deadline, and what a calendar change moves. */
class CaseDeadlinesTest {

    /** The official calendar with one more holiday. */
    static WorkingCalendar withHoliday(String date) {
        List<CalendarDay> y2026 = new ArrayList<>(Calendars.year(2026));
        y2026.add(new CalendarDay(d(date), DayKind.HOLIDAY, "临时休假"));
        return new WorkingCalendar(3, Map.of(2025, Calendars.year(2025), 2026, y2026));
    }

    /** Accepted 09-01: promised 09-08, statutory 09-29; the 审查 step done late on 10-12, 决定 due 10-14. */
    static ApprovalCase lateStep() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        c.completeStep("同意", null, d("2026-10-12"), "clerk", CAL);
        assertEquals(d("2026-09-08"), c.getPromisedDeadline());
        assertEquals(d("2026-09-29"), c.getStatutoryDeadline());
        assertEquals(d("2026-10-14"), c.currentStep().orElseThrow().getDeadline());
        return c;
    }

    @Test
    void aChangeThatMovesOnlyAStepDeadlineIsSeenAndReported() {
        ApprovalCase c = lateStep();
        WorkingCalendar changed = withHoliday("2026-10-13");
        assertTrue(c.deadlinesWouldMove(changed), "the step's deadline moves, nothing else does");
        List<CaseDeadlines.Move> moves = CaseDeadlines.stored(c).movesTo(CaseDeadlines.of(c, changed));
        assertEquals(List.of(new CaseDeadlines.Move("环节“决定”期限", d("2026-10-14"), d("2026-10-15"))), moves);
        assertTrue(c.recomputeDeadlines(changed));
        assertEquals(d("2026-10-15"), c.currentStep().orElseThrow().getDeadline());
        assertEquals(d("2026-10-15"), c.getProcess().getStepDeadline(), "the column supervision reads follows");
        assertEquals(d("2026-09-08"), c.getPromisedDeadline());
        assertFalse(c.deadlinesWouldMove(changed), "nothing moves twice");
    }

    @Test
    void aChangeThatMovesOnlyAJointPartIsSeen() {
        ApprovalCase c = receive(matter(HandlingKind.JOINT), "2026-09-01", true);
        c.accept(d("2026-09-01"), "clerk", CAL);
        c.completeStep("同意", null, d("2026-09-02"), "clerk", CAL);
        // assigned long after the statutory deadline (09-28 + the joint part's own 5 working days)
        c.assignJointPart(new Department("ZJJ", "阳光县住房和城乡建设局"), 5, d("2026-11-02"), CAL);
        assertEquals(d("2026-11-09"), c.getJoint().getParts().get(0).getDeadline());
        WorkingCalendar changed = withHoliday("2026-11-05");
        List<CaseDeadlines.Move> moves = CaseDeadlines.stored(c).movesTo(CaseDeadlines.of(c, changed));
        assertEquals(List.of(new CaseDeadlines.Move("联办（阳光县住房和城乡建设局）期限", d("2026-11-09"), d("2026-11-10"))), moves);
        assertTrue(c.deadlinesWouldMove(changed));
    }

    @Test
    void aChangeBeforeTheCaseMovesNothing() {
        ApprovalCase c = lateStep();
        assertFalse(c.deadlinesWouldMove(withHoliday("2026-08-20")));
        assertEquals(List.of(), CaseDeadlines.stored(c).movesTo(CaseDeadlines.of(c, withHoliday("2026-08-20"))));
    }

    @Test
    void everyDeadlineMovesTogetherWhenTheHolidayIsEarly() {
        ApprovalCase c = lateStep();
        List<String> names = CaseDeadlines.stored(c).movesTo(CaseDeadlines.of(c, withHoliday("2026-09-03"))).stream()
                .map(CaseDeadlines.Move::name).toList();
        assertEquals(List.of("补正告知期限", "承诺期限", "法定期限", "环节“审查”期限"), names,
                "the 审查 step ran from 09-01, the 决定 step starts long after the holiday");
    }

    @Test
    void theDerivationGroupsHolidaysByName() {
        ApprovalCase c = receive(matter(HandlingKind.PROMISED), "2026-09-29", true);
        c.accept(d("2026-09-29"), "clerk", CAL);
        c.extend(3, "情况复杂", "approver", d("2026-09-30"), CAL);
        Deadline promised = c.promisedDeadline(CAL);
        List<Deadline.Run> runs = promised.runs();
        assertEquals(1, runs.size(), runs::toString);
        assertEquals(d("2026-10-01"), runs.get(0).from());
        assertEquals(d("2026-10-07"), runs.get(0).to());
        assertTrue(runs.get(0).reason().chinese().contains("国庆"), runs.get(0).reason().chinese());
        assertEquals(7, runs.get(0).days());
        // 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12 = 5; +3 extension: 10-13, 14, 15
        assertEquals(d("2026-10-15"), promised.date());
        assertEquals(1, promised.weekendDaysSkipped(), "10-11");
    }
}

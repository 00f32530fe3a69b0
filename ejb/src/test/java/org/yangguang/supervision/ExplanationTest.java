package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;

class ExplanationTest {
    static final WorkingCalendar CAL = Calendars.official();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static String render(RuleTrigger t, String key, String start, String asOf, Integer days, String detail) {
        return Explanation.render(new Explanation.Inputs(t, d(key), start == null ? null : d(start), d(asOf), days, detail),
                CAL);
    }

    @Test
    void theIssuesExampleNamesTheHolidayAndTheMakeUpDay() {
        assertEquals("承诺办结期限 2026-10-09 已超过 3 个工作日（期间 2026-10-01 至 10-07 国庆节不计，10-10 调休上班计入）",
                render(RuleTrigger.PROMISED_OVERDUE, "2026-10-09", "2026-09-29", "2026-10-13", 3, null));
    }

    @Test
    void severalHolidayBlocksAndAYearBoundary() {
        assertEquals("法定办结期限 2026-01-05 已超过 1 个工作日（期间 2026-01-01 至 01-03 元旦不计，2026-01-04 调休上班计入）",
                render(RuleTrigger.STATUTORY_OVERDUE, "2026-01-05", "2025-12-20", "2026-01-06", 1, null));
        assertEquals("承诺办结期限 2026-09-30 已超过 1 个工作日（期间 2026-09-25 至 09-27 中秋节、2026-10-01 至 10-07 国庆节不计）",
                render(RuleTrigger.PROMISED_OVERDUE, "2026-09-30", "2026-09-22", "2026-10-08", 1, null));
    }

    @Test
    void overdueOnAHolidayWithNoWorkingDayOverYet() {
        assertEquals("承诺办结期限 2026-09-30 已过（其后尚无工作日）（期间 2026-10-01 至 10-03 国庆节不计）",
                render(RuleTrigger.PROMISED_OVERDUE, "2026-09-30", "2026-09-28", "2026-10-03", 0, null));
    }

    @Test
    void warningsStepsAndProcedures() {
        assertEquals("距承诺办结期限 2026-11-30 还剩 1 个工作日",
                render(RuleTrigger.PROMISED_DUE_SOON, "2026-11-30", "2026-11-20", "2026-11-27", -1, null));
        assertEquals("“审查”环节期限 2026-11-20 已超过 2 个工作日，办件尚在承诺期限内",
                render(RuleTrigger.STEP_OVERDUE, "2026-11-20", null, "2026-11-24", 2, "审查"));
        assertEquals("特别程序（检验）自 2026-11-02 起，告知预计 8 天，应于 2026-11-10 结束，至 2026-11-14 已超出 4 天",
                render(RuleTrigger.SPECIAL_PROCEDURE_OVERRUN, "2026-11-10", "2026-11-02", "2026-11-14", 4, "INSPECTION"));
        assertEquals("即办件于 2026-11-27 受理，未当日办结",
                render(RuleTrigger.IMMEDIATE_NOT_SAME_DAY, "2026-11-27", "2026-11-27", "2026-11-30", 1, null));
    }

    @Test
    void departmentAndCardFindings() {
        assertEquals("2026年11月本部门已被亮黄牌 3 张",
                render(RuleTrigger.THIRD_YELLOW_IN_MONTH, "2026-11-01", null, "2026-11-20", 3, null));
        assertEquals("黄牌（超过承诺期限）应于 2026-11-20 前答复整改，已逾期 2 个工作日未答复",
                render(RuleTrigger.CARD_UNANSWERED, "2026-11-20", "2026-11-13", "2026-11-24", 2, "黄牌（超过承诺期限）"));
        assertEquals("不予受理或不予许可未说明理由（2026-11-20，理由：“不行”）",
                render(RuleTrigger.REFUSAL_WITHOUT_REASON, "2026-11-20", null, "2026-11-20", null, "不行"));
    }

    /** A department's month or an unanswered card is no count of working days: no holiday note on it. */
    @Test
    void aDepartmentsCardCarriesNoHolidayNote() {
        assertEquals("2026年10月本部门已被亮黄牌 3 张",
                render(RuleTrigger.THIRD_YELLOW_IN_MONTH, "2026-10-01", null, "2026-10-20", 3, null));
        assertEquals("黄牌（超过承诺期限）应于 2026-10-09 前答复整改，已逾期 2 个工作日未答复",
                render(RuleTrigger.CARD_UNANSWERED, "2026-10-09", "2026-09-28", "2026-10-13", 2, "YELLOW PROMISED_OVERDUE"));
    }

    /** The same explanation in English, made from the same stored inputs (enum labels by name here). */
    @Test
    void inEnglishFromTheSameInputs() {
        org.yangguang.shared.SystemText t = Explanation.text(new Explanation.Inputs(RuleTrigger.PROMISED_OVERDUE,
                d("2026-10-09"), d("2026-09-29"), d("2026-10-13"), 3, null), CAL);
        assertEquals("Promised deadline 2026-10-09 passed by 3 working days (in between: 2026-10-01 to 10-07 国庆节 not counted;"
                + " 10-10 make-up workday counted)", t.render(org.yangguang.shared.SystemTextTest.ENGLISH));
        org.yangguang.shared.SystemText card = Explanation.text(new Explanation.Inputs(RuleTrigger.CARD_UNANSWERED,
                d("2026-10-09"), null, d("2026-10-13"), 2, "YELLOW PROMISED_OVERDUE"), CAL);
        assertEquals("SupervisionLevel.YELLOW (RuleTrigger.PROMISED_OVERDUE) to be answered by 2026-10-09: not answered,"
                + " 2 working days late", card.render(org.yangguang.shared.SystemTextTest.ENGLISH));
    }
}

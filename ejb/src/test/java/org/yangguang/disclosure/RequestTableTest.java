package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTableTest {
    private static final ApplicantType N = ApplicantType.NATURAL_PERSON;

    private static RequestFacts f(String no, ApplicantType t, String received, String replied, DisclosureOutcome o) {
        return new RequestFacts(no, t, LocalDate.parse(received), replied == null ? null : LocalDate.parse(replied), o);
    }

    /** Hand-counted year 2026. */
    private static final List<RequestFacts> YEAR = List.of(
            f("A", N, "2025-12-20", "2026-01-10", DisclosureOutcome.DISCLOSED), // carried over, answered
            f("B", ApplicantType.BUSINESS, "2025-11-01", "2025-12-01", DisclosureOutcome.NOT_HELD), // all in 2025
            f("C", N, "2026-03-01", "2026-03-20", DisclosureOutcome.PARTLY_DISCLOSED), // new, answered
            f("D", ApplicantType.LEGAL_SERVICE, "2026-05-05", "2026-05-30", DisclosureOutcome.STATE_SECRET), // new, answered
            f("E", ApplicantType.RESEARCH, "2026-12-25", null, null), // new, carried forward
            f("F", ApplicantType.PUBLIC_INTEREST, "2026-12-28", "2027-01-05", DisclosureOutcome.REPEATED), // new, forward
            f("G", ApplicantType.OTHER_ORGANISATION, "2025-12-30", null, null), // carried over and forward
            f("H", N, "2026-07-01", "2026-07-20", DisclosureOutcome.NO_CORRECTION_IN_TIME), // new, answered (其他处理)
            f("I", N, "2027-01-02", null, null)); // next year's

    @Test
    void theRowsOfTheNationalLayout() {
        RequestTable t = RequestTable.of(2026, List.of());
        List<RequestTable.Row> rows = t.rows();
        assertEquals("一、本年新收政府信息公开申请数量", rows.get(0).label());
        assertEquals("二、上年结转政府信息公开申请数量", rows.get(1).label());
        assertEquals("（一）予以公开", rows.get(2).label());
        assertEquals("（二）部分公开", rows.get(3).label());
        assertEquals("（三）不予公开", rows.get(4).label());
        assertEquals("1.属于国家秘密", rows.get(5).label());
        // 2 + 2 single-row groups + 4 groups with 8+3+5+3 items + 总计 + 四 = 2 + 2 + 4 + 19 + 1 + 1
        assertEquals(29, rows.size());
        assertEquals("（七）总计", rows.get(27).label());
        assertEquals("四、结转下年度继续办理", rows.get(28).label());
        assertEquals(List.of("NATURAL_PERSON", "BUSINESS", "RESEARCH", "PUBLIC_INTEREST", "LEGAL_SERVICE",
                "OTHER_ORGANISATION", "TOTAL"), RequestTable.columns());
    }

    @Test
    void aYearCountedByHand() {
        RequestTable t = RequestTable.of(2026, YEAR);
        //                                   自然人 商业 科研 公益 法律 其他 总计
        assertEquals(List.of(2, 0, 1, 1, 1, 0, 5), t.counts(RequestTable.NEW));
        assertEquals(List.of(1, 0, 0, 0, 0, 1, 2), t.counts(RequestTable.CARRIED_OVER));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.counts("DISCLOSED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.counts("PARTLY_DISCLOSED"));
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 1), t.counts("STATE_SECRET"));
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 1), t.counts("GROUP_NOT_DISCLOSED"), "the group row sums its items");
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.counts("NO_CORRECTION_IN_TIME"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.counts("GROUP_OTHER"), "the group row 其他处理");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t.counts("OTHER"), "its item 其他");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t.counts("REPEATED"), "answered next year");
        assertEquals(List.of(3, 0, 0, 0, 1, 0, 4), t.counts(RequestTable.OUTCOMES_TOTAL));
        assertEquals(List.of(0, 0, 1, 1, 0, 1, 3), t.counts(RequestTable.CARRIED_FORWARD));
        assertEquals(new RequestTable.CrossCheck(true, 7, 7), t.crossCheck());
        assertTrue(t.failingColumns().isEmpty());
        assertEquals(List.of("C", "D", "E", "F", "H"), t.numbers(RequestTable.NEW, RequestTable.TOTAL));
        assertEquals(List.of("A", "G"), t.numbers(RequestTable.CARRIED_OVER, RequestTable.TOTAL));
        assertEquals(List.of("E", "F", "G"), t.numbers(RequestTable.CARRIED_FORWARD, RequestTable.TOTAL));
        assertEquals(1, t.byGroup().get(OutcomeGroup.NOT_DISCLOSED));
    }

    @Test
    void theYearBeforeAndAfterFollowOn() {
        RequestTable y2025 = RequestTable.of(2025, YEAR);
        assertEquals(List.of(1, 1, 0, 0, 0, 1, 3), y2025.counts(RequestTable.NEW), "A, B, G");
        assertEquals(2, y2025.count(RequestTable.CARRIED_FORWARD, RequestTable.TOTAL), "A and G go on into 2026");
        assertEquals(RequestTable.of(2026, YEAR).count(RequestTable.CARRIED_OVER, RequestTable.TOTAL),
                y2025.count(RequestTable.CARRIED_FORWARD, RequestTable.TOTAL));
        RequestTable y2027 = RequestTable.of(2027, YEAR);
        assertEquals(3, y2027.count(RequestTable.CARRIED_OVER, RequestTable.TOTAL), "E, F, G");
        assertTrue(y2027.crossCheck().ok());
    }

    @Test
    void badDataFailsTheCrossCheckAndNamesTheColumn() {
        List<RequestFacts> broken = new ArrayList<>(YEAR);
        broken.add(f("J", N, "2026-02-01", "2025-12-31", DisclosureOutcome.DISCLOSED)); // answered before it came
        RequestTable t = RequestTable.of(2026, broken);
        assertFalse(t.crossCheck().ok());
        assertEquals(8, t.crossCheck().newAndCarriedOver());
        assertEquals(7, t.crossCheck().outcomesAndCarriedForward());
        assertEquals(List.of("NATURAL_PERSON", "TOTAL"), t.failingColumns());
    }

    @Test
    void unknownCellsAreRefused() {
        RequestTable t = RequestTable.of(2026, YEAR);
        assertThrows(IllegalArgumentException.class, () -> t.count("NOPE", "TOTAL"));
        assertThrows(IllegalArgumentException.class, () -> t.count("NEW", "NOPE"));
    }
}

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

    /**
     * The rows of the national layout (国务院办公厅政府信息与政务公开办公室 2021 格式), exactly: 一, 二, then
     * 三、本年度办理结果 over （一） to （七）, each group's numbered items under it, then 四. A group with
     * items has no row of numbers of its own: its heading spans its items.
     */
    @Test
    void theRowsOfTheNationalLayout() {
        RequestTable t = RequestTable.of(2026, List.of());
        List<String> paths = t.rows().stream().map(r -> String.join(" / ", r.path())).toList();
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量",
                "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果 / （一）予以公开",
                "三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密",
                "三、本年度办理结果 / （三）不予公开 / 2.其他法律行政法规禁止公开",
                "三、本年度办理结果 / （三）不予公开 / 3.危及“三安全一稳定”",
                "三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益",
                "三、本年度办理结果 / （三）不予公开 / 5.属于三类内部事务信息",
                "三、本年度办理结果 / （三）不予公开 / 6.属于四类过程性信息",
                "三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷",
                "三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项",
                "三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息",
                "三、本年度办理结果 / （四）无法提供 / 2.没有现成信息需要另行制作",
                "三、本年度办理结果 / （四）无法提供 / 3.补正后申请内容仍不明确",
                "三、本年度办理结果 / （五）不予处理 / 1.信访举报投诉类申请",
                "三、本年度办理结果 / （五）不予处理 / 2.重复申请",
                "三、本年度办理结果 / （五）不予处理 / 3.要求提供公开出版物",
                "三、本年度办理结果 / （五）不予处理 / 4.无正当理由大量反复申请",
                "三、本年度办理结果 / （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息",
                "三、本年度办理结果 / （六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "三、本年度办理结果 / （六）其他处理 / 3.其他",
                "三、本年度办理结果 / （七）总计",
                "四、结转下年度继续办理"), paths);
        // the label cells that start on each row: 三 spans the 22 rows of outcomes, a group its items
        List<RequestTable.Row> rows = t.rows();
        assertEquals(List.of(new RequestTable.Label("三、本年度办理结果", 1, 22), new RequestTable.Label("（一）予以公开", 2, 1)),
                rows.get(2).labels());
        assertEquals(List.of(new RequestTable.Label("（三）不予公开", 1, 8), new RequestTable.Label("1.属于国家秘密", 1, 1)),
                rows.get(4).labels());
        assertEquals(List.of(new RequestTable.Label("2.其他法律行政法规禁止公开", 1, 1)), rows.get(5).labels());
        assertEquals(List.of(new RequestTable.Label("（七）总计", 2, 1)), rows.get(23).labels());
        assertEquals(List.of(new RequestTable.Label("四、结转下年度继续办理", 3, 1)), rows.get(24).labels());
        // every row is three label columns wide, counting the cells that span down into it
        int[] spanningDown = new int[RequestTable.LABEL_COLUMNS];
        for (RequestTable.Row r : rows) {
            int width = 0;
            for (int c = 0; c < RequestTable.LABEL_COLUMNS; c++) if (spanningDown[c] > 0) width++;
            int column = 0;
            for (RequestTable.Label l : r.labels()) {
                while (spanningDown[column] > 0) column++;
                for (int c = column; c < column + l.colspan(); c++) spanningDown[c] = l.rowspan();
                column += l.colspan();
                width += l.colspan();
            }
            assertEquals(RequestTable.LABEL_COLUMNS, width, r.key());
            for (int c = 0; c < RequestTable.LABEL_COLUMNS; c++) spanningDown[c]--;
        }
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
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.counts("NO_CORRECTION_IN_TIME"));
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

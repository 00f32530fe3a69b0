package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.disclosure.DisclosureCategory.TableTwoLine;

/** Table 二 (主动公开政府信息情况), counted by hand for 2026 (and 2025 from the same items). */
class ProactiveTableTest {
    private static final String RULE = TableTwoLine.RULE.name();
    private static final String NORMATIVE = TableTwoLine.NORMATIVE.name();
    private static final String PENALTY = TableTwoLine.PENALTY.name();
    private static final String ENFORCEMENT = TableTwoLine.ENFORCEMENT.name();

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static ProactiveTable.ItemFact f(long id, TableTwoLine line, String formed, String published, Validity validity,
            String changed, boolean withdrawn) {
        return new ProactiveTable.ItemFact(id, line, d(formed), d(published), validity, d(changed), withdrawn);
    }

    private static ProactiveTable.ItemFact inForce(long id, TableTwoLine line, String formed, String published) {
        return f(id, line, formed, published, Validity.IN_FORCE, null, false);
    }

    private static final List<ProactiveTable.ItemFact> ITEMS = List.of(
            // 规章
            inForce(1, TableTwoLine.RULE, "2026-02-01", "2026-02-20"), // made 2026, in force
            f(2, TableTwoLine.RULE, "2025-06-01", "2025-06-20", Validity.REPEALED, "2026-05-01", false), // repealed 2026
            inForce(3, TableTwoLine.RULE, "2026-12-20", "2027-01-05"), // formed 2026, published next year: nothing
            f(4, TableTwoLine.RULE, "2025-03-01", "2025-03-10", Validity.AMENDED, "2026-07-01", false), // amended 2026
            f(5, TableTwoLine.RULE, "2024-01-01", "2024-01-10", Validity.REPEALED, "2027-02-01", false), // repealed later
            inForce(6, TableTwoLine.RULE, "2026-04-01", "2026-04-10"), // made 2026, in force
            f(7, TableTwoLine.RULE, "2026-03-01", "2026-03-05", Validity.REPEALED, "2026-09-01", false), // made and repealed
            f(8, TableTwoLine.RULE, "2025-01-01", "2025-01-02", Validity.REPEALED, "2025-12-01", false), // repealed last year
            f(9, TableTwoLine.RULE, "2026-04-01", "2026-04-10", Validity.IN_FORCE, null, true), // made, withdrawn
            f(40, TableTwoLine.RULE, "2026-05-01", null, Validity.IN_FORCE, null, false), // never published
            // 行政规范性文件
            inForce(10, TableTwoLine.NORMATIVE, "2026-01-05", "2026-01-10"), // made, in force
            inForce(11, TableTwoLine.NORMATIVE, "2025-11-20", "2026-01-03"), // formed last year: in force only
            f(12, TableTwoLine.NORMATIVE, "2026-06-01", "2026-06-05", Validity.AMENDED, "2026-10-01", false), // made, amended
            f(13, TableTwoLine.NORMATIVE, "2026-06-01", "2026-06-05", Validity.AMENDED, "2027-01-01", false), // amended later
            // 行政处罚, 行政强制: by the year they were published
            inForce(20, TableTwoLine.PENALTY, "2026-02-27", "2026-03-01"),
            inForce(21, TableTwoLine.PENALTY, "2025-12-30", "2025-12-31"),
            inForce(22, TableTwoLine.PENALTY, "2026-12-30", "2027-01-01"),
            f(23, TableTwoLine.PENALTY, "2026-12-30", "2026-12-31", Validity.IN_FORCE, null, true),
            inForce(30, TableTwoLine.ENFORCEMENT, "2025-12-31", "2026-01-01"),
            inForce(31, TableTwoLine.ENFORCEMENT, "2026-12-31", "2026-12-31"),
            inForce(32, TableTwoLine.ENFORCEMENT, "2025-05-01", "2026-05-01"),
            f(41, TableTwoLine.ENFORCEMENT, "2026-05-01", null, Validity.IN_FORCE, null, false));

    private static final ProactiveTable Y2026 = ProactiveTable.of(2026, ITEMS, 123_456L, new BigDecimal("25600"));

    @Test
    void rulesMadeRepealedAndInForce() {
        assertEquals(List.of("1", "6", "7", "9"), Y2026.ids(RULE, ProactiveTable.MADE));
        assertEquals(List.of("2", "7"), Y2026.ids(RULE, ProactiveTable.REPEALED));
        assertEquals(List.of("1", "5", "6"), Y2026.ids(RULE, ProactiveTable.IN_FORCE),
                "not 4 (amended), not 2 or 7 (repealed), not 9 (withdrawn), 5 repealed only next year");
        assertEquals(4, Y2026.count(RULE, ProactiveTable.MADE));
        assertEquals(2, Y2026.count(RULE, ProactiveTable.REPEALED));
        assertEquals(3, Y2026.count(RULE, ProactiveTable.IN_FORCE));
    }

    @Test
    void normativeDocuments() {
        assertEquals(List.of("10", "12", "13"), Y2026.ids(NORMATIVE, ProactiveTable.MADE));
        assertEquals(List.of(), Y2026.ids(NORMATIVE, ProactiveTable.REPEALED), "amended is not repealed");
        assertEquals(List.of("10", "11", "13"), Y2026.ids(NORMATIVE, ProactiveTable.IN_FORCE),
                "12 was amended in the year; 13 only next year");
    }

    @Test
    void anItemPublishedNextYearIsNotCounted() {
        for (String column : List.of(ProactiveTable.MADE, ProactiveTable.REPEALED, ProactiveTable.IN_FORCE)) {
            assertEquals(false, Y2026.ids(RULE, column).contains("3"), column);
            assertEquals(false, Y2026.ids(RULE, column).contains("40"), "never published: " + column);
        }
        assertEquals(false, Y2026.ids(PENALTY, ProactiveTable.DECISIONS).contains("22"));
    }

    @Test
    void decisionsByTheYearTheyWerePublished() {
        assertEquals(List.of("20", "23"), Y2026.ids(PENALTY, ProactiveTable.DECISIONS));
        assertEquals(List.of("30", "31", "32"), Y2026.ids(ENFORCEMENT, ProactiveTable.DECISIONS));
        assertEquals(2, Y2026.count(PENALTY, ProactiveTable.DECISIONS));
        assertEquals(3, Y2026.count(ENFORCEMENT, ProactiveTable.DECISIONS));
        assertEquals(0, Y2026.count(RULE, ProactiveTable.DECISIONS), "documents are not decisions");
        assertEquals(0, Y2026.count(PENALTY, ProactiveTable.MADE), "decisions are not documents");
        assertEquals(0, Y2026.count(ENFORCEMENT, ProactiveTable.IN_FORCE));
    }

    @Test
    void theYearBeforeFromTheSameItems() {
        ProactiveTable y2025 = ProactiveTable.of(2025, ITEMS, 0, BigDecimal.ZERO);
        assertEquals(List.of("2", "4", "8"), y2025.ids(RULE, ProactiveTable.MADE));
        assertEquals(List.of("8"), y2025.ids(RULE, ProactiveTable.REPEALED));
        assertEquals(List.of("2", "4", "5"), y2025.ids(RULE, ProactiveTable.IN_FORCE), "2 and 4 changed only in 2026");
        assertEquals(List.of(), y2025.ids(NORMATIVE, ProactiveTable.MADE), "11 was formed in 2025 but published in 2026");
        assertEquals(List.of(), y2025.ids(NORMATIVE, ProactiveTable.IN_FORCE));
        assertEquals(List.of("21"), y2025.ids(PENALTY, ProactiveTable.DECISIONS));
        assertEquals(List.of(), y2025.ids(ENFORCEMENT, ProactiveTable.DECISIONS));
        assertEquals(2025, y2025.year());
    }

    @Test
    void theLicensingDecisionsArePassedThrough() {
        assertEquals(123_456L, Y2026.count(ProactiveTable.LICENSING, ProactiveTable.DECISIONS));
        assertEquals(0L, ProactiveTable.of(2026, ITEMS, 0, null).count(ProactiveTable.LICENSING, ProactiveTable.DECISIONS));
        assertThrows(IllegalArgumentException.class, () -> Y2026.ids(ProactiveTable.LICENSING, ProactiveTable.DECISIONS),
                "drilled into as cases, not items");
    }

    @ParameterizedTest(name = "{0} yuan = {1} 万元")
    @CsvSource({
        "25600, 2.5600",
        "0, 0.0000",
        "12345, 1.2345",
        "5, 0.0005",
        "1234567.89, 123.4568",
        "0.5, 0.0001",
        "0.49, 0.0000",
        "100000000, 10000.0000"
    })
    void feesInTenThousandYuanWithFourDecimals(String yuan, String expected) {
        BigDecimal fees = ProactiveTable.of(2026, List.of(), 0, new BigDecimal(yuan)).feesTenThousandYuan();
        assertEquals(expected, fees.toPlainString());
        assertEquals(4, fees.scale());
    }

    @Test
    void noFeesIsZero() {
        assertEquals("0.0000", ProactiveTable.of(2026, List.of(), 0, null).feesTenThousandYuan().toPlainString());
    }

    @Test
    void anEmptyYearHasEveryCellAtZero() {
        ProactiveTable empty = ProactiveTable.of(2026, List.of(), 0, BigDecimal.ZERO);
        for (TableTwoLine line : TableTwoLine.values()) {
            for (String c : List.of(ProactiveTable.MADE, ProactiveTable.REPEALED, ProactiveTable.IN_FORCE, ProactiveTable.DECISIONS)) {
                assertEquals(0, empty.count(line.name(), c), line + "." + c);
            }
        }
    }

    @Test
    void unknownCellsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Y2026.count(RULE, "NOPE"));
        assertThrows(IllegalArgumentException.class, () -> Y2026.count("NOPE", ProactiveTable.MADE));
        assertThrows(IllegalArgumentException.class, () -> Y2026.count(ProactiveTable.LICENSING, ProactiveTable.MADE));
        assertThrows(IllegalArgumentException.class, () -> Y2026.count(ProactiveTable.FEES, ProactiveTable.DECISIONS));
        assertThrows(IllegalArgumentException.class, () -> Y2026.ids("rule", ProactiveTable.MADE), "keys are case-sensitive");
    }

    @Test
    void theDrillDownCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> Y2026.ids(RULE, ProactiveTable.MADE).add("99"));
        assertEquals(4, Y2026.count(RULE, ProactiveTable.MADE));
    }
}

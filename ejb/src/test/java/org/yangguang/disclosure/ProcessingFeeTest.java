package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 信息处理费: progressive bands by requests or by pages. */
class ProcessingFeeTest {

    @ParameterizedTest(name = "{0} requests in a month: {1} 元")
    @CsvSource({
        "0,  0",
        "1,  0",
        "10, 0",
        "11, 100",     // 1 × 100
        "12, 200",
        "30, 2000",    // 20 × 100
        "31, 2200",    // 2000 + 1 × 200
        "40, 4000",    // 2000 + 10 × 200
        "41, 4300",    // 4000 + 1 × 300
        "50, 7000",    // 4000 + 10 × 300
        "51, 7400",    // 7000 + 1 × 400
        "60, 11000"    // 7000 + 10 × 400
    })
    void byCount(int requests, long yuan) {
        assertEquals(yuan, ProcessingFee.forMonth(FeeMethod.BY_COUNT, requests).totalYuan());
    }

    @ParameterizedTest(name = "the request after {0} others: {1} 元")
    @CsvSource({
        "0,  0",
        "9,  0",     // the 10th is free
        "10, 100",   // the 11th
        "29, 100",   // the 30th
        "30, 200",   // the 31st
        "39, 200",   // the 40th
        "40, 300",   // the 41st
        "49, 300",
        "50, 400"
    })
    void theFeeOfOneMoreRequest(int alreadyThisMonth, long yuan) {
        assertEquals(yuan, ProcessingFee.forRequest(FeeMethod.BY_COUNT, alreadyThisMonth, 1).totalYuan());
    }

    @ParameterizedTest(name = "{0} pages: {1} 元")
    @CsvSource({
        "0,   0",
        "30,  0",
        "31,  10",     // 1 × 10
        "100, 700",    // 70 × 10
        "101, 720",    // 700 + 1 × 20
        "200, 2700",   // 700 + 100 × 20
        "201, 2740",   // 2700 + 1 × 40
        "250, 4700"    // 2700 + 50 × 40
    })
    void byPage(int pages, long yuan) {
        assertEquals(yuan, ProcessingFee.forMonth(FeeMethod.BY_PAGE, pages).totalYuan());
    }

    @Test
    void theBreakdownListsEveryBandTouched() {
        ProcessingFee fee = ProcessingFee.forMonth(FeeMethod.BY_PAGE, 201);
        assertEquals(List.of(
                new ProcessingFee.Line(1, 30, 0, 0),
                new ProcessingFee.Line(31, 100, 10, 700),
                new ProcessingFee.Line(101, 200, 20, 2000),
                new ProcessingFee.Line(201, 201, 40, 40)), fee.lines());
        assertEquals(1, fee.first());
        assertEquals(201, fee.last());
    }

    @Test
    void theFeeNoticeText() {
        assertEquals(List.of("第1—10件：免费", "第11—30件：100元/件 × 20件 = 2000元", "第31件：200元/件 × 1件 = 200元"),
                ProcessingFee.forMonth(FeeMethod.BY_COUNT, 31).describe());
    }

    @Test
    void aRequestCrossingABandIsPricedPartlyInEach() {
        ProcessingFee fee = ProcessingFee.forRequest(FeeMethod.BY_PAGE, 90, 20);
        assertEquals(List.of(new ProcessingFee.Line(91, 100, 10, 100), new ProcessingFee.Line(101, 110, 20, 200)), fee.lines());
        assertEquals(300, fee.totalYuan());
        assertEquals(List.of("第91—100页：10元/页 × 10页 = 100元", "第101—110页：20元/页 × 10页 = 200元"), fee.describe());
    }

    @ParameterizedTest
    @EnumSource(FeeMethod.class)
    void theMonthIsTheSumOfItsParts(FeeMethod method) {
        for (int a = 0; a <= 260; a++) {
            long month = ProcessingFee.forMonth(method, a).totalYuan();
            for (int b : new int[] {1, 7, 30}) {
                assertEquals(ProcessingFee.forMonth(method, a + b).totalYuan(),
                        month + ProcessingFee.forRequest(method, a, b).totalYuan(), method + " " + a + " + " + b);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FeeMethod.class)
    void theTotalIsTheSumOfTheLinesAndTheLinesAreContiguous(FeeMethod method) {
        for (int n = 0; n <= 260; n++) {
            ProcessingFee fee = ProcessingFee.forMonth(method, n);
            assertEquals(fee.lines().stream().mapToLong(ProcessingFee.Line::amount).sum(), fee.totalYuan());
            assertEquals(n, fee.lines().stream().mapToInt(ProcessingFee.Line::units).sum());
            for (int i = 1; i < fee.lines().size(); i++) {
                assertEquals(fee.lines().get(i - 1).last() + 1, fee.lines().get(i).first());
            }
        }
    }

    @Test
    void nothingToPayWithinTheFreeBand() {
        assertFalse(ProcessingFee.forMonth(FeeMethod.BY_COUNT, 10).isCharged());
        assertTrue(ProcessingFee.forMonth(FeeMethod.BY_COUNT, 11).isCharged());
        assertEquals(List.of(), ProcessingFee.forMonth(FeeMethod.BY_PAGE, 0).lines());
    }

    @Test
    void bandsOfTheTwoMethods() {
        assertEquals(new FeeMethod.Band(31, 40, 200), FeeMethod.BY_COUNT.bandOf(31));
        // 31–40: 200, 41–50: 300, 51–60: 400, 61–70: 500, 71–80: 600, 81–90: 700, 91–100: 800
        assertEquals(new FeeMethod.Band(91, 100, 800), FeeMethod.BY_COUNT.bandOf(100));
        assertEquals(new FeeMethod.Band(201, Integer.MAX_VALUE, 40), FeeMethod.BY_PAGE.bandOf(100_000));
        assertThrows(IllegalArgumentException.class, () -> FeeMethod.BY_PAGE.bandOf(0));
        assertEquals(List.of("按件计收", "按量计收"), List.of(FeeMethod.BY_COUNT.label(), FeeMethod.BY_PAGE.label()));
    }

    @Test
    void invalidQuantitiesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ProcessingFee.forMonth(FeeMethod.BY_PAGE, -1));
        assertThrows(IllegalArgumentException.class, () -> ProcessingFee.forRequest(FeeMethod.BY_COUNT, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ProcessingFee.forMonth(FeeMethod.BY_COUNT, ProcessingFee.MAX_UNITS + 1));
        assertThrows(NullPointerException.class, () -> ProcessingFee.forMonth(null, 1));
    }

    @Test
    void theLargestMonthStillFitsInALong() {
        // 1,000,000 requests: the top band (999,991–1,000,000) is priced at 200 + 100 × 99,996 元 each
        ProcessingFee fee = ProcessingFee.forMonth(FeeMethod.BY_COUNT, ProcessingFee.MAX_UNITS);
        assertEquals(new ProcessingFee.Line(999_991, 1_000_000, 9_999_800, 99_998_000), fee.lines().get(fee.lines().size() - 1));
        assertTrue(fee.totalYuan() > 0);
    }
}

package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;

/** Table 四 (政府信息公开行政复议、行政诉讼情况): fifteen columns, counted by hand for 2026. */
class RemedyTableTest {
    private static final RemedyKind RECON = RemedyKind.RECONSIDERATION;
    private static final RemedyKind SUED = RemedyKind.LITIGATION;
    private static final RemedyKind SUED_AFTER = RemedyKind.LITIGATION_AFTER_RECONSIDERATION;

    private static RemedyTable.Fact f(String number, RemedyKind kind, String filedOn, RemedyOutcome atYearEnd) {
        return new RemedyTable.Fact(number, kind, LocalDate.parse(filedOn), atYearEnd);
    }

    private static final List<RemedyTable.Fact> FACTS = List.of(
            f("GK-1", RECON, "2026-02-01", RemedyOutcome.UPHELD),
            f("GK-2", RECON, "2026-03-01", RemedyOutcome.CORRECTED),
            f("GK-3", RECON, "2026-11-01", RemedyOutcome.PENDING), // decided next year
            f("GK-4", RECON, "2025-12-20", RemedyOutcome.UPHELD), // filed last year: not in 2026
            f("GK-5", SUED, "2026-04-01", RemedyOutcome.OTHER),
            f("GK-6", SUED, "2026-05-01", RemedyOutcome.PENDING),
            f("GK-7", SUED, "2027-01-02", RemedyOutcome.UPHELD), // next year's
            f("GK-1", SUED_AFTER, "2026-06-01", RemedyOutcome.CORRECTED), // GK-1 again, after its reconsideration
            f("GK-8", SUED_AFTER, "2026-12-31", RemedyOutcome.CORRECTED),
            f("GK-8", SUED_AFTER, "2026-12-31", RemedyOutcome.CORRECTED)); // challenged twice: counted twice

    private static final RemedyTable Y2026 = RemedyTable.of(2026, FACTS);

    @Test
    void fifteenColumnsInTheNationalOrder() {
        List<String> keys = RemedyTable.columns().stream().map(RemedyTable.Column::key).toList();
        assertEquals(List.of(
                "RECONSIDERATION.UPHELD", "RECONSIDERATION.CORRECTED", "RECONSIDERATION.OTHER", "RECONSIDERATION.PENDING",
                "RECONSIDERATION.TOTAL",
                "LITIGATION.UPHELD", "LITIGATION.CORRECTED", "LITIGATION.OTHER", "LITIGATION.PENDING", "LITIGATION.TOTAL",
                "LITIGATION_AFTER_RECONSIDERATION.UPHELD", "LITIGATION_AFTER_RECONSIDERATION.CORRECTED",
                "LITIGATION_AFTER_RECONSIDERATION.OTHER", "LITIGATION_AFTER_RECONSIDERATION.PENDING",
                "LITIGATION_AFTER_RECONSIDERATION.TOTAL"), keys);
        List<String> labels = RemedyTable.columns().stream().map(RemedyTable.Column::label).toList();
        List<String> group = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) expected.addAll(group);
        assertEquals(expected, labels);
        assertNull(RemedyTable.columns().get(4).outcome(), "the total column has no outcome");
        assertEquals(SUED, RemedyTable.columns().get(5).kind());
    }

    @Test
    void aYearCountedByHand() {
        //            复议: 维持 纠正 其他 未结 总计 | 直接起诉 ×5   | 复议后起诉 ×5
        assertEquals(List.of(1, 1, 0, 1, 3, 0, 0, 1, 1, 2, 0, 3, 0, 0, 3), Y2026.counts());
        assertEquals(2026, Y2026.year());
    }

    @Test
    void remediesFiledInAnotherYearAreIgnored() {
        assertEquals(16, Y2026.counts().stream().mapToInt(Integer::intValue).sum(),
                "twice the eight remedies filed in 2026 (each in its cell and in its total)");
        assertEquals(List.of("GK-1", "GK-2", "GK-3"), Y2026.numbers("RECONSIDERATION.TOTAL"), "not GK-4 of 2025");
        assertEquals(List.of("GK-5", "GK-6"), Y2026.numbers("LITIGATION.TOTAL"), "not GK-7 of 2027");
        RemedyTable y2025 = RemedyTable.of(2025, FACTS);
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), y2025.counts());
        assertEquals(List.of("GK-4"), y2025.numbers("RECONSIDERATION.UPHELD"));
    }

    @Test
    void theDrillDownGivesTheRequestNumbers() {
        assertEquals(List.of("GK-1"), Y2026.numbers("RECONSIDERATION.UPHELD"));
        assertEquals(List.of("GK-3"), Y2026.numbers("RECONSIDERATION.PENDING"));
        assertEquals(List.of("GK-5"), Y2026.numbers("LITIGATION.OTHER"));
        assertEquals(List.of(), Y2026.numbers("LITIGATION.UPHELD"));
        assertEquals(List.of("GK-1", "GK-8", "GK-8"), Y2026.numbers("LITIGATION_AFTER_RECONSIDERATION.CORRECTED"),
                "a request challenged twice appears twice");
        assertEquals(List.of("GK-1", "GK-8", "GK-8"), Y2026.numbers("LITIGATION_AFTER_RECONSIDERATION.TOTAL"));
        for (RemedyTable.Column c : RemedyTable.columns()) {
            assertEquals(Y2026.count(c), Y2026.numbers(c.key()).size(), c.key());
            assertEquals(Y2026.numbers(c), Y2026.numbers(c.key()), c.key());
        }
    }

    @Test
    void eachTotalIsTheSumOfItsFourOutcomes() {
        List<Integer> counts = Y2026.counts();
        for (int kind = 0; kind < 3; kind++) {
            int base = kind * 5;
            assertEquals(counts.get(base) + counts.get(base + 1) + counts.get(base + 2) + counts.get(base + 3), counts.get(base + 4),
                    RemedyKind.values()[kind].name());
        }
    }

    @Test
    void anEmptyYearIsFifteenZeros() {
        List<Integer> counts = RemedyTable.of(2026, List.of()).counts();
        assertEquals(15, counts.size());
        assertTrue(counts.stream().allMatch(n -> n == 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECONSIDERATION.NOPE", "NOPE.TOTAL", "RECONSIDERATION", "", "reconsideration.total", "TOTAL"})
    void anUnknownColumnIsRefused(String key) {
        assertThrows(IllegalArgumentException.class, () -> Y2026.numbers(key));
    }

    @Test
    void theCellsCannotBeChangedThroughTheDrillDown() {
        assertThrows(UnsupportedOperationException.class, () -> Y2026.numbers("RECONSIDERATION.UPHELD").add("X"));
        assertEquals(1, Y2026.count(RemedyTable.columns().get(0)));
    }

    /** The table takes each remedy's outcome as it stood on 31 December: DisclosureRemedy.outcomeAt. */
    @Nested
    class OutcomeAtTheYearsEnd {
        private static final WorkingCalendar CAL = Calendars.official();
        private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);

        private DisclosureRequest repliedRequest(long id) throws ReflectiveOperationException {
            NewDisclosureRequest form = new NewDisclosureRequest();
            form.setApplicantName("王小明");
            form.setIdentityNumber("330303199001011234");
            form.setPhone("13800000000");
            form.setDescription("2026年食品经营许可抽查结果");
            DisclosureRequest r = new DisclosureRequest("GK-" + id, "ABCDEF", 1L, form, ReceiptChannel.ONLINE,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T02:00:00Z"), "online", CAL);
            r.reply(DisclosureOutcome.NOT_HELD, "经检索，本机关未制作该信息", DeliveryWay.POST, LocalDate.of(2026, 9, 10), "editor", CAL);
            Field idField = BaseEntity.class.getDeclaredField("id"); // assigned by JPA on persist
            idField.setAccessible(true);
            idField.set(r, id);
            return r;
        }

        private DisclosureRemedy remedy(RemedyKind kind, String filedOn) throws ReflectiveOperationException {
            return new DisclosureRemedy(repliedRequest(1), kind, LocalDate.parse(filedOn), "阳光县人民政府",
                    "editor", Instant.parse("2026-10-01T00:00:00Z"));
        }

        @Test
        void pendingUntilDecidedThenTheOutcomeFromTheDecisionDayOn() throws ReflectiveOperationException {
            DisclosureRemedy r = remedy(RECON, "2026-10-01");
            assertEquals(RemedyOutcome.PENDING, r.outcomeAt(END_2026));
            r.decide(RemedyOutcome.CORRECTED, LocalDate.of(2027, 1, 15), " 责令重新答复 ");
            assertEquals(RemedyOutcome.PENDING, r.outcomeAt(END_2026), "decided next year: 尚未审结 at the year's end");
            assertEquals(RemedyOutcome.PENDING, r.outcomeAt(LocalDate.of(2027, 1, 14)));
            assertEquals(RemedyOutcome.CORRECTED, r.outcomeAt(LocalDate.of(2027, 1, 15)));
            assertEquals(RemedyOutcome.CORRECTED, r.getOutcome());
            assertEquals("责令重新答复", r.getNote());
        }

        @Test
        void decidedOnTheLastDayCountsInTheYear() throws ReflectiveOperationException {
            DisclosureRemedy r = remedy(SUED, "2026-10-01");
            r.decide(RemedyOutcome.UPHELD, END_2026, null);
            assertEquals(RemedyOutcome.UPHELD, r.outcomeAt(END_2026));
        }

        @Test
        void theTableOfFactsTakenFromTheEntities() throws ReflectiveOperationException {
            DisclosureRemedy decidedInYear = remedy(RECON, "2026-10-01");
            decidedInYear.decide(RemedyOutcome.UPHELD, LocalDate.of(2026, 12, 1), null);
            DisclosureRemedy decidedLater = remedy(RECON, "2026-10-02");
            decidedLater.decide(RemedyOutcome.OTHER, LocalDate.of(2027, 3, 1), null);
            DisclosureRemedy open = remedy(SUED_AFTER, "2026-11-02");
            List<RemedyTable.Fact> facts = new ArrayList<>();
            int n = 0;
            for (DisclosureRemedy r : List.of(decidedInYear, decidedLater, open)) {
                facts.add(new RemedyTable.Fact("GK-" + (++n), r.getKind(), r.getFiledOn(), r.outcomeAt(END_2026)));
            }
            RemedyTable t = RemedyTable.of(2026, facts);
            assertEquals(List.of(1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1), t.counts());
            assertEquals(List.of("GK-2"), t.numbers("RECONSIDERATION.PENDING"));
        }

        @Test
        void aDecisionIsRecordedOnceAndNotBeforeTheFiling() throws ReflectiveOperationException {
            DisclosureRemedy r = remedy(RECON, "2026-10-01");
            assertThrows(InvalidInputException.class, () -> r.decide(RemedyOutcome.PENDING, LocalDate.of(2026, 11, 1), null));
            assertThrows(InvalidInputException.class, () -> r.decide(null, LocalDate.of(2026, 11, 1), null));
            assertThrows(InvalidInputException.class, () -> r.decide(RemedyOutcome.UPHELD, LocalDate.of(2026, 9, 30), null));
            assertEquals(RemedyOutcome.PENDING, r.getOutcome());
            r.decide(RemedyOutcome.UPHELD, LocalDate.of(2026, 10, 1), null);
            assertThrows(ConflictException.class, () -> r.decide(RemedyOutcome.CORRECTED, LocalDate.of(2026, 11, 1), null));
            assertEquals(RemedyOutcome.UPHELD, r.getOutcome());
        }

        @Test
        void aRemedyCannotBeFiledBeforeTheReply() throws ReflectiveOperationException {
            DisclosureRequest request = repliedRequest(2);
            assertThrows(InvalidInputException.class, () -> new DisclosureRemedy(request, RECON, LocalDate.of(2026, 9, 9),
                    "阳光县人民政府", "editor", Instant.parse("2026-10-01T00:00:00Z")));
            DisclosureRemedy sameDay = new DisclosureRemedy(request, RECON, LocalDate.of(2026, 9, 10), "阳光县人民政府", "editor",
                    Instant.parse("2026-10-01T00:00:00Z"));
            assertEquals(2L, sameDay.getRequestId());
            assertEquals(RemedyOutcome.PENDING, sameDay.getOutcome());
        }
    }
}

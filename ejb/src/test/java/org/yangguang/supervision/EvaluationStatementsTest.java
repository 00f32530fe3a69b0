package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yangguang.calendar.Calendars;

/** The statements carry values only as parameters, one per placeholder, for every rule. */
class EvaluationStatementsTest {
    static final EvaluationStatements.Run RUN = new EvaluationStatements.Run(7, LocalDate.parse("2026-11-30"),
            Instant.parse("2026-11-29T17:00:00Z"), LocalDate.parse("2026-12-07"),
            new EvaluationDay(LocalDate.parse("2026-11-30"), Calendars.official()));

    static long placeholders(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    @Test
    void everyRuleOverARangeAndOverTheWholeTable() {
        for (RuleTrigger t : RuleTrigger.values()) {
            RuleRef r = RuleRef.defaultOf(t);
            if (t.kind() == RuleTrigger.Kind.CASE_TIME) {
                var ranged = EvaluationStatements.timeRule(r, RUN, 1L, 5000L);
                assertEquals(placeholders(ranged.text()), ranged.params().size(), t + ": " + ranged.text());
                assertTrue(ranged.text().contains("c.id BETWEEN ? AND ?"), t.name());
                assertTrue(ranged.text().contains("NOT EXISTS"), t.name());
                var floor = EvaluationStatements.timeRule(r, RUN, null, null);
                assertEquals(placeholders(floor.text()), floor.params().size(), t.name());
                assertFalse(floor.text().contains("BETWEEN ? AND ? AND c.status"), t.name());
            }
            if (!t.violations().isEmpty()) {
                var v = EvaluationStatements.violationRule(r, RUN, 1L, 5000L);
                assertEquals(placeholders(v.text()), v.params().size(), t.name());
            }
        }
        var cards = EvaluationStatements.unansweredCards(RuleRef.defaultOf(RuleTrigger.CARD_UNANSWERED), RUN);
        assertEquals(placeholders(cards.text()), cards.params().size());
        var month = EvaluationStatements.departmentMonth(RuleRef.defaultOf(RuleTrigger.THIRD_YELLOW_IN_MONTH), RUN);
        assertEquals(placeholders(month.text()), month.params().size());
        assertTrue(month.params().contains(LocalDate.parse("2026-11-01")), "the month of the evaluation date");
        for (boolean mysql : new boolean[] {true, false}) {
            var raise = EvaluationStatements.raiseLevels(mysql, 7, 1L, 10L);
            assertEquals(placeholders(raise.text()), raise.params().size(), raise.text());
            var all = EvaluationStatements.raiseLevels(mysql, 7, null, null);
            assertEquals(placeholders(all.text()), all.params().size(), all.text());
        }
    }

    @Test
    void warningsAreNotifiedCardsAwaitAnAnswer() {
        var warning = EvaluationStatements.timeRule(RuleRef.defaultOf(RuleTrigger.PROMISED_DUE_SOON), RUN, 1L, 2L);
        assertTrue(warning.params().contains("NOTIFIED"));
        var card = EvaluationStatements.timeRule(RuleRef.defaultOf(RuleTrigger.STATUTORY_OVERDUE), RUN, 1L, 2L);
        assertTrue(card.params().contains("OPEN"));
        assertTrue(card.params().contains(LocalDate.parse("2026-12-07")), "answer due");
        assertTrue(card.params().contains(LocalDate.parse("2026-11-29")), "overdue bound: any day before 11-30");
    }
}

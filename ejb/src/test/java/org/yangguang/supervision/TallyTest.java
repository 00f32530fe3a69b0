package org.yangguang.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.yangguang.shared.InvalidInputException;

/** The score formula, the grades and the rates of the performance evaluation. */
class TallyTest {
    static SupervisionSettings defaults() {
        SupervisionSettings s = new SupervisionSettings();
        s.setAnswerDays(5);
        s.setComplaintAcceptDays(5);
        s.setComplaintReplyDays(15);
        s.setYellowPoints(2);
        s.setRedPoints(5);
        s.setGradeExcellent(90);
        s.setGradeGood(80);
        s.setGradePass(60);
        s.setEvaluationTime("01:00");
        s.setRectificationDays(15);
        s.setRatingWeight(0);
        return s;
    }

    @Test
    void scoreStartsAt100MinusCardsTimesTheOnTimeRate() {
        assertEquals(100.0, Tally.score(0, 0, null, 2, 5), "nothing concluded: no rate to weigh by");
        assertEquals(83.7, Tally.score(1, 1, 0.9, 2, 5), "(100 - 2 - 5) * 0.9");
        assertEquals(0.0, Tally.score(30, 10, 1.0, 2, 5), "never below zero");
    }

    /** 好差评: with a weight of w percent the score is multiplied by (1 − w + w × share satisfied). */
    @Test
    void theShareSatisfiedWeighsInTheScoreByItsSetting() {
        assertEquals(83.7, Tally.score(1, 1, 0.9, 2, 5, 0.5, 0), "weight 0: as before");
        assertEquals(83.7, Tally.score(1, 1, 0.9, 2, 5, null, 20), "no ratings: as before");
        assertEquals(75.3, Tally.score(1, 1, 0.9, 2, 5, 0.5, 20), "(100 - 7) * 0.9 * (0.8 + 0.2 * 0.5)");
        assertEquals(83.7, Tally.score(1, 1, 0.9, 2, 5, 1.0, 20), "everyone satisfied: nothing lost");
        Tally t = new Tally();
        t.received = 4;
        t.concluded = 4;
        t.onTime = 4;
        t.rated = 4;
        t.satisfied = 3;
        SupervisionSettings s = defaults();
        s.setRatingWeight(40);
        DepartmentScore d = t.score("SCJGJ", "市场监管局", s, Period.parse("2026-11"));
        assertEquals(0.75, d.satisfiedRate());
        assertEquals(4, d.ratings());
        assertEquals(90.0, d.score(), "100 * (0.6 + 0.4 * 0.75)");
    }

    /** A quarter without cases is not a perfect quarter: it has no score, no grade (— 无办件). */
    @Test
    void aPeriodWithoutCasesHasNoScoreAndNoGrade() {
        DepartmentScore empty = new Tally().score("SCJGJ", "市场监管局", defaults(), Period.parse("2026-Q3"));
        assertNull(empty.score());
        assertNull(empty.grade());
        assertFalse(empty.isScored());
        Tally onlyAWarning = new Tally();
        onlyAWarning.warnings = 1;
        assertEquals(100.0, onlyAWarning.score("SCJGJ", "市场监管局", defaults(), Period.parse("2026-Q3")).score(),
                "a case was being handled: it is judged");
    }

    @Test
    void aQuarterIsGraded() {
        Tally t = new Tally();
        t.concluded = 10;
        t.onTime = 9;
        t.yellow = 1;
        t.received = 20;
        t.online = 5;
        t.onTheSpot = 2;
        DepartmentScore q = t.score("SCJGJ", "市场监管局", defaults(), Period.parse("2026-Q4"));
        assertEquals(88.2, q.score(), "(100 - 2) * 0.9");
        assertEquals("良好", q.grade());
        assertEquals(0.25, q.onlineRate());
        assertEquals(0.2, q.onTheSpotRate());
        assertNull(t.score("SCJGJ", "市场监管局", defaults(), Period.parse("2026-11")).grade(), "months are not graded");
    }

    @Test
    void gradeBoundaries() {
        SupervisionSettings s = defaults();
        assertEquals("优秀", s.grade(90));
        assertEquals("良好", s.grade(89.9));
        assertEquals("合格", s.grade(60));
        assertEquals("不合格", s.grade(59.9));
        s.setGradeGood(95);
        assertThrows(InvalidInputException.class, s::check, "grades must descend");
    }

    @Test
    void periods() {
        Period q = Period.parse("2026-q4");
        assertEquals("2026-10-01", q.from().toString());
        assertEquals("2026-12-31", q.to().toString());
        assertEquals("2026年第四季度", q.label());
        Period m = Period.parse("2026-02");
        assertEquals("2026-02-28", m.to().toString());
        assertEquals("2026-Q3", q.previous().code());
        assertThrows(InvalidInputException.class, () -> Period.parse("2026-13"));
        assertThrows(InvalidInputException.class, () -> Period.parse("Q4"));
    }
}

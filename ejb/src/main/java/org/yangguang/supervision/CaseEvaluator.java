package org.yangguang.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time-based rules applied to one case in Java: what the nightly statements do set-based
 * over every open case. The integration tests hold the nightly job to this evaluator, the unit
 * tests hold this evaluator to every boundary day.
 */
public final class CaseEvaluator {
    private CaseEvaluator() {}

    /** A finding the rules would issue: the rule, the deadline it is keyed by, its inputs. */
    public record Draft(RuleRef rule, LocalDate keyDate, LocalDate startDate, int daysOver, String detail) {}

    public static List<Draft> evaluate(CaseFacts f, List<RuleRef> rules, EvaluationDay day) {
        List<Draft> out = new ArrayList<>();
        for (RuleRef r : rules) {
            RuleTrigger t = r.trigger();
            if (!r.enabled() || !t.holds(f, day, r.threshold())) continue;
            LocalDate key = t.keyDate(f);
            int days = t.window() == RuleTrigger.Window.OVERDUE_NATURAL ? day.naturalDays(key) : day.workingDays(key);
            out.add(new Draft(r, key, t.startDate(f), days, t.detail(f)));
        }
        return out;
    }
}

package org.yangguang.supervision;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.shared.NativeWrites;

/**
 * A step of the nightly evaluation whose rules are judged in Java over the few rows that may break
 * them (disclosure, interaction), not by set-based SQL as the case rules are: it takes the run's
 * frozen rules of its kind and calendar, lets the step judge, issues the findings through
 * {@link FindingWriter} (a finding already issued is skipped: a re-run or a restart issues nothing
 * twice) and adds them to the run's count, in one transaction.
 */
abstract class JudgedStep {
    static final String ISSUED_BY = "system";

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationRuns runs;

    @Inject
    RuleBook rules;

    @Inject
    CalendarService calendars;

    @Inject
    FindingWriter writer;

    @Inject
    Clock clock;

    /** The drafts of the findings these enabled rules of the step's kind find on the run's day. */
    abstract List<DisclosureEvaluator.Draft> judge(List<RuleRef> enabled, LocalDate asOf, EvaluationDay day);

    /** Issues the run's findings of this kind; returns how many were new, also added to the run's count. */
    int evaluate(long runId, RuleTrigger.Kind kind) {
        EvaluationRun run = runs.find(runId);
        WorkingCalendar cal = run.getCalendarVersion() == null ? calendars.current()
                : calendars.atVersion(run.getCalendarVersion());
        List<Long> ids = run.getRuleIds() == null || run.getRuleIds().isBlank() ? List.of()
                : Arrays.stream(run.getRuleIds().split(",")).map(Long::valueOf).toList();
        List<RuleRef> enabled = rules.byIds(ids).stream().filter(r -> r.enabled() && r.trigger().kind() == kind).toList();
        int issued = 0;
        if (!enabled.isEmpty()) {
            LocalDate asOf = run.getAsOf();
            for (DisclosureEvaluator.Draft d : judge(enabled, asOf, new EvaluationDay(asOf, cal))) {
                if (writer.issue(d.toFinding(ISSUED_BY), asOf, runId)) issued++;
            }
        }
        NativeWrites.touching(em.createNativeQuery("UPDATE evaluation_run SET findings_issued = findings_issued + ?1, heartbeat_at = ?2"
                + " WHERE id = ?3"), "evaluation_run").setParameter(1, issued).setParameter(2, clock.instant()).setParameter(3, runId)
                .executeUpdate();
        return issued;
    }
}

package org.yangguang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yangguang.approval.CaseStatus;

/**
 * The SQL of the nightly evaluation, built from the rule definitions: one
 * {@code INSERT IGNORE ... SELECT} per rule, over a range of case ids (the job) or over the whole
 * table (the benchmark's floor). Only constants of the code (column names, enum names) go into the
 * text; every value is a parameter. The same text runs on MySQL/MariaDB and H2 (MySQL mode).
 *
 * <p>Each finding is keyed by (subject, rule, level, deadline): {@code NOT EXISTS} skips the
 * findings already issued, {@code IGNORE} the rare one another transaction issues meanwhile.
 */
final class EvaluationStatements {
    static final String COLUMNS = "(version, subject_type, subject_id, case_id, receipt_number, department_id, handler,"
            + " rule_id, rule_code, rule_version, level, key_date, start_date, as_of, calendar_version, days_over, detail,"
            + " issued_at, issued_by, run_id, status, answer_due)";

    /** Statuses of an open case (the evaluation's scope). */
    static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION,
            CaseStatus.IN_PROGRESS, CaseStatus.REPORTED, CaseStatus.DECIDED);

    /** A statement and its parameters, in order. */
    record Sql(String text, List<Object> params) {}

    /** What every finding of one run shares. */
    record Run(long runId, LocalDate asOf, Instant issuedAt, LocalDate answerDue, EvaluationDay day) {}

    private EvaluationStatements() {}

    /**
     * The findings of one time-based rule for the open cases with ids in [lo, hi], or for every
     * open case when {@code lo} is null (the floor, which also leaves out the existence check: it
     * runs on an empty table).
     */
    static Sql timeRule(RuleRef r, Run run, Long lo, Long hi) {
        RuleTrigger t = r.trigger();
        List<Object> p = new ArrayList<>();
        StringBuilder s = new StringBuilder(lo == null ? "INSERT IGNORE INTO finding " : "INSERT IGNORE INTO finding ")
                .append(COLUMNS).append(" SELECT 0, 'CASE', c.id, c.id, c.receipt_number, c.department_id, c.handler, ");
        ruleValues(r, p, s);
        s.append(t.keyColumn()).append(", ").append(t.startColumn() == null ? "NULL" : t.startColumn()).append(", ?, ");
        p.add(run.asOf());
        s.append("c.calendar_version, ")
                .append(t.window() == RuleTrigger.Window.OVERDUE_NATURAL ? "e.natural_days" : "e.working_days").append(", ")
                .append(t.detailColumn() == null ? "NULL" : t.detailColumn()).append(", ");
        issueValues(r, run, p, s);
        s.append(" FROM approval_case c LEFT JOIN evaluation_day e ON e.as_of = ? AND e.on_day = ").append(t.keyColumn());
        p.add(run.asOf());
        s.append(" WHERE ");
        if (lo != null) {
            s.append("c.id BETWEEN ? AND ? AND ");
            p.add(lo);
            p.add(hi);
        }
        s.append("c.status IN (").append(quoted(t.statuses())).append(") AND ");
        switch (t.window()) {
            case DUE_SOON -> {
                s.append(t.keyColumn()).append(" BETWEEN ? AND ?");
                p.add(run.asOf());
                p.add(run.day().dueSoonUntil(r.threshold()));
            }
            case OVERDUE -> {
                s.append(t.keyColumn()).append(" <= ?");
                p.add(run.day().overdueBound(r.threshold()));
            }
            case OVERDUE_NATURAL -> {
                s.append(t.keyColumn()).append(" <= ?");
                p.add(run.day().naturalBound(r.threshold()));
            }
        }
        if (t.extraPredicate() != null) {
            s.append(" AND ").append(t.extraPredicate());
            if (t.extraPredicate().contains("?")) p.add(run.asOf());
        }
        if (lo != null) notYetIssued("'CASE'", "c.id", t.keyColumn(), r, p, s);
        return new Sql(s.toString(), p);
    }

    /**
     * Findings of the violations a case recorded at its actions (a second correction notice, a
     * fee above the standard...): issued at the action already; this sweeps up any the action did
     * not issue (demo data, imports), keyed the same way so nothing is issued twice.
     */
    static Sql violationRule(RuleRef r, Run run, Long lo, Long hi) {
        RuleTrigger t = r.trigger();
        String key = t.keyColumn() == null ? "v.occurred_on" : t.keyColumn();
        List<Object> p = new ArrayList<>();
        StringBuilder s = new StringBuilder("INSERT IGNORE INTO finding ").append(COLUMNS)
                .append(" SELECT 0, 'CASE', c.id, c.id, c.receipt_number, c.department_id, c.handler, ");
        ruleValues(r, p, s);
        s.append(key).append(", NULL, ?, c.calendar_version, NULL, v.description, ");
        p.add(run.asOf());
        issueValues(r, run, p, s);
        s.append(" FROM case_violation v JOIN approval_case c ON c.id = v.case_id WHERE ");
        if (lo != null) {
            s.append("v.case_id BETWEEN ? AND ? AND ");
            p.add(lo);
            p.add(hi);
        }
        s.append("v.kind IN (").append(quoted(t.violations())).append(") AND ").append(key).append(" IS NOT NULL");
        notYetIssued("'CASE'", "c.id", key, r, p, s);
        return new Sql(s.toString(), p);
    }

    /** Cards left unanswered past their limit (the unanswered-card findings themselves excepted). */
    static Sql unansweredCards(RuleRef r, Run run) {
        List<Object> p = new ArrayList<>();
        StringBuilder s = new StringBuilder("INSERT IGNORE INTO finding ").append(COLUMNS)
                .append(" SELECT 0, 'CARD', k.id, k.case_id, k.receipt_number, k.department_id, k.handler, ");
        ruleValues(r, p, s);
        s.append("k.answer_due, k.as_of, ?, NULL, e.working_days, CONCAT(k.level, ' ', k.rule_code), ");
        p.add(run.asOf());
        issueValues(r, run, p, s);
        s.append(" FROM finding k LEFT JOIN evaluation_day e ON e.as_of = ? AND e.on_day = k.answer_due");
        p.add(run.asOf());
        s.append(" WHERE k.status = 'OPEN' AND k.answer_due <= ? AND k.subject_type <> 'CARD'");
        p.add(run.day().overdueBound(r.threshold()));
        notYetIssued("'CARD'", "k.id", "k.answer_due", r, p, s);
        return new Sql(s.toString(), p);
    }

    /** A department's yellow cards of the evaluation date's month reaching the threshold. */
    static Sql departmentMonth(RuleRef r, Run run) {
        LocalDate month = run.asOf().withDayOfMonth(1);
        List<Object> p = new ArrayList<>();
        StringBuilder s = new StringBuilder("INSERT IGNORE INTO finding ").append(COLUMNS)
                .append(" SELECT 0, 'DEPARTMENT', f.department_id, NULL, NULL, f.department_id, NULL, ");
        ruleValues(r, p, s);
        s.append("?, NULL, ?, NULL, COUNT(*), NULL, ");
        p.add(month);
        p.add(run.asOf());
        issueValues(r, run, p, s);
        s.append(" FROM finding f WHERE f.level = 'YELLOW' AND f.status <> 'REVOKED' AND f.as_of BETWEEN ? AND ?"
                + " GROUP BY f.department_id HAVING COUNT(*) >= ?");
        p.add(month);
        p.add(run.asOf());
        p.add(Math.max(1, r.threshold()));
        return new Sql(s.toString(), p);
    }

    /**
     * Raises the supervision status of the cases in [lo, hi] (all cases when null) that got findings
     * in this run to the highest level among them. Only this run's new findings are read (through
     * {@code ix_finding_run}), so a night with few new findings writes few cases. MySQL/MariaDB
     * join the run's findings grouped by case; H2, which has no UPDATE ... JOIN, uses a subquery.
     */
    static Sql raiseLevels(boolean mysql, long runId, Long lo, Long hi) {
        String rank = "MAX(CASE f.level WHEN 'RED' THEN 3 WHEN 'YELLOW' THEN 2 ELSE 1 END)";
        String range = lo == null ? "" : " AND f.case_id BETWEEN ? AND ?";
        List<Object> p = new ArrayList<>();
        p.add(runId);
        if (lo != null) {
            p.add(lo);
            p.add(hi);
        }
        if (mysql) {
            return new Sql("UPDATE approval_case c JOIN (SELECT f.case_id, " + rank + " AS r FROM finding f"
                    + " WHERE f.run_id = ?" + range + " AND f.case_id IS NOT NULL GROUP BY f.case_id) n ON n.case_id = c.id"
                    + " SET c.supervision_level = n.r WHERE c.supervision_level < n.r", p);
        }
        return new Sql("UPDATE approval_case c SET supervision_level = (SELECT " + rank + " FROM finding f"
                + " WHERE f.run_id = ?" + range + " AND f.case_id = c.id) WHERE c.id IN (SELECT f.case_id FROM finding f"
                + " WHERE f.run_id = ?" + range + ") AND c.supervision_level < (SELECT " + rank + " FROM finding f"
                + " WHERE f.run_id = ?" + range + " AND f.case_id = c.id)", with3(p));
    }

    private static List<Object> with3(List<Object> p) {
        List<Object> q = new ArrayList<>(p);
        q.addAll(p);
        q.addAll(p);
        return q;
    }

    static Sql countOpen(long lo, long hi) {
        return new Sql("SELECT COUNT(*) FROM approval_case c WHERE c.id BETWEEN ? AND ? AND c.status IN ("
                + quoted(OPEN) + ")", List.of(lo, hi));
    }

    private static void ruleValues(RuleRef r, List<Object> p, StringBuilder s) {
        s.append("?, ?, ?, ?, ");
        p.add(r.id());
        p.add(r.code());
        p.add(r.revision());
        p.add(r.level().name());
    }

    private static void issueValues(RuleRef r, Run run, List<Object> p, StringBuilder s) {
        s.append("?, 'system', ?, ?, ?");
        p.add(run.issuedAt());
        p.add(run.runId());
        p.add(r.level().isCard() ? FindingStatus.OPEN.name() : FindingStatus.NOTIFIED.name());
        p.add(r.level().isCard() ? run.answerDue() : null);
    }

    private static void notYetIssued(String subjectType, String subjectId, String key, RuleRef r, List<Object> p,
            StringBuilder s) {
        s.append(" AND NOT EXISTS (SELECT 1 FROM finding x WHERE x.subject_type = ").append(subjectType)
                .append(" AND x.subject_id = ").append(subjectId).append(" AND x.rule_code = ? AND x.level = ?")
                .append(" AND x.key_date = ").append(key).append(")");
        p.add(r.code());
        p.add(r.level().name());
    }

    private static String quoted(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "));
    }
}

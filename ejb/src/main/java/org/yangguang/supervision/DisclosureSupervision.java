package org.yangguang.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.disclosure.RequestStatus;
import org.yangguang.disclosure.ThirdPartyConsultation;

/**
 * The nightly evaluation's disclosure step ({@code overdue-evaluation}, step {@code disclosure},
 * before the department step): reads the disclosure requests, proactive items and annual reports
 * that may break a rule on the run's date, judges them with {@link DisclosureEvaluator} on the rules
 * and calendar the run froze, and issues the findings through {@link FindingWriter} (a finding
 * already issued is skipped, so a re-run or a restart issues nothing twice). One transaction: a
 * step that fails leaves nothing behind and is redone on restart.
 */
@Stateless
@PermitAll
public class DisclosureSupervision extends JudgedStep {

    /** Issues the run's disclosure findings; returns how many were new, also added to the run's count. */
    public int evaluate(long runId) {
        return evaluate(runId, RuleTrigger.Kind.DISCLOSURE);
    }

    @Override
    List<DisclosureEvaluator.Draft> judge(List<RuleRef> enabled, LocalDate asOf, EvaluationDay day) {
        return DisclosureEvaluator.evaluate(requests(asOf), items(asOf), reports(asOf), enabled, day);
    }

    // ------------------------------------------------------------------ the facts, read with JDBC

    /**
     * The requests a rule may hold for on {@code asOf}: open ones with a reply deadline, and those
     * with a late reply or a late correction notice by then (the evaluator decides).
     */
    List<DisclosureEvaluator.RequestFacts> requests(LocalDate asOf) {
        String where = " WHERE (r.status IN ('IN_PROGRESS', 'CONSULTING') AND r.reply_due IS NOT NULL)"
                + " OR (r.replied_on IS NOT NULL AND r.reply_due IS NOT NULL AND r.replied_on > r.reply_due"
                + " AND r.replied_on <= ?)"
                + " OR (r.correction_issued_on IS NOT NULL AND r.correction_issued_on > r.correction_notice_due"
                + " AND r.correction_issued_on <= ?)";
        Map<Long, List<ThirdPartyConsultation>> consulted = new HashMap<>();
        query("SELECT c.request_id, c.party, c.asked_on, c.answered_on FROM disclosure_consultation c"
                + " JOIN disclosure_request r ON r.id = c.request_id" + where + " ORDER BY c.request_id, c.position",
                List.of(asOf, asOf), rs -> {
                    try {
                        ThirdPartyConsultation c = new ThirdPartyConsultation(rs.getString(2), date(rs, 3), date(rs, 4));
                        consulted.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(c);
                    } catch (IllegalArgumentException | NullPointerException e) {
                        // a row the domain would not have written: left out of the derivation's text only
                    }
                });
        List<DisclosureEvaluator.RequestFacts> out = new ArrayList<>();
        query("SELECT r.id, r.number, r.department_id, r.status, r.received_on, r.correction_notice_due,"
                + " r.correction_issued_on, r.corrected_on, r.reply_due, r.replied_on, r.extension_days, r.fee_issued_on,"
                + " r.fee_paid_on, r.calendar_version FROM disclosure_request r" + where + " ORDER BY r.id",
                List.of(asOf, asOf), rs -> {
                    long id = rs.getLong(1);
                    int extension = rs.getInt(11);
                    Integer extensionDays = rs.wasNull() ? null : extension;
                    long version = rs.getLong(14);
                    Long calendarVersion = rs.wasNull() ? null : version;
                    out.add(new DisclosureEvaluator.RequestFacts(id, rs.getString(2), rs.getLong(3),
                            requestStatus(rs.getString(4)), date(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8),
                            date(rs, 9), date(rs, 10), extensionDays, consulted.getOrDefault(id, List.of()),
                            date(rs, 12), date(rs, 13), calendarVersion));
                });
        return out;
    }

    /** The items not yet published past their deadline, and those published late by {@code asOf}. */
    List<DisclosureEvaluator.ItemFacts> items(LocalDate asOf) {
        List<DisclosureEvaluator.ItemFacts> out = new ArrayList<>();
        query("SELECT i.id, i.department_id, i.title, i.status, i.formed_on, i.publish_due, i.published_on,"
                + " i.calendar_version FROM disclosure_item i"
                + " WHERE (i.status IN ('DRAFT', 'SUBMITTED', 'RETURNED') AND i.published_on IS NULL AND i.publish_due < ?)"
                + " OR (i.published_on IS NOT NULL AND i.published_on > i.publish_due AND i.published_on <= ?)"
                + " ORDER BY i.id", List.of(asOf, asOf), rs -> {
                    long version = rs.getLong(8);
                    Long calendarVersion = rs.wasNull() ? null : version;
                    out.add(new DisclosureEvaluator.ItemFacts(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), date(rs, 5), date(rs, 6), date(rs, 7), calendarVersion));
                });
        return out;
    }

    /** The departments' reports of earlier years not published (the county's is not judged, see the evaluator). */
    List<DisclosureEvaluator.ReportFacts> reports(LocalDate asOf) {
        List<DisclosureEvaluator.ReportFacts> out = new ArrayList<>();
        query("SELECT a.id, a.report_year, a.department_id, a.status FROM annual_report a"
                + " WHERE a.department_id IS NOT NULL AND a.status <> ? AND a.report_year < ? ORDER BY a.id",
                List.of(DisclosureEvaluator.REPORT_PUBLISHED, asOf.getYear()), rs -> out.add(
                        new DisclosureEvaluator.ReportFacts(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4))));
        return out;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowReader reader) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Disclosure supervision query failed: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** A status this code does not know (a newer one) is judged as no rule's. */
    private static RequestStatus requestStatus(String name) {
        try {
            return RequestStatus.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}

package org.yangguang.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.interaction.letter.LetterCategory;
import org.yangguang.interaction.letter.LetterStatus;
import org.yangguang.interaction.rating.RectificationStatus;

/**
 * The nightly evaluation's interaction step ({@code overdue-evaluation}, step {@code interaction},
 * after the disclosure step and before the department step): reads the rectifications of bad
 * ratings and the letters that may break a rule on the run's date, judges them with
 * {@link InteractionEvaluator} on the rules and calendar the run froze, and issues the findings
 * through {@link FindingWriter} (a finding already issued is skipped: a re-run or a restart issues
 * nothing twice). One transaction, as {@link DisclosureSupervision}.
 */
@Stateless
@PermitAll
public class InteractionSupervision extends JudgedStep {

    /** Issues the run's interaction findings; returns how many were new, also added to the run's count. */
    public int evaluate(long runId) {
        return evaluate(runId, RuleTrigger.Kind.INTERACTION);
    }

    @Override
    List<DisclosureEvaluator.Draft> judge(List<RuleRef> enabled, LocalDate asOf, EvaluationDay day) {
        return InteractionEvaluator.evaluate(rectifications(asOf), letters(asOf), enabled, day);
    }

    // ------------------------------------------------------------------ the facts, read with JDBC

    /** The rectifications being made past their due day, and those reported late by {@code asOf}. */
    List<InteractionEvaluator.RectificationFacts> rectifications(LocalDate asOf) {
        List<InteractionEvaluator.RectificationFacts> out = new ArrayList<>();
        query("SELECT x.id, g.subject_number, x.department_id, x.status, x.verified_on, x.due, x.reported_on"
                + " FROM rating_rectification x JOIN rating g ON g.id = x.rating_id"
                + " WHERE x.due IS NOT NULL AND ((x.status = 'RECTIFYING' AND x.reported_on IS NULL AND x.due < ?)"
                + " OR (x.reported_on IS NOT NULL AND x.reported_on > x.due AND x.reported_on <= ?))"
                + " ORDER BY x.id", List.of(asOf, asOf), rs -> out.add(new InteractionEvaluator.RectificationFacts(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), known(RectificationStatus.class, rs.getString(4)),
                        date(rs, 5), date(rs, 6), date(rs, 7))));
        return out;
    }

    /** The letters awaiting an answer past their deadline, and those answered late by {@code asOf}. */
    List<InteractionEvaluator.LetterFacts> letters(LocalDate asOf) {
        List<InteractionEvaluator.LetterFacts> out = new ArrayList<>();
        query("SELECT l.id, l.number, l.category, l.status, l.received_on, l.answer_due, l.handler_department_id,"
                + " l.extension_days, l.transferred_on, l.answered_on, l.calendar_version FROM letter l"
                + " WHERE l.handler_department_id IS NOT NULL AND ((l.status IN ('RECEIVED', 'HANDLING') AND l.answer_due < ?)"
                + " OR (l.status = 'ANSWERED' AND l.answered_on > l.answer_due AND l.answered_on <= ?))"
                + " ORDER BY l.id", List.of(asOf, asOf), rs -> {
                    long handler = rs.getLong(7);
                    Long handlerId = rs.wasNull() ? null : handler;
                    int extension = rs.getInt(8);
                    Integer extensionDays = rs.wasNull() ? null : extension;
                    out.add(new InteractionEvaluator.LetterFacts(rs.getLong(1), rs.getString(2),
                            known(LetterCategory.class, rs.getString(3)), known(LetterStatus.class, rs.getString(4)),
                            date(rs, 5), date(rs, 6), handlerId, extensionDays, date(rs, 9), date(rs, 10), rs.getLong(11)));
                });
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
            throw new IllegalStateException("Interaction supervision query failed: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** A value this code does not know (a newer one) is judged as no rule's. */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}

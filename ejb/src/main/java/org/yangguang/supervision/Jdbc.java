package org.yangguang.supervision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs the evaluation's set-based statements on the application's JTA datasource: inside a
 * transaction the connection is the transaction's. Plain JDBC, because these statements are SQL
 * by nature and need nothing of the entity layer.
 */
final class Jdbc {
    private Jdbc() {}

    private static volatile Boolean mysql;

    /** Whether the database is MySQL or MariaDB (else H2 in MySQL mode): a few statements differ. */
    static boolean isMySql(DataSource ds) {
        Boolean m = mysql;
        if (m == null) {
            try (Connection c = ds.getConnection()) {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
                m = product.contains("mysql") || product.contains("mariadb");
                mysql = m;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    static int update(DataSource ds, EvaluationStatements.Sql sql) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Supervision statement failed: " + e.getMessage(), e);
        }
    }

    static long count(DataSource ds, EvaluationStatements.Sql sql) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Supervision query failed: " + e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof LocalDate d) {
                ps.setObject(i + 1, java.sql.Date.valueOf(d));
            } else if (v instanceof Instant t) {
                // instants are stored as DATETIME in the JVM zone (Asia/Shanghai), as Hibernate does
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else if (v == null) {
                ps.setNull(i + 1, java.sql.Types.DATE);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}

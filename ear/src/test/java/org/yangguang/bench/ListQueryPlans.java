package org.yangguang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * EXPLAIN of the intranet's list queries on MySQL/MariaDB, as the SQL Hibernate issues for them
 * (the clerk of SCJGJ, the office). A plan that reads more than {@value #SCAN_ROWS} rows of a table
 * without an index, or sorts that many, is marked {@code **SCAN**} and fails the benchmark.
 */
final class ListQueryPlans {
    static final long SCAN_ROWS = 20_000;
    private static final String OPEN = "('RECEIVED','AWAITING_CORRECTION','IN_PROGRESS','REPORTED','DECIDED')";

    private ListQueryPlans() {}

    static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("workbench, own department, by urgency (first page)", "SELECT c.id FROM case_queue q JOIN approval_case c ON c.id = q.case_id"
                + " WHERE q.department_code = 'SCJGJ' AND q.open_case = TRUE ORDER BY q.due, q.received_at, q.case_id LIMIT 20");
        q.put("workbench, own department, count", "SELECT COUNT(*) FROM case_queue q WHERE q.department_code = 'SCJGJ' AND q.open_case = TRUE");
        q.put("workbench, own department, newest first", "SELECT c.id FROM case_queue q JOIN approval_case c ON c.id = q.case_id"
                + " WHERE q.department_code = 'SCJGJ' AND q.open_case = TRUE ORDER BY q.received_at DESC, q.case_id DESC LIMIT 20");
        q.put("workbench, all departments (office), by urgency", "SELECT c.id FROM case_queue q JOIN approval_case c ON c.id = q.case_id"
                + " WHERE q.lead_department = TRUE AND q.open_case = TRUE ORDER BY q.due, q.received_at, q.case_id LIMIT 20");
        q.put("to-do: the clerk's cases", "SELECT c.id FROM case_queue q JOIN approval_case c ON c.id = q.case_id"
                + " WHERE q.handler = 'clerk' AND q.open_case = TRUE AND q.department_code = 'SCJGJ'"
                + " ORDER BY q.due, q.received_at LIMIT 50");
        q.put("to-do: waiting for the approver", "SELECT c.id FROM approval_case c WHERE c.department_id = :dept"
                + " AND c.awaiting_approver = TRUE AND c.status IN " + OPEN + " ORDER BY c.promised_deadline, c.id LIMIT 50");
        q.put("to-do: joint parts", "SELECT DISTINCT c.id FROM approval_case c JOIN case_joint_part p ON p.case_id = c.id"
                + " WHERE p.department_code = 'SCJGJ' AND p.completed_on IS NULL AND c.status = 'IN_PROGRESS' ORDER BY c.id LIMIT 50");
        q.put("case page: the case by receipt number", "SELECT c.id FROM approval_case c WHERE c.receipt_number = 'BENCH-00000001'");
        q.put("case page: its timeline", "SELECT e.id FROM case_event e WHERE e.case_id = 1 ORDER BY e.occurred_at");
        return q;
    }

    /** The plans, one block per query; empty on other databases. */
    static List<String> explainAll(DataSource ds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("maria")) return out;
            long dept;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM department WHERE code = 'SCJGJ'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                dept = rs.getLong(1);
            }
            for (var e : queries().entrySet()) {
                String sql = e.getValue().replace(":dept", Long.toString(dept));
                List<String> rows = new ArrayList<>();
                boolean scan = false;
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString("type");
                        long estimate = rs.getLong("rows");
                        String extra = String.valueOf(rs.getString("Extra"));
                        boolean bad = estimate > SCAN_ROWS && ("ALL".equals(type) || "index".equals(type)
                                || extra.contains("filesort")) && !sql.contains("COUNT(*)");
                        scan |= bad;
                        rows.add(String.format(Locale.ROOT, "%s: type %s, key %s, rows ~%,d%s", rs.getString("table"), type,
                                rs.getString("key"), estimate, extra.equals("null") ? "" : ", " + extra));
                    }
                } catch (SQLException absent) {
                    rows.add("cannot explain: " + absent.getMessage());
                    scan = true;
                }
                out.add("- " + e.getKey() + (scan ? " **SCAN**" : "") + ": " + String.join("; ", rows));
            }
        }
        return out;
    }
}

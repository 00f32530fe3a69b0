package org.yangguang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Brings the published catalog up to N matters for the guide-search benchmark (a county's catalog
 * holds about 3,500), by copying the published matters row by row in SQL: the matter, its version in
 * force and the version's materials, fees, steps, channels and special procedures. Copies get
 * implementation codes starting with {@code BM} and a numbered name, so searches find many of them.
 * The columns are read from the tables themselves, so the copy follows the schema.
 */
final class MatterGenerator {
    private static final List<String> CHILDREN = List.of("matter_material", "matter_fee", "matter_step",
            "matter_version_channel", "matter_version_procedure");

    private final DataSource ds;

    MatterGenerator(DataSource ds) {
        this.ds = ds;
    }

    long published() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM matter WHERE current_version_id IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Copies published matters until {@code target} are published; returns how many were added. */
    int fillUpTo(int target) throws SQLException {
        long present = published();
        if (present >= target) return 0;
        int needed = (int) (target - present);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<long[]> sources = new ArrayList<>(); // matter id, version id
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, current_version_id FROM matter"
                    + " WHERE current_version_id IS NOT NULL AND parent_id IS NULL AND implementation_code NOT LIKE 'BM%' ORDER BY id")) {
                while (rs.next()) sources.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
            long next = CaseGenerator.reserveIds(c, 2L * needed + 10);
            String matter = copy(c, "matter", "id", Map.of("id", "?", "version", "0", "implementation_code", "?",
                    "name", "CONCAT(name, ?)", "parent_id", "NULL", "current_version_id", "NULL"));
            String version = copy(c, "matter_version", "id", Map.of("id", "?", "version", "0", "matter_id", "?",
                    "name", "CONCAT(name, ?)"));
            Map<String, String> children = new LinkedHashMap<>();
            for (String t : CHILDREN) children.put(t, copy(c, t, "version_id", Map.of("version_id", "?")));
            try (PreparedStatement pm = c.prepareStatement(matter); PreparedStatement pv = c.prepareStatement(version);
                    PreparedStatement current = c.prepareStatement("UPDATE matter SET current_version_id = ? WHERE id = ?")) {
                for (int i = 0; i < needed; i++) {
                    long[] source = sources.get(i % sources.size());
                    long matterId = next++;
                    long versionId = next++;
                    String suffix = "（" + (i / sources.size() + 1) + "）";
                    pm.setLong(1, matterId);
                    pm.setString(2, String.format("BM%018d", i));
                    pm.setString(3, suffix);
                    pm.setLong(4, source[0]);
                    pm.executeUpdate();
                    pv.setLong(1, versionId);
                    pv.setLong(2, matterId);
                    pv.setString(3, suffix);
                    pv.setLong(4, source[1]);
                    pv.executeUpdate();
                    for (String sql : children.values()) {
                        try (PreparedStatement pc = c.prepareStatement(sql)) {
                            pc.setLong(1, versionId);
                            pc.setLong(2, source[1]);
                            pc.executeUpdate();
                        }
                    }
                    current.setLong(1, versionId);
                    current.setLong(2, matterId);
                    current.executeUpdate();
                    if (i % 500 == 499) c.commit();
                }
            }
            c.commit();
        }
        return needed;
    }

    /** {@code INSERT INTO t (all columns) SELECT (the column, or its replacement) FROM t WHERE key = ?}. */
    private static String copy(Connection c, String table, String key, Map<String, String> replaced) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
        }
        List<String> values = columns.stream().map(col -> replaced.getOrDefault(col, col)).toList();
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " WHERE " + key + " = ?";
    }
}

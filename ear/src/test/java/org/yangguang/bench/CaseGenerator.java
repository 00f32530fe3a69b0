package org.yangguang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.yangguang.calendar.ClockStop;
import org.yangguang.calendar.DayUnit;
import org.yangguang.calendar.DeadlineCalculator;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.WorkingCalendar;

/**
 * Generates N open cases (办件) for the benchmarks, in bulk with multi-row JDBC batches (not through
 * the entity layer one by one), on H2 and MySQL/MariaDB alike. The spread is that of a busy
 * platform: every published matter of every department, each handling kind, acceptance over the
 * last 90 days (more recent than old), 5% with a special procedure under way, 5% extended, a few
 * still being checked or waiting for a correction, a few decided and waiting for delivery.
 * Deadlines are computed by the product's own calculator on the calendar in force, as the case
 * would have them; the active step and the open procedure are filled in as the case keeps them.
 *
 * <p>Ids continue the application's id generator (which is then moved past them), so cases the
 * application creates afterwards never collide. Receipt numbers start with {@code BENCH-}.
 */
public final class CaseGenerator {
    private static final Logger LOG = Logger.getLogger(CaseGenerator.class.getName());
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PREFIX = "BENCH-";
    static final int BATCH = 1000;

    private final DataSource ds;
    private final WorkingCalendar calendar;
    private final LocalDate today;
    private final Map<Long, LocalDate> deadlines = new HashMap<>();

    record MatterRow(long matterId, long versionId, long departmentId, String name, String kind, int statutory,
            DayUnit statutoryUnit, int promised, DayUnit promisedUnit, List<String> steps, List<Integer> stepLimits,
            List<String> materials) {}

    public CaseGenerator(DataSource ds, WorkingCalendar calendar, LocalDate today) {
        this.ds = ds;
        this.calendar = calendar;
        this.today = today;
    }

    /** Benchmark cases already present. */
    public long existing() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM approval_case WHERE receipt_number LIKE 'BENCH-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Creates {@code n} cases numbered from {@code first} on (BENCH-00000000 is the first of all): a
     * database that holds some already gets the next ones, the same as if all had been made at once.
     * Returns the number of rows written in all tables.
     */
    public long generate(long first, int n, boolean withMaterials) throws SQLException {
        List<MatterRow> matters = matters();
        if (matters.isEmpty()) throw new IllegalStateException("no published matter to file cases against");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long firstId = reserveIds(c, 2L * n + 100);
            long rows = 0;
            try (PreparedStatement cases = c.prepareStatement("INSERT INTO approval_case (id, version, receipt_number,"
                    + " query_code, matter_id, matter_version_id, department_id, matter_name, handling_kind, channel,"
                    + " applicant_name, applicant_id_number, applicant_phone, status, received_at, received_on, received_by,"
                    + " correction_notices, correction_requested_on, accepted_on, statutory_value, statutory_unit,"
                    + " promised_value, promised_unit, extension_days, extension_reason, extension_approver, extended_on,"
                    + " correction_deadline, promised_deadline, statutory_deadline, delivery_deadline, calendar_version,"
                    + " decision, decided_on, decided_by, max_extension_days, handler, step_name, step_deadline, stop_type,"
                    + " stop_started_on, stop_planned_end, working_days_used, supervision_level)"
                    + " VALUES (?, 0, ?, 'BENCH1', ?, ?, ?, ?, ?, ?, ?, '330399199001011234', '13900000000', ?, ?, ?, 'clerk',"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 10, 'clerk', ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement steps = c.prepareStatement("INSERT INTO case_step (case_id, seq, name, office,"
                            + " limit_days, assignee, started_on, deadline, completed_on, completed_by, opinion)"
                            + " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement stops = c.prepareStatement("INSERT INTO case_stop (case_id, seq, procedure_type, reason,"
                            + " expected_days, started_on, ended_on, result, planned_end) VALUES (?, 0, 'INSPECTION', '现场核查',"
                            + " ?, ?, NULL, NULL, ?)");
                    PreparedStatement materials = c.prepareStatement("INSERT INTO case_material (case_id, seq, name,"
                            + " mandatory, received, file_id) VALUES (?, ?, ?, TRUE, TRUE, NULL)");
                    PreparedStatement events = c.prepareStatement("INSERT INTO case_event (id, case_id, occurred_at, actor,"
                            + " action, comment, public_note, file_id) VALUES (?, ?, ?, 'clerk', 'RECEIVE', '收件（窗口）',"
                            + " '已收件', NULL)")) {
                for (int k = 0; k < n; k++) {
                    int i = (int) (first + k);
                    long id = firstId + k;
                    SplittableRandom r = new SplittableRandom(20261201L * 31 + i);
                    MatterRow m = matters.get(r.nextInt(matters.size()));
                    rows += one(id, firstId + n + k, i, m, r, cases, steps, stops, materials, events, withMaterials);
                    if ((k + 1) % BATCH == 0) {
                        cases.executeBatch();
                        steps.executeBatch();
                        stops.executeBatch();
                        materials.executeBatch();
                        events.executeBatch();
                        c.commit();
                    }
                    if ((k + 1) % 100_000 == 0) LOG.info("generated " + (k + 1) + " cases");
                }
                cases.executeBatch();
                steps.executeBatch();
                stops.executeBatch();
                materials.executeBatch();
                events.executeBatch();
                c.commit();
            }
            return rows + queueMissing(c);
        }
    }

    /** The workbench entries ({@code case_queue}) of cases written here, as the cases keep them (V14). */
    static long queueMissing(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long n = s.executeUpdate("INSERT INTO case_queue (case_id, department_code, lead_department, open_case, due, received_at, handler)"
                    + " SELECT c.id, d.code, TRUE, c.status IN " + OPEN + ", COALESCE(CASE WHEN c.status NOT IN " + OPEN
                    + " OR c.stop_type IS NOT NULL THEN NULL WHEN c.status = 'DECIDED' THEN c.delivery_deadline"
                    + " WHEN c.accepted_on IS NOT NULL THEN c.promised_deadline END, DATE '9999-12-31'), c.received_at, c.handler"
                    + " FROM approval_case c JOIN department d ON d.id = c.department_id"
                    + " WHERE NOT EXISTS (SELECT 1 FROM case_queue q WHERE q.case_id = c.id)");
            c.commit();
            return n;
        }
    }

    private static final String OPEN = "('RECEIVED','AWAITING_CORRECTION','IN_PROGRESS','REPORTED','DECIDED')";

    private long one(long id, long eventId, int i, MatterRow m, SplittableRandom r, PreparedStatement cases,
            PreparedStatement steps, PreparedStatement stops, PreparedStatement materials, PreparedStatement events,
            boolean withMaterials) throws SQLException {
        boolean immediate = "IMMEDIATE".equals(m.kind());
        // more recent than old: half of the cases came in during the last three weeks
        int back = immediate && r.nextInt(10) > 0 ? 0 : (int) (90 * Math.pow(r.nextDouble(), 1.6));
        LocalDate received = workingDayOnOrBefore(today.minusDays(back));
        int roll = r.nextInt(100);
        String status = roll < 4 ? "RECEIVED" : roll < 6 ? "AWAITING_CORRECTION" : roll < 11 ? "DECIDED" : "IN_PROGRESS";
        if (!"IN_PROGRESS".equals(status) && !"DECIDED".equals(status)) received = workingDayOnOrBefore(today.minusDays(r.nextInt(4)));
        LocalDate accepted = "RECEIVED".equals(status) || "AWAITING_CORRECTION".equals(status) ? null : received;
        boolean stopped = "IN_PROGRESS".equals(status) && !immediate && r.nextInt(100) < 5;
        int extension = "IN_PROGRESS".equals(status) && !immediate && !stopped && r.nextInt(100) < 5 ? 5 + r.nextInt(6) : 0;
        LocalDate stopStart = null;
        int stopDays = 0;
        List<ClockStop> clockStops = List.of();
        if (stopped) {
            stopStart = accepted.plusDays(r.nextInt((int) Math.max(1, today.toEpochDay() - accepted.toEpochDay() + 1)));
            stopDays = 5 + r.nextInt(11);
            clockStops = List.of(new ClockStop(stopStart, null, org.yangguang.shared.SystemText.of("text.literal", "特别程序")));
        }
        LocalDate promised = null;
        LocalDate statutory = null;
        if (accepted != null && !stopped) {
            promised = plus(plus(accepted, m.promised(), m.promisedUnit()), extension, DayUnit.WORKING_DAYS);
            statutory = plus(plus(accepted, m.statutory(), m.statutoryUnit()), extension, DayUnit.WORKING_DAYS);
        }
        LocalDate decided = null;
        LocalDate delivery = null;
        Integer used = null;
        if ("DECIDED".equals(status)) {
            LocalDate lately = workingDayOnOrBefore(today.minusDays(r.nextInt(15)));
            decided = lately.isBefore(accepted) ? accepted : lately;
            delivery = plus(decided, immediate ? 0 : 10, DayUnit.WORKING_DAYS);
            used = DeadlineCalculator.workingDaysBetween(calendar, accepted, decided);
        }
        // steps: the reception step is done at acceptance; the others one after the other
        int stepCount = m.steps().size();
        int active = -1;
        LocalDate cursor = accepted;
        LocalDate stepDeadline = null;
        String stepName = null;
        for (int s = 0; s < stepCount; s++) {
            String name = m.steps().get(s);
            int limit = m.stepLimits().get(s);
            LocalDate started = null;
            LocalDate deadline = null;
            LocalDate completed = null;
            if (accepted != null) {
                boolean reception = s == 0 && name.contains("受理");
                if (reception) {
                    started = accepted;
                    deadline = plus(accepted, limit, DayUnit.WORKING_DAYS);
                    completed = accepted;
                } else if (active < 0) {
                    started = cursor;
                    deadline = stopped ? null : plus(started, limit, DayUnit.WORKING_DAYS);
                    LocalDate done = deadline == null ? null : plus(started, r.nextInt(limit + 2), DayUnit.WORKING_DAYS);
                    // a decided case has done every step; one in progress stops at some step before the last two
                    boolean finished = "DECIDED".equals(status)
                            || done != null && !done.isAfter(today) && r.nextInt(3) > 0 && s < stepCount - 2;
                    if (finished && done != null) {
                        completed = done.isAfter(today) ? today : done;
                        cursor = completed;
                    } else {
                        active = s;
                        stepName = name;
                        stepDeadline = deadline;
                    }
                }
            }
            steps.setLong(1, id);
            steps.setInt(2, s);
            steps.setString(3, name);
            steps.setInt(4, limit);
            steps.setString(5, started == null ? null : "clerk");
            date(steps, 6, started);
            date(steps, 7, deadline);
            date(steps, 8, completed);
            steps.setString(9, completed == null ? null : "clerk");
            steps.setString(10, completed == null ? null : "同意");
            steps.addBatch();
        }
        if ("DECIDED".equals(status)) {
            stepName = null;
            stepDeadline = null;
        }
        int p = 1;
        cases.setLong(p++, id);
        cases.setString(p++, PREFIX + String.format("%08d", i));
        cases.setLong(p++, m.matterId());
        cases.setLong(p++, m.versionId());
        cases.setLong(p++, m.departmentId());
        cases.setString(p++, m.name());
        cases.setString(p++, m.kind());
        cases.setString(p++, r.nextInt(3) == 0 ? "ONLINE" : "WINDOW");
        cases.setString(p++, "基准测试申请人" + (i % 1000));
        cases.setString(p++, status);
        cases.setTimestamp(p++, Timestamp.from(received.atTime(9, 0).atZone(ZONE).toInstant()));
        date(cases, p++, received);
        cases.setInt(p++, "AWAITING_CORRECTION".equals(status) ? 1 : 0);
        date(cases, p++, "AWAITING_CORRECTION".equals(status) ? received : null);
        date(cases, p++, accepted);
        cases.setInt(p++, m.statutory());
        cases.setString(p++, m.statutoryUnit().name());
        cases.setInt(p++, m.promised());
        cases.setString(p++, m.promisedUnit().name());
        cases.setInt(p++, extension);
        cases.setString(p++, extension > 0 ? "情况复杂，需进一步核实" : null);
        cases.setString(p++, extension > 0 ? "approver" : null);
        date(cases, p++, extension > 0 ? accepted : null);
        date(cases, p++, plus(received, 5, DayUnit.WORKING_DAYS));
        date(cases, p++, promised);
        date(cases, p++, statutory);
        date(cases, p++, delivery);
        cases.setLong(p++, calendar.version());
        cases.setString(p++, decided == null ? null : "APPROVED");
        date(cases, p++, decided);
        cases.setString(p++, decided == null ? null : "approver");
        cases.setString(p++, stepName);
        date(cases, p++, stepDeadline);
        cases.setString(p++, stopped ? "INSPECTION" : null);
        date(cases, p++, stopStart);
        date(cases, p++, stopped ? stopStart.plusDays(stopDays) : null);
        if (used == null) cases.setNull(p++, java.sql.Types.INTEGER); else cases.setInt(p++, used);
        cases.addBatch();
        long rows = 1 + stepCount + 1;
        if (stopped) {
            stops.setLong(1, id);
            stops.setInt(2, stopDays);
            date(stops, 3, stopStart);
            date(stops, 4, stopStart.plusDays(stopDays));
            stops.addBatch();
            rows++;
        }
        if (withMaterials) {
            for (int k = 0; k < m.materials().size(); k++) {
                materials.setLong(1, id);
                materials.setInt(2, k);
                materials.setString(3, m.materials().get(k));
                materials.addBatch();
                rows++;
            }
        }
        events.setLong(1, eventId);
        events.setLong(2, id);
        events.setTimestamp(3, Timestamp.from(received.atTime(9, 30).atZone(ZONE).toInstant()));
        events.addBatch();
        return rows;
    }

    /** Every published matter cases are filed against (handling items, or main items without them). */
    List<MatterRow> matters() throws SQLException {
        List<MatterRow> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.id, v.id, m.department_id, v.name, v.handling_kind,"
                        + " v.statutory_value, v.statutory_unit, v.promised_value, v.promised_unit FROM matter m"
                        + " JOIN matter_version v ON v.id = m.current_version_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM matter k WHERE k.parent_id = m.id) ORDER BY m.id")) {
            while (rs.next()) {
                long version = rs.getLong(2);
                out.add(new MatterRow(rs.getLong(1), version, rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), DayUnit.valueOf(rs.getString(7)), rs.getInt(8), DayUnit.valueOf(rs.getString(9)),
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            }
            for (MatterRow m : out) {
                try (PreparedStatement ps = c.prepareStatement("SELECT name, limit_days FROM matter_step WHERE version_id = ?"
                        + " ORDER BY seq")) {
                    ps.setLong(1, m.versionId());
                    try (ResultSet st = ps.executeQuery()) {
                        while (st.next()) {
                            m.steps().add(st.getString(1));
                            m.stepLimits().add(st.getInt(2));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT name FROM matter_material WHERE version_id = ?"
                        + " ORDER BY seq")) {
                    ps.setLong(1, m.versionId());
                    try (ResultSet st = ps.executeQuery()) {
                        while (st.next()) m.materials().add(st.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Ids after everything the application has handed out, and the generator moved past them. The
     * table generator keeps the high end of its blocks, so ids above it were never given out.
     */
    static long reserveIds(Connection c, long count) throws SQLException {
        long next;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT gen_value FROM id_generator WHERE gen_name = 'yangguang' FOR UPDATE")) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM approval_case")) {
            rs.next();
            next = Math.max(next, rs.getLong(1)) + 1000;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE id_generator SET gen_value = ? WHERE gen_name = 'yangguang'")) {
            ps.setLong(1, next + count + 1000);
            ps.executeUpdate();
        }
        c.commit();
        return next;
    }

    private LocalDate plus(LocalDate from, int days, DayUnit unit) {
        if (days == 0 && unit == DayUnit.WORKING_DAYS) return from;
        long key = from.toEpochDay() * 10_000 + days * 2L + (unit == DayUnit.NATURAL_DAYS ? 1 : 0);
        return deadlines.computeIfAbsent(key, k -> DeadlineCalculator.deadline(calendar, from, new TimeLimit(days, unit),
                List.of()).date());
    }

    private LocalDate workingDayOnOrBefore(LocalDate d) {
        LocalDate x = d;
        while (!calendar.isWorkingDay(x)) x = x.minusDays(1);
        return x;
    }

    private static void date(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, java.sql.Types.DATE);
        else ps.setDate(i, java.sql.Date.valueOf(d));
    }
}

package org.yangguang.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.calendar.CalendarService;
import org.yangguang.it.Deployments;
import org.yangguang.it.Http;
import org.yangguang.supervision.EvaluationRun;
import org.yangguang.supervision.EvaluationRuns;
import org.yangguang.supervision.OverdueEvaluation;

/**
 * The benchmark of the nightly supervision evaluation (run by {@code -Pbenchmark}, not by the test
 * command). In the server, on the configured database:
 * <ol>
 *   <li>generates N open cases ({@code -Dbenchmark.cases}, default 1,000,000; reused if present);</li>
 *   <li>runs the floor, the plainest set-based SQL producing the same findings, and keeps its
 *       findings;</li>
 *   <li>runs the {@code overdue-evaluation} job through the REST API as the supervision office would,
 *       while a client keeps using the intranet (latency sampled);</li>
 *   <li>checks that the job's findings equal the floor's, and times the supervision workspace and
 *       the findings list with the findings in place;</li>
 *   <li>prints and writes the report (to {@code overdue-evaluation.md} in {@code -Dbenchmark.reports}).</li>
 * </ol>
 * It truncates the finding table between the floor and the job: run it on a database of its own.
 */
@ExtendWith(ArquillianExtension.class)
class OverdueEvaluationBenchmark {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(OverdueEvaluationBenchmark.class, CaseGenerator.class, Http.class, Latency.class);
    }

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @Inject
    CalendarService calendars;

    @Inject
    OverdueEvaluation evaluation;

    @Inject
    EvaluationRuns runs;

    private final List<String> report = new ArrayList<>();

    @Test
    void overdueEvaluation() throws Exception {
        int n = Integer.getInteger("benchmark.cases", 1_000_000);
        LocalDate today = LocalDate.now(CaseGenerator.ZONE);
        line("# Benchmark: nightly overdue evaluation (`overdue-evaluation`)");
        line("");
        line("- database: " + database() + "; cores: " + Runtime.getRuntime().availableProcessors()
                + "; server heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");

        CaseGenerator generator = new CaseGenerator(ds, calendars.current(), today);
        long present = generator.existing();
        if (present < n) {
            long t0 = System.nanoTime();
            long rows = generator.generate(present, (int) (n - present), !Boolean.getBoolean("benchmark.noMaterials"));
            double s = seconds(t0);
            line(String.format(Locale.ROOT, "- generated %,d cases (%,d rows in all) in %.1f s: %,.0f cases/s", n - present,
                    rows, s, (n - present) / s));
        } else {
            line(String.format(Locale.ROOT, "- reused the %,d benchmark cases already generated", present));
        }
        long open = scalar("SELECT COUNT(*) FROM approval_case WHERE status IN ('RECEIVED','AWAITING_CORRECTION',"
                + "'IN_PROGRESS','REPORTED','DECIDED')");
        line(String.format(Locale.ROOT, "- open cases: %,d (of %,d)", open, scalar("SELECT COUNT(*) FROM approval_case")));
        scalar("SELECT COUNT(*) FROM approval_case WHERE accepted_on IS NOT NULL OR step_deadline IS NOT NULL"); // warm up

        // the floor
        reset();
        long floorRun = runs.open(today, EvaluationRun.FLOOR, "benchmark", 1, 0).orElseThrow();
        OverdueEvaluation.FloorResult floor;
        try {
            floor = evaluation.floor(floorRun);
        } finally {
            runs.finished(floorRun, "COMPLETED");
        }
        double floorSeconds = floor.millis() / 1000.0;
        keepFloor();
        List<String> floorLevels = levels();

        // the job, through the API, with the intranet in use meanwhile
        reset();
        Latency before = Latency.sample(40, null);
        AtomicBoolean running = new AtomicBoolean(true);
        Latency during = new Latency();
        Thread user = new Thread(() -> during.sampleWhile(running), "intranet-user");
        long t0 = System.nanoTime();
        Http.Reply started = Http.post("/api/v1/jobs/overdue-evaluation", "supervisor", "{\"asOf\":\"" + today + "\"}");
        if (started.status() != 202) throw new AssertionError(started.body());
        long execution = started.json().getJsonNumber("executionId").longValue();
        user.start();
        JsonObject e;
        do {
            Thread.sleep(200);
            e = Http.get("/api/v1/jobs/executions/" + execution, "supervisor").json();
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(e.getString("status")));
        double jobSeconds = seconds(t0);
        running.set(false);
        user.join();
        if (!"COMPLETED".equals(e.getString("status"))) throw new AssertionError(e.toString());
        JsonObject progress = e.getJsonObject("progress");

        long jobFindings = scalar("SELECT COUNT(*) FROM finding");
        long missing = scalar("SELECT COUNT(*) FROM bench_floor b WHERE NOT EXISTS (SELECT 1 FROM finding f WHERE"
                + " f.subject_type = b.subject_type AND f.subject_id = b.subject_id AND f.rule_code = b.rule_code"
                + " AND f.level = b.level AND f.key_date = b.key_date AND COALESCE(f.days_over, -99999) = COALESCE(b.days_over, -99999))");
        long extra = scalar("SELECT COUNT(*) FROM finding f WHERE NOT EXISTS (SELECT 1 FROM bench_floor b WHERE"
                + " f.subject_type = b.subject_type AND f.subject_id = b.subject_id AND f.rule_code = b.rule_code"
                + " AND f.level = b.level AND f.key_date = b.key_date AND COALESCE(f.days_over, -99999) = COALESCE(b.days_over, -99999))");
        boolean levelsEqual = floorLevels.equals(levels());

        line("");
        line("| run | wall time | cases/s | findings |");
        line("|---|---|---|---|");
        line(String.format(Locale.ROOT, "| floor (set-based SQL, whole table, one transaction) | %.1f s | %,.0f | %,d |",
                floorSeconds, open / floorSeconds, floor.findings()));
        line(String.format(Locale.ROOT, "| `overdue-evaluation` job (%d partitions, %,d ranges of %,d ids, REST start to COMPLETED) | %.1f s | %,.0f | %,d |",
                progress.getInt("partitions"), progress.getInt("rangesTotal"), OverdueEvaluation.DEFAULT_RANGE_SIZE,
                jobSeconds, open / jobSeconds, jobFindings));
        line("");
        line(String.format(Locale.ROOT, "- ratio job/floor: **%.2f**", jobSeconds / floorSeconds));
        line("- job findings equal the floor's: **" + (missing == 0 && extra == 0 && levelsEqual) + "** (missing " + missing
                + ", extra " + extra + ", case supervision status " + (levelsEqual ? "equal" : "DIFFERENT") + ")");
        line("- findings by level: " + scalarList("SELECT level, COUNT(*) FROM finding GROUP BY level ORDER BY level"));
        line("- the intranet while the job ran: " + during.summary());
        line("- the same before the job: " + before.summary());

        // the supervision office's pages with the findings in place
        line("- supervision workspace first page (supervisor): " + Latency.time("/admin/supervision/index.xhtml", "supervisor", 10));
        line("- findings list API, first page of 20: " + Latency.time("/api/v1/supervision/findings?size=20", "supervisor", 10));
        line("- findings list page: " + Latency.time("/admin/findings/list.xhtml", "supervisor", 10));
        line("- findings list API filtered (level=RED, one department): " + Latency.time(
                "/api/v1/supervision/findings?size=20&level=RED&department=SCJGJ", "supervisor", 10));

        String out = String.join("\n", report) + "\n";
        System.out.println("\n" + out);
        String dir = System.getProperty("benchmark.reports");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "overdue-evaluation.md"), out);
        }
        if (missing != 0 || extra != 0 || !levelsEqual) throw new AssertionError("the job's findings differ from the floor's");
    }

    /** The benchmark starts each run from no findings and no supervision status. */
    private void reset() throws SQLException {
        exec("TRUNCATE TABLE finding");
        exec("UPDATE approval_case SET supervision_level = 0 WHERE supervision_level <> 0");
    }

    private void keepFloor() throws SQLException {
        try {
            exec("DROP TABLE bench_floor");
        } catch (SQLException absent) {
            // first run
        }
        exec("CREATE TABLE bench_floor AS SELECT subject_type, subject_id, rule_code, level, key_date, days_over FROM finding");
        exec("CREATE INDEX ix_bench_floor ON bench_floor (subject_id, rule_code, level, key_date)");
    }

    private List<String> levels() throws SQLException {
        return scalarList("SELECT supervision_level, COUNT(*) FROM approval_case GROUP BY supervision_level"
                + " ORDER BY supervision_level");
    }

    private String database() throws SQLException {
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            if (product.toLowerCase(Locale.ROOT).contains("mysql") || product.toLowerCase(Locale.ROOT).contains("maria")) {
                product += ", innodb_buffer_pool_size " + scalar("SELECT @@innodb_buffer_pool_size") / (1024 * 1024) + " MB";
            }
            return product;
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> scalarList(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1) + "=" + rs.getLong(2));
        }
        return out;
    }

    private void line(String s) {
        report.add(s);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Response times of pages and API calls as a user sees them, per kind of request. */
    static final class Latency {
        private final java.util.Map<String, List<Long>> millis = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        /** What the errors were: "public tracking 429" → count, so a report says which request failed how. */
        private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> errorKinds =
                new java.util.concurrent.ConcurrentSkipListMap<>();

        static Latency sample(int rounds, AtomicBoolean until) {
            Latency l = new Latency();
            for (int i = 0; i < rounds; i++) l.round(i);
            return l;
        }

        void sampleWhile(AtomicBoolean running) {
            for (int i = 0; running.get(); i++) round(i);
        }

        /** What a clerk and the public do meanwhile: read a case (API and page), track it, open the workbench. */
        private void round(int i) {
            String rn = CaseGenerator.PREFIX + String.format("%08d", (i * 7919) % 1_000_000 % Math.max(1,
                    Integer.getInteger("benchmark.cases", 1_000_000)));
            call("case API", "/api/v1/cases/" + rn, "supervisor");
            call("case page", "/admin/cases/case.xhtml?rn=" + rn, "supervisor");
            call("public tracking", "/api/v1/public/cases/" + rn + "?queryCode=BENCH1", null);
            if (i % 5 == 0) call("workbench page", "/admin/cases/queue.xhtml", "clerk");
        }

        private void call(String kind, String path, String user) {
            long t = System.nanoTime();
            Http.Reply r = Http.get(path, user);
            millis.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - t) / 1_000_000);
            if (r.status() >= 400) {
                errors.incrementAndGet();
                errorKinds.computeIfAbsent(kind + " " + r.status(), k -> new java.util.concurrent.atomic.AtomicInteger())
                        .incrementAndGet();
            }
        }

        private String errors() {
            return errors.get() == 0 ? "" : "ERRORS " + errors.get() + " " + errorKinds;
        }

        String summary() {
            List<String> parts = new ArrayList<>();
            millis.forEach((kind, list) -> parts.add(kind + " " + stats(list)));
            return String.join("; ", parts) + (errors.get() == 0 ? "" : "; " + errors());
        }

        private static String stats(List<Long> list) {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            if (sorted.isEmpty()) return "no requests";
            return String.format(Locale.ROOT, "%d× p50 %d ms, p99 %d ms, max %d ms", sorted.size(),
                    sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))),
                    sorted.get(sorted.size() - 1));
        }

        static String time(String path, String user, int times) {
            Latency l = new Latency();
            for (int i = 0; i < times; i++) l.call("", path, user);
            return stats(l.millis.get("")) + (l.errors.get() == 0 ? "" : ", " + l.errors());
        }
    }
}

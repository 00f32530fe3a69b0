package org.yangguang.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.calendar.CalendarService;
import org.yangguang.it.Deployments;
import org.yangguang.it.Http;

/**
 * The intranet under load at a million cases (run by {@code -Pbenchmark}, not by the test command):
 * <ol>
 *   <li>makes sure the database holds N cases ({@link CaseGenerator}) and 3,500 published matters
 *       ({@link MatterGenerator});</li>
 *   <li>16 clients (-Dbenchmark.clients) push cases through their whole life over the REST API: the
 *       upper-level platform files each case with an API key, the clerk accepts it, completes the
 *       steps, the approver decides, the clerk delivers (HTTP Basic, the staff scripts' way). Every
 *       receipt and action counts as a transition; a warm-up first, then the measured period, with
 *       the CPU each process used per transition ({@link CpuMeter});</li>
 *   <li>measures the machine's ceiling with the same clients: requests that change nothing (a
 *       matter from the cache, one case read), so the transitions can be read against them;</li>
 *   <li>times the workbench, the case page and the to-do list as the clerk sees them, the office's
 *       workbench over all departments, and the guide search (API and page);</li>
 *   <li>on MySQL/MariaDB, prints the EXPLAIN plan of each list query and fails when one of them
 *       scans instead of using its index;</li>
 *   <li>prints the report and writes it to {@code intranet-load.md} next to the other reports.</li>
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
class IntranetLoadBenchmark {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(IntranetLoadBenchmark.class, CaseGenerator.class, MatterGenerator.class, CpuMeter.class,
                ListQueryPlans.class, Http.class);
    }

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @Inject
    CalendarService calendars;

    private final List<String> report = new ArrayList<>();

    @Test
    void intranetUnderLoad() throws Exception {
        int n = Integer.getInteger("benchmark.cases", 1_000_000);
        int clients = Integer.getInteger("benchmark.clients", 16);
        int seconds = Integer.getInteger("benchmark.seconds", 60);
        line("# Benchmark: the intranet under load");
        line("");
        line("- database: " + database() + "; cores: " + Runtime.getRuntime().availableProcessors());
        CaseGenerator cases = new CaseGenerator(ds, calendars.current(), LocalDate.now(CaseGenerator.ZONE));
        long present = cases.existing();
        if (present < n) cases.generate(present, (int) (n - present), !Boolean.getBoolean("benchmark.noMaterials"));
        int added = new MatterGenerator(ds).fillUpTo(Integer.getInteger("benchmark.matters", 3_500));
        line(String.format(Locale.ROOT, "- cases: %,d (%,d open); published matters: %,d%s", scalar("SELECT COUNT(*) FROM approval_case"),
                scalar("SELECT COUNT(*) FROM approval_case WHERE status NOT IN ('DELIVERED','REFUSED')"),
                new MatterGenerator(ds).published(), added == 0 ? "" : " (" + added + " copied now)"));

        String apiKey = issueApiKey();
        List<String> matters = promisedMattersOf("SCJGJ");

        // warm-up until steady, then the measured period
        String warmup = warmUp(clients, apiKey, matters);
        Load measured = load(clients, seconds, apiKey, matters);
        line("");
        line("## Case transitions through the REST API (" + clients + " clients, " + seconds + " s)");
        line("");
        line("- " + warmup);
        line(String.format(Locale.ROOT, "- **%,.0f transitions/s** (%,d in %.1f s), %d cases filed, %d delivered, errors %d",
                measured.transitions() / measured.seconds, measured.transitions(), measured.seconds,
                measured.filed.get(), measured.delivered.get(), measured.errors.get()));
        line("- all transitions: " + Stats.of(measured.all()));
        measured.latency.forEach((kind, list) -> line("- " + kind + ": " + Stats.of(list)));
        if (measured.cpu != null) line("- " + measured.cpu);
        measured.firstErrors.stream().limit(5).forEach(e -> line("  - error: " + e));

        // What any request costs here: the throughput target reads against these
        List<String> own = receiptNumbersOf("SCJGJ", 200);
        int ceilingSeconds = Integer.getInteger("benchmark.ceilingSeconds", 20);
        line("");
        line("## The machine's ceiling: requests that change nothing (" + clients + " clients, " + ceilingSeconds + " s each)");
        line("");
        String matter = matters.get(0);
        ceiling("GET of a published matter, anonymous, from the second-level cache (no database)", clients, ceilingSeconds,
                i -> Http.get("/api/v1/matters/" + matter, null));
        ceiling("GET of one case, clerk with HTTP Basic (one read-only transaction)", clients, ceilingSeconds,
                i -> Http.get("/api/v1/cases/" + own.get(i % own.size()), "clerk"));

        line("");
        line("## Pages and lists (one user at a time, with the load stopped)");
        line("");
        int rounds = Integer.getInteger("benchmark.samples", 100);
        line("- workbench page (clerk, own department): " + time(rounds, i -> Http.get("/admin/cases/queue.xhtml", "clerk")));
        line("- workbench page (office, all departments): " + time(rounds, i -> Http.get("/admin/cases/queue.xhtml", "office")));
        line("- case page (clerk): " + time(rounds, i -> Http.get("/admin/cases/case.xhtml?rn=" + own.get(i % own.size()), "clerk")));
        line("- case API (clerk): " + time(rounds, i -> Http.get("/api/v1/cases/" + own.get(i % own.size()), "clerk")));
        line("- to-do page (clerk): " + time(rounds, i -> Http.get("/admin/cases/todo.xhtml", "clerk")));
        line("- to-do page (approver): " + time(rounds, i -> Http.get("/admin/cases/todo.xhtml", "approver")));
        List<String> words = List.of("许可", "食品", "登记", "备案", "证明", "变更", "营业", "注销", "药品", "道路");
        line("- guide search API (" + new MatterGenerator(ds).published() + " matters): " + time(rounds * 2, i ->
                Http.get("/api/v1/matters?q=" + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8)
                        + "&page=" + (1 + i % 3) + "&size=20", null)));
        line("- guide search page: " + time(rounds, i -> Http.get("/guide/index.xhtml?q="
                + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8), null)));

        List<String> plans = ListQueryPlans.explainAll(ds);
        if (!plans.isEmpty()) {
            line("");
            line("## Query plans of the list queries (EXPLAIN, MySQL/MariaDB)");
            line("");
            report.addAll(plans);
        }

        String out = String.join("\n", report) + "\n";
        System.out.println("\n" + out);
        String dir = System.getProperty("benchmark.reports");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "intranet-load.md"), out);
        }
        if (measured.errors.get() > 0) throw new AssertionError("transitions failed: " + measured.firstErrors);
        if (plans.stream().anyMatch(p -> p.contains("**SCAN**"))) throw new AssertionError("a list query scans: " + plans);
    }

    /** The measured run of the clients. */
    static final class Load {
        final ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> latency = new ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger filed = new AtomicInteger();
        final AtomicInteger delivered = new AtomicInteger();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        /** CPU time of the load clients' threads (they run in the server's JVM). */
        final java.util.concurrent.atomic.AtomicLong clientCpuNanos = new java.util.concurrent.atomic.AtomicLong();
        double seconds;
        String cpu;

        long transitions() {
            return latency.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        }

        List<Long> all() {
            List<Long> out = new ArrayList<>();
            latency.values().forEach(out::addAll);
            return out;
        }

        /** One call; the JSON of the case on success, null (an error counted) otherwise. */
        JsonObject call(String kind, java.util.function.Supplier<Http.Reply> request, int expected) {
            long t = System.nanoTime();
            Http.Reply r = request.get();
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (r.status() != expected) {
                errors.incrementAndGet();
                if (firstErrors.size() < 20) firstErrors.add(kind + " " + r.status() + " " + r.body());
                return null;
            }
            latency.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(ms);
            return r.json();
        }
    }

    /**
     * Runs the load in windows of 30 s for at least five minutes and then until one is within 3 % of
     * the one before (at most {@code benchmark.warmup} seconds). On two cores the JIT is not done
     * after a minute or two: C2 spent 9 minutes compiling in a server's first 12; after a fixed 60 s
     * warm-up the same code measured 80 transitions/s, after five minutes 127, and a warm-up that
     * stopped at the first two windows 5 % apart (after two minutes) was followed by a faster
     * measured minute.
     */
    private String warmUp(int clients, String apiKey, List<String> matters) throws InterruptedException {
        int window = 30;
        int max = Integer.getInteger("benchmark.warmup", 600);
        List<String> rates = new ArrayList<>();
        double previous = 0;
        for (int elapsed = 0; elapsed < max; elapsed += window) {
            Load l = load(clients, window, apiKey, matters);
            double rate = l.transitions() / l.seconds;
            rates.add(String.format(Locale.ROOT, "%.0f", rate));
            if (elapsed + window >= 300 && previous > 0 && Math.abs(rate - previous) <= 0.03 * previous) {
                return "warm-up until steady, " + window + " s windows: " + String.join(", ", rates) + " transitions/s";
            }
            previous = rate;
        }
        return "warm-up NOT steady after " + max + " s, " + window + " s windows: " + String.join(", ", rates) + " transitions/s";
    }

    private Load load(int clients, int seconds, String apiKey, List<String> matters) throws InterruptedException {
        return run(clients, seconds, (load, client, i) -> lifecycle(load, apiKey, matters.get((client + i * clients) % matters.size())));
    }

    /** What one client does in its i-th round. */
    private interface Round {
        void run(Load load, int client, int i);
    }

    /** The clients run their rounds for the given seconds; CPU is measured over the same period. */
    private static Load run(int clients, int seconds, Round round) throws InterruptedException {
        Load load = new Load();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int t = 0; t < clients; t++) {
            int client = t;
            threads.add(new Thread(() -> {
                for (int i = 0; running.get(); i++) round.run(load, client, i);
                load.clientCpuNanos.addAndGet(Math.max(0, cpu.getCurrentThreadCpuTime()));
            }, "load-client-" + t));
        }
        CpuMeter meter = CpuMeter.available() ? CpuMeter.start() : null;
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) t.join();
        load.seconds = (System.nanoTime() - t0) / 1e9;
        if (meter != null) load.cpu = meter.perOperation(Math.max(1, load.transitions()), load.clientCpuNanos.get());
        return load;
    }

    private void ceiling(String what, int clients, int seconds, java.util.function.IntFunction<Http.Reply> request)
            throws InterruptedException {
        run(clients, 5, (load, client, i) -> load.call(what, () -> request.apply(client + i * clients), 200)); // warm
        Load l = run(clients, seconds, (load, client, i) -> load.call(what, () -> request.apply(client + i * clients), 200));
        line(String.format(Locale.ROOT, "- %s: **%,.0f requests/s**, %s%s", what, l.transitions() / l.seconds, Stats.of(l.all()),
                l.errors.get() == 0 ? "" : ", ERRORS " + l.errors.get()));
        if (l.cpu != null) line("  - " + l.cpu);
    }

    /** One case from receipt to delivery, as far as it gets before the first error. */
    private static void lifecycle(Load load, String apiKey, String matter) {
        JsonObjectBuilder receipt = Json.createObjectBuilder().add("implementationCode", matter)
                .add("applicant", Json.createObjectBuilder().add("name", "压测申请人有限公司").add("idNumber", "91330399MA2LOAD01X")
                        .add("phone", "0577-61234567"))
                .add("receivedMaterials", materialsOf(matter)).add("comment", "上级平台推送");
        JsonObject c = load.call("receipt (API key)", () -> Http.postWith("/api/v1/cases", "Bearer " + apiKey,
                receipt.build().toString()), 201);
        if (c == null) return;
        load.filed.incrementAndGet();
        c = act(load, "clerk", c, "accept", Json.createObjectBuilder());
        while (c != null && c.getJsonArray("steps").stream().filter(s -> !s.asJsonObject().containsKey("completedOn")
                || s.asJsonObject().isNull("completedOn")).count() > 1) {
            c = act(load, "clerk", c, "complete-step", Json.createObjectBuilder().add("comment", "审查通过"));
        }
        if (c == null) return;
        c = act(load, "approver", c, "decide", Json.createObjectBuilder().add("decision", "APPROVED"));
        if (c == null) return;
        c = act(load, "clerk", c, "deliver", Json.createObjectBuilder().add("deliveryMethod", "WINDOW_PICKUP"));
        if (c != null) load.delivered.incrementAndGet();
    }

    private static JsonObject act(Load load, String user, JsonObject c, String action, JsonObjectBuilder body) {
        String json = body.add("version", c.getInt("version")).build().toString();
        return load.call("action " + action + " (Basic)", () -> Http.post("/api/v1/cases/" + c.getString("receiptNumber")
                + "/actions/" + action, user, json), 200);
    }

    private static final ConcurrentHashMap<String, jakarta.json.JsonArray> MATERIALS = new ConcurrentHashMap<>();

    private static jakarta.json.JsonArray materialsOf(String matter) {
        return MATERIALS.computeIfAbsent(matter, code -> {
            var names = Json.createArrayBuilder();
            Http.get("/api/v1/matters/" + code, null).json().getJsonArray("materials")
                    .forEach(m -> names.add(m.asJsonObject().getString("name")));
            return names.build();
        });
    }

    /** The department's published matters with a promised limit, as the upper platform files them. */
    private static List<String> promisedMattersOf(String department) {
        List<String> out = new ArrayList<>();
        for (int page = 1; out.size() < 40 && page < 20; page++) {
            JsonObject p = Http.get("/api/v1/matters?department=" + department + "&size=100&page=" + page, null).json();
            if (p.getJsonArray("items").isEmpty()) break;
            for (JsonValue v : p.getJsonArray("items")) {
                JsonObject m = v.asJsonObject();
                // handling items: a main item with handling items under it takes no cases of its own
                if ("PROMISED".equals(m.getString("handlingKind")) && "HANDLING".equals(m.getString("level", "")))
                    out.add(m.getString("implementationCode"));
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no PROMISED matter in " + department);
        return out;
    }

    private static String issueApiKey() {
        Http.Reply r = Http.post("/api/v1/api-keys", "office", "{\"username\":\"api\",\"name\":\"压测 " + System.nanoTime() + "\"}");
        if (r.status() != 201) throw new AssertionError(r.status() + " " + r.body());
        return r.json().getString("token");
    }

    private List<String> receiptNumbersOf(String department, int max) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT c.receipt_number FROM"
                + " approval_case c JOIN department d ON d.id = c.department_id WHERE d.code = ? AND c.receipt_number LIKE 'BENCH-%'"
                + " ORDER BY c.id")) {
            ps.setString(1, department);
            ps.setMaxRows(max * 50);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) if (i % 50 == 0) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String time(int rounds, java.util.function.IntFunction<Http.Reply> request) {
        List<Long> millis = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < 3; i++) request.apply(i); // warm
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            Http.Reply r = request.apply(i);
            millis.add((System.nanoTime() - t) / 1_000_000);
            if (r.status() >= 400) errors++;
        }
        return Stats.of(millis) + (errors == 0 ? "" : ", ERRORS " + errors);
    }

    /** Percentiles of response times. */
    static final class Stats {
        static String of(java.util.Collection<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) return "no requests";
            return String.format(Locale.ROOT, "%,d× p50 %d ms, p95 %d ms, **p99 %d ms**, max %d ms", sorted.size(),
                    at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
        }

        private static long at(List<Long> sorted, double q) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * q) - 1));
        }
    }

    private String database() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void line(String s) {
        report.add(s);
    }
}

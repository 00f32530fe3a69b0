package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;
import static org.yangguang.it.Http.put;
import static org.yangguang.it.Supervision.FOOD_CANCEL_IMMEDIATE;
import static org.yangguang.it.Supervision.FOOD_NEW;
import static org.yangguang.it.Supervision.event;
import static org.yangguang.it.Supervision.line;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.calendar.WorkingCalendar;

/**
 * The nightly {@code overdue-evaluation} job on the real server: on a seeded dataset it issues
 * exactly the findings the rules define (held to the Java evaluator, case by case), a re-run issues
 * none, a restart after a failure injected mid-step completes with no duplicate and nothing missing,
 * a second start for the same date is refused, and the scheduler starts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionJobIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Seven cases with histories that each meet a different rule on the evaluation date. */
    static List<String> seed(String prefix, LocalDate asOf) {
        WorkingCalendar cal = Supervision.calendar();
        LocalDate twoBefore = Supervision.workingDaysBefore(cal, asOf, 2);
        List<String> lines = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String late = prefix + "-LATE";
        lines.add(line(late, FOOD_NEW, event("RECEIVE", asOf.minusDays(40), null), event("ACCEPT", asOf.minusDays(40), null)));
        String fresh = prefix + "-FRESH";
        lines.add(line(fresh, FOOD_NEW, event("RECEIVE", asOf.minusDays(1), null), event("ACCEPT", asOf.minusDays(1), null)));
        String stopped = prefix + "-STOP";
        lines.add(line(stopped, FOOD_NEW, event("RECEIVE", asOf.minusDays(20), null), event("ACCEPT", asOf.minusDays(20), null),
                event("START_SPECIAL_PROCEDURE", asOf.minusDays(19), "\"procedureType\":\"INSPECTION\",\"reason\":\"现场检验\",\"days\":5")));
        String immediate = prefix + "-IMM";
        lines.add(line(immediate, FOOD_CANCEL_IMMEDIATE, event("RECEIVE", asOf.minusDays(3), null),
                event("ACCEPT", asOf.minusDays(3), null)));
        String extended = prefix + "-EXT";
        lines.add(line(extended, FOOD_NEW, event("RECEIVE", asOf.minusDays(10), null), event("ACCEPT", asOf.minusDays(10), null),
                event("EXTEND", asOf.minusDays(9), "\"days\":5,\"reason\":\"情况复杂\",\"approver\":\"approver\"")));
        String step = prefix + "-STEP";
        lines.add(line(step, FOOD_NEW, event("RECEIVE", twoBefore, null), event("ACCEPT", twoBefore, null)));
        String decided = prefix + "-DEC";
        lines.add(line(decided, FOOD_NEW, event("RECEIVE", asOf.minusDays(30), null), event("ACCEPT", asOf.minusDays(30), null),
                event("COMPLETE_STEP", asOf.minusDays(29), null), event("COMPLETE_STEP", asOf.minusDays(28), null),
                event("DECIDE", asOf.minusDays(27), "\"decision\":\"APPROVED\"")));
        Supervision.importCases(lines);
        for (String l : lines) numbers.add(l.substring(l.indexOf(":\"") + 2, l.indexOf("\",")));
        return numbers;
    }

    @Test
    void theJobIssuesExactlyTheRulesFindingsAndARerunIssuesNone() throws Exception {
        LocalDate asOf = Supervision.today().minusDays(7);
        List<String> cases = seed("SUP-A" + System.currentTimeMillis() % 100_000, asOf);

        JsonObject started = Supervision.start("supervisor", Supervision.body(asOf, "\"rangeSize\":100"));
        JsonObject done = Supervision.await(started.getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        JsonObject progress = done.getJsonObject("progress");
        assertEquals(progress.getInt("rangesTotal"), progress.getInt("rangesDone"));
        assertEquals(progress.getInt("partitions"), progress.getInt("partitionsDone"));
        assertTrue(progress.getInt("casesEvaluated") >= cases.size());

        for (String rn : cases) {
            assertEquals(Supervision.expected(rn, asOf), Supervision.issued(rn, asOf), rn);
        }
        // the rules the seeds were written for, by name
        Supervision.assertContains(Supervision.issued(cases.get(0), asOf), "STATUTORY_OVERDUE/RED/");
        Supervision.assertContains(Supervision.issued(cases.get(0), asOf), "PROMISED_OVERDUE/YELLOW/");
        Supervision.assertContains(Supervision.issued(cases.get(2), asOf), "SPECIAL_PROCEDURE_OVERRUN/YELLOW/"
                + asOf.minusDays(14) + "/14");
        Supervision.assertContains(Supervision.issued(cases.get(3), asOf), "IMMEDIATE_NOT_SAME_DAY/YELLOW/" + asOf.minusDays(3));
        Supervision.assertContains(Supervision.issued(cases.get(5), asOf), "STEP_OVERDUE/YELLOW/");
        Supervision.assertContains(Supervision.issued(cases.get(5), asOf), "PROMISED_DUE_SOON/WARNING/");
        Supervision.assertContains(Supervision.issued(cases.get(6), asOf), "DELIVERY_OVERDUE/YELLOW/");

        // each finding explains itself and the case shows its supervision status
        JsonObject statutory = Supervision.findings(cases.get(0)).stream()
                .filter(f -> f.getString("rule").equals("STATUTORY_OVERDUE")).findFirst().orElseThrow();
        assertTrue(statutory.getString("explanation").startsWith("法定办结期限 "), statutory.toString());
        assertEquals("OPEN", statutory.getString("status"));
        assertEquals(1, statutory.getInt("ruleVersion"));

        // a re-run for the same date issues nothing new
        JsonObject again = Supervision.start("supervisor", Supervision.body(asOf, "\"rangeSize\":100"));
        assertEquals("COMPLETED", Supervision.await(again.getJsonNumber("executionId").longValue()).getString("status"));
        assertEquals(0, Supervision.run(again.getJsonNumber("runId").longValue()).getInt("findingsIssued"));
        for (String rn : cases) assertEquals(Supervision.expected(rn, asOf), Supervision.issued(rn, asOf), rn);
    }

    @Test
    void aRestartAfterAFailureMidStepCompletesWithoutDuplicates() throws Exception {
        LocalDate asOf = Supervision.today().minusDays(14);
        List<String> cases = seed("SUP-R" + System.currentTimeMillis() % 100_000, asOf);

        JsonObject started = Supervision.start("supervisor", Supervision.body(asOf, "\"rangeSize\":100,\"failAtRange\":2"));
        long first = started.getJsonNumber("executionId").longValue();
        JsonObject failed = Supervision.await(first);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        JsonObject partial = failed.getJsonObject("progress");
        assertTrue(partial.getInt("rangesDone") < partial.getInt("rangesTotal"), partial.toString());

        assertEquals(403, post("/api/v1/jobs/executions/" + first + "/restart", "clerk", "").status(),
                "a clerk may not restart it");
        Http.Reply restarted = post("/api/v1/jobs/executions/" + first + "/restart", "supervisor", "");
        assertEquals(202, restarted.status(), restarted.body());
        long second = restarted.json().getJsonNumber("executionId").longValue();
        JsonObject done = Supervision.await(second);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        JsonObject progress = done.getJsonObject("progress");
        assertEquals(progress.getInt("rangesTotal"), progress.getInt("rangesDone"), "each range counted once");

        for (String rn : cases) {
            List<JsonObject> all = Supervision.findings(rn);
            Set<String> keys = new HashSet<>();
            for (JsonObject f : all) {
                assertTrue(keys.add(f.getString("rule") + f.getString("level") + f.getString("deadline")), "duplicate " + f);
            }
            assertEquals(Supervision.expected(rn, asOf), Supervision.issued(rn, asOf), rn);
        }
        assertEquals(409, post("/api/v1/jobs/executions/" + second + "/restart", "supervisor", "").status(),
                "a completed run is not restarted");
    }

    @Test
    void aSecondStartForTheSameDateIsRefusedWhileTheFirstRuns() throws Exception {
        LocalDate asOf = Supervision.today().minusDays(21);
        JsonObject started = Supervision.start("office", Supervision.body(asOf, "\"rangeSize\":100,\"delayPerRange\":1500"));
        Http.Reply second = post("/api/v1/jobs/overdue-evaluation", "supervisor", Supervision.body(asOf, null));
        assertEquals(409, second.status(), second.body());
        assertTrue(second.isProblem());
        JsonObject other = Supervision.start("supervisor", Supervision.body(asOf.minusDays(1), "\"rangeSize\":100"));
        assertEquals("COMPLETED", Supervision.await(other.getJsonNumber("executionId").longValue()).getString("status"),
                "another date runs alongside");
        assertEquals("COMPLETED", Supervision.await(started.getJsonNumber("executionId").longValue()).getString("status"));
    }

    @Test
    void badStartsAreRefusedWithProblems() {
        assertEquals(403, post("/api/v1/jobs/overdue-evaluation", "clerk", "{}").status());
        assertEquals(401, post("/api/v1/jobs/overdue-evaluation", null, "{}").status());
        Http.Reply future = post("/api/v1/jobs/overdue-evaluation", "supervisor",
                Supervision.body(Supervision.today().plusDays(1), null));
        assertEquals(400, future.status(), future.body());
        assertTrue(future.body().contains("asOf"), future.body());
        assertEquals(400, post("/api/v1/jobs/overdue-evaluation", "supervisor", "{\"asOf\":\"2026-13-40\"}").status());
        assertEquals(400, post("/api/v1/jobs/overdue-evaluation", "supervisor", "{\"partitions\":99}").status());
        assertEquals(404, get("/api/v1/jobs/executions/987654321", "supervisor").status());
    }

    @Test
    void theSchedulerStartsTheNightsRunAtTheSetTime() throws Exception {
        LocalDate today = Supervision.today();
        JsonObject settings = get("/api/v1/supervision/settings", "supervisor").json();
        if (!scheduledRunOf(today)) {
            String at = LocalTime.now(Supervision.ZONE).plusSeconds(3).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            Http.Reply set = put("/api/v1/supervision/settings", "supervisor", with(settings, at));
            assertEquals(200, set.status(), set.body());
            try {
                for (int i = 0; i < 120 && !scheduledRunOf(today); i++) Thread.sleep(500);
            } finally {
                JsonObject now = get("/api/v1/supervision/settings", "supervisor").json();
                assertEquals(200, put("/api/v1/supervision/settings", "supervisor",
                        with(now, settings.getString("evaluationTime"))).status());
            }
        }
        assertTrue(scheduledRunOf(today), "the scheduler started the evaluation of " + today);
        assertEquals(403, put("/api/v1/supervision/settings", "clerk", with(settings, "02:00")).status());
        Http.Reply bad = put("/api/v1/supervision/settings", "supervisor", with(settings, "25:99"));
        assertEquals(400, bad.status(), bad.body());
    }

    private static boolean scheduledRunOf(LocalDate day) {
        for (JsonValue v : get("/api/v1/jobs/overdue-evaluation/runs?max=200", "supervisor").jsonArray()) {
            JsonObject r = v.asJsonObject();
            if (r.getString("asOf").equals(day.toString()) && r.getString("startedHow").equals("SCHEDULED")) return true;
        }
        return false;
    }

    private static String with(JsonObject settings, String time) {
        var b = jakarta.json.Json.createObjectBuilder(settings);
        b.add("evaluationTime", time);
        return b.build().toString();
    }
}

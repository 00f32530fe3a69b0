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
        JsonObject started = Supervision.start("office", Supervision.body(asOf, "\"rangeSize\":1000,\"delayPerRange\":1500"));
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

    // ------------------------------------------------------------------ the disclosure step

    /**
     * The disclosure step on today's date: an open request past its reply deadline (red card), one due
     * today or on the next working day (warning), one replied late (red card keyed by the deadline it
     * broke), a correction notice after 7 working days (yellow card), one in time (nothing); each held
     * to the Java evaluator on the server's calendar and rules, shown with its subject, page and
     * derivation; a re-run for the same date issues none.
     */
    @Test
    void theDisclosureStepJudgesRequestsOnceAndExplainsThem() throws Exception {
        LocalDate today = Supervision.today();
        WorkingCalendar cal = Supervision.calendar();
        String overdue = enterRequest(today.minusDays(60));
        String soon = enterRequest(Supervision.workingDaysBefore(cal, today, 20));
        String repliedLate = enterRequest(today.minusDays(60));
        String correctionLate = enterRequest(today.minusDays(30));
        String inTime = enterRequest(today);
        requestAction(repliedLate, "reply", jakarta.json.Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("text", "见附件").add("delivery", "PICK_UP"));
        requestAction(correctionLate, "correction-notice", jakarta.json.Json.createObjectBuilder()
                .add("content", "请写明所需信息的年度和文号"));

        JsonObject done = evaluateWhenFree(today);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        JsonObject step = done.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("step").equals("disclosure")).findFirst().orElseThrow(() -> new AssertionError(done));
        assertEquals("COMPLETED", step.getString("status"), step.toString());
        assertTrue(step.getString("exitStatus").startsWith("DISCLOSURE_FINDINGS "), step.toString());

        for (String n : List.of(overdue, soon, repliedLate, correctionLate, inTime)) {
            assertEquals(expectedDisclosure(n, today, cal), Supervision.issued(n, today), n);
        }
        String overdueDue = request(overdue).getString("replyDue");
        assertEquals(Set.of("REQUEST_OVERDUE/RED/" + overdueDue + "/"
                + new org.yangguang.supervision.EvaluationDay(today, cal).workingDays(LocalDate.parse(overdueDue))),
                Supervision.issued(overdue, today));
        Supervision.assertContains(Supervision.issued(soon, today), "REQUEST_DUE_SOON/WARNING/");
        Supervision.assertContains(Supervision.issued(repliedLate, today), "REQUEST_OVERDUE/RED/"
                + request(repliedLate).getString("replyDue") + "/");
        Supervision.assertContains(Supervision.issued(correctionLate, today), "REQUEST_CORRECTION_LATE/YELLOW/"
                + request(correctionLate).getJsonObject("limits").getJsonObject("correctionNotice").getString("date") + "/");
        assertEquals(Set.of(), Supervision.issued(inTime, today));

        // shown as a request's finding: its page, its number, and how it was derived
        JsonObject red = Supervision.findings(overdue).get(0);
        assertEquals("REQUEST", red.getString("subject"), red.toString());
        assertEquals("/admin/disclosure/request.xhtml?number=" + overdue, red.getString("link"));
        assertEquals(overdue, red.getString("receiptNumber"));
        assertEquals("OPEN", red.getString("status"), "a red card awaits the department's answer");
        assertTrue(red.getString("explanation").startsWith("答复期限 " + overdueDue + "（收到申请 " + today.minusDays(60)
                + " 起 20 个工作日）"), red.getString("explanation"));
        assertTrue(Supervision.findings(repliedLate).get(0).getString("explanation").contains("于 " + today + " 答复"));
        assertEquals("NOTIFIED", Supervision.findings(soon).get(0).getString("status"), "a warning only informs");
        JsonObject card = get("/api/v1/supervision/findings/" + red.getJsonNumber("id").longValue(), "supervisor").json();
        assertEquals(overdue, card.getJsonObject("finding").getString("receiptNumber"));

        // the rules are listed with their names
        Set<String> codes = new HashSet<>();
        get("/api/v1/supervision/rules", "supervisor").jsonArray().forEach(v -> codes.add(v.asJsonObject().getString("code")));
        assertTrue(codes.containsAll(List.of("REQUEST_DUE_SOON", "REQUEST_OVERDUE", "REQUEST_CORRECTION_LATE",
                "ITEM_PUBLISH_OVERDUE", "REPORT_NOT_PUBLISHED")), codes.toString());

        // a re-run for the same date issues nothing new
        JsonObject again = evaluateWhenFree(today);
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        assertEquals(0, Supervision.run(again.getJsonObject("progress").getJsonNumber("runId").longValue())
                .getInt("findingsIssued"));
        for (String n : List.of(overdue, soon, repliedLate, correctionLate)) {
            assertEquals(1, Supervision.findings(n).size(), n + ": issued once");
        }
    }

    /** A disclosure request entered by the editor as handed in at the window on {@code receivedOn}. */
    private static String enterRequest(LocalDate receivedOn) {
        Http.Reply r = post("/api/v1/disclosure/requests", "editor", DisclosureRequestIT.application()
                .add("channel", "IN_PERSON").add("submittedOn", receivedOn.toString()).build().toString());
        assertEquals(201, r.status(), r.body());
        assertEquals(receivedOn.toString(), r.json().getString("receivedOn"));
        return r.json().getString("number");
    }

    private static JsonObject request(String number) {
        return get("/api/v1/disclosure/requests/" + number, "editor").json();
    }

    private static void requestAction(String number, String action, jakarta.json.JsonObjectBuilder body) {
        Http.Reply r = post("/api/v1/disclosure/requests/" + number + "/" + action, "editor",
                body.add("version", request(number).getInt("version")).build().toString());
        assertEquals(200, r.status(), action + ": " + r.body());
    }

    /** Starts the evaluation of a date and waits for it; while another run holds the date (today's scheduled one), waits. */
    private static JsonObject evaluateWhenFree(LocalDate asOf) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Http.Reply r = post("/api/v1/jobs/overdue-evaluation", "supervisor", Supervision.body(asOf, "\"rangeSize\":1000"));
            if (r.status() == 202) return Supervision.await(r.json().getJsonNumber("executionId").longValue());
            assertEquals(409, r.status(), r.body());
            Thread.sleep(500);
        }
        throw new AssertionError("the evaluation of " + asOf + " stayed busy");
    }

    /** "RULE/LEVEL/deadline/daysOver" the Java evaluator expects of a request, from the request as the API shows it. */
    private static Set<String> expectedDisclosure(String number, LocalDate asOf, WorkingCalendar cal) {
        JsonObject r = request(number);
        List<org.yangguang.disclosure.ThirdPartyConsultation> asked = new ArrayList<>();
        r.getJsonArray("consultations").forEach(v -> asked.add(new org.yangguang.disclosure.ThirdPartyConsultation(
                v.asJsonObject().getString("party"), Supervision.date(v.asJsonObject(), "askedOn"),
                Supervision.date(v.asJsonObject(), "answeredOn"))));
        JsonObject fee = Supervision.has(r, "fee") ? r.getJsonObject("fee") : null;
        var facts = new org.yangguang.supervision.DisclosureEvaluator.RequestFacts(0, number, 0,
                org.yangguang.disclosure.RequestStatus.valueOf(r.getString("status")), Supervision.date(r, "receivedOn"),
                Supervision.date(r.getJsonObject("limits").getJsonObject("correctionNotice"), "date"),
                Supervision.date(r, "correctionIssuedOn"), Supervision.date(r, "correctedOn"), Supervision.date(r, "replyDue"),
                Supervision.date(r, "repliedOn"), Supervision.has(r, "extensionDays") ? r.getInt("extensionDays") : null, asked,
                fee == null ? null : Supervision.date(fee, "issuedOn"), fee == null ? null : Supervision.date(fee, "paidOn"),
                null);
        Set<String> out = new java.util.TreeSet<>();
        for (var d : org.yangguang.supervision.DisclosureEvaluator.request(facts, Supervision.rules(),
                new org.yangguang.supervision.EvaluationDay(asOf, cal))) {
            out.add(d.rule().code() + "/" + d.rule().level() + "/" + d.keyDate() + "/" + d.daysOver());
        }
        return out;
    }
}

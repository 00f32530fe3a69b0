package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yangguang.approval.CaseStatus;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.DayKind;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.supervision.CaseEvaluator;
import org.yangguang.supervision.CaseFacts;
import org.yangguang.supervision.EvaluationDay;
import org.yangguang.supervision.RuleRef;
import org.yangguang.supervision.RuleTrigger;
import org.yangguang.supervision.SupervisionLevel;

/**
 * What the supervision integration tests share: cases seeded with real histories (legacy import),
 * starting the evaluation and waiting for it, and the findings the Java evaluator expects of a case
 * as the API shows it, on the server's own calendar and rules.
 */
final class Supervision {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String FOOD_NEW = "11330399001000010101000001";
    static final String FOOD_CANCEL_IMMEDIATE = "11330399001000010101000004";

    private Supervision() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** One JSON line of the legacy import: a case and its dated events. */
    static String line(String receiptNumber, String matter, String... events) {
        return "{\"receiptNumber\":\"" + receiptNumber + "\",\"implementationCode\":\"" + matter + "\","
                + "\"applicant\":{\"name\":\"监察测试申请人\",\"idNumber\":\"330399199001011234\",\"phone\":\"13900000000\"},"
                + "\"events\":[" + String.join(",", events) + "]}";
    }

    static String event(String type, LocalDate on, String extra) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + on + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    static void importCases(List<String> lines) {
        Http.Reply r = Http.postBytes("/api/v1/cases/import", "office", "application/x-ndjson",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        JsonObject done = LegacyImportIT.finished(r);
        assertEquals(lines.size(), done.getInt("imported"), done.toString());
    }

    static JsonObject start(String user, String body) {
        Http.Reply r = post("/api/v1/jobs/overdue-evaluation", user, body);
        assertEquals(202, r.status(), r.body());
        return r.json();
    }

    /** Waits until the execution ends; returns its final view. */
    static JsonObject await(long executionId) throws InterruptedException {
        JsonObject e = null;
        for (int i = 0; i < 240; i++) {
            e = get("/api/v1/jobs/executions/" + executionId, "supervisor").json();
            String s = e.getString("status");
            if (s.equals("COMPLETED") || s.equals("FAILED") || s.equals("STOPPED")) return e;
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " did not end: " + e);
    }

    static JsonObject run(long runId) {
        for (JsonValue v : get("/api/v1/jobs/overdue-evaluation/runs?max=200", "supervisor").jsonArray()) {
            if (v.asJsonObject().getJsonNumber("id").longValue() == runId) return v.asJsonObject();
        }
        throw new AssertionError("no run " + runId);
    }

    /** The findings of a case (all of them: the list filters by receipt number). */
    static List<JsonObject> findings(String receiptNumber) {
        List<JsonObject> out = new ArrayList<>();
        JsonObject page = get("/api/v1/supervision/findings?size=200&receiptNumber=" + Http.enc(receiptNumber),
                "supervisor").json();
        page.getJsonArray("items").forEach(v -> out.add(v.asJsonObject()));
        return out;
    }

    /** "RULE/LEVEL/deadline/daysOver" of the findings of a case evaluated on that date. */
    static Set<String> issued(String receiptNumber, LocalDate asOf) {
        Set<String> out = new TreeSet<>();
        for (JsonObject f : findings(receiptNumber)) {
            if (!f.getString("asOf").equals(asOf.toString())) continue;
            out.add(f.getString("rule") + "/" + f.getString("level") + "/" + f.getString("deadline") + "/"
                    + (f.isNull("daysOver") || !f.containsKey("daysOver") ? "-" : f.getInt("daysOver")));
        }
        return out;
    }

    /** The same, as the Java evaluator judges the case on the server's calendar and rules in force. */
    static Set<String> expected(String receiptNumber, LocalDate asOf) {
        JsonObject c = get("/api/v1/cases/" + receiptNumber, "supervisor").json();
        Set<String> out = new TreeSet<>();
        for (CaseEvaluator.Draft d : CaseEvaluator.evaluate(facts(c), rules(), new EvaluationDay(asOf, calendar()))) {
            out.add(d.rule().code() + "/" + d.rule().level() + "/" + d.keyDate() + "/" + d.daysOver());
        }
        return out;
    }

    static CaseFacts facts(JsonObject c) {
        JsonObject deadlines = c.getJsonObject("deadlines");
        String stepName = null;
        LocalDate stepDeadline = null;
        for (JsonValue v : c.getJsonArray("steps")) {
            JsonObject s = v.asJsonObject();
            if (has(s, "startedOn") && !has(s, "completedOn")) {
                stepName = s.getString("name");
                stepDeadline = date(s, "deadline");
            }
        }
        String stopType = null;
        LocalDate stopStarted = null;
        LocalDate stopEnd = null;
        for (JsonValue v : c.getJsonArray("specialProcedures")) {
            JsonObject s = v.asJsonObject();
            if (!has(s, "endedOn")) {
                stopType = s.getString("type");
                stopStarted = date(s, "startedOn");
                stopEnd = stopStarted.plusDays(s.getInt("expectedDays"));
            }
        }
        return new CaseFacts(0, CaseStatus.valueOf(c.getString("status")), HandlingKind.valueOf(c.getString("handlingKind")),
                date(c, "acceptedOn"), date(deadlines, "promised"), date(deadlines, "statutory"), stepName, stepDeadline,
                stopType, stopStarted, stopEnd, date(c, "decidedOn"), date(deadlines, "delivery"));
    }

    static List<RuleRef> rules() {
        List<RuleRef> out = new ArrayList<>();
        for (JsonValue v : get("/api/v1/supervision/rules", "supervisor").jsonArray()) {
            JsonObject r = v.asJsonObject();
            out.add(new RuleRef(0, r.getString("code"), r.getInt("ruleVersion"), r.getString("name"),
                    RuleTrigger.valueOf(r.getString("trigger")), SupervisionLevel.valueOf(r.getString("level")),
                    r.getInt("threshold"), r.getBoolean("enabled")));
        }
        return out;
    }

    /** The working calendar as the server has it (the imported years, plain weekends elsewhere). */
    static WorkingCalendar calendar() {
        Map<Integer, List<CalendarDay>> years = new HashMap<>();
        for (int year = today().getYear() - 1; year <= today().getYear() + 1; year++) {
            JsonObject y = get("/api/v1/calendar/" + year, null).json();
            if (!has(y, "calendarVersion")) continue; // not imported: plain weekends, as on the server
            List<CalendarDay> days = new ArrayList<>();
            for (JsonValue v : y.getJsonArray("exceptions")) {
                JsonObject d = v.asJsonObject();
                days.add(new CalendarDay(LocalDate.parse(d.getString("date")), DayKind.valueOf(d.getString("kind")),
                        d.getString("name")));
            }
            years.put(year, days);
        }
        return new WorkingCalendar(1, years);
    }

    /** The n-th working day before a date. */
    static LocalDate workingDaysBefore(WorkingCalendar cal, LocalDate day, int n) {
        LocalDate d = day;
        for (int seen = 0; seen < n; ) {
            d = d.minusDays(1);
            if (cal.isWorkingDay(d)) seen++;
        }
        return d;
    }

    static String body(LocalDate asOf, String extra) {
        return "{\"asOf\":\"" + asOf + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    static boolean has(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key);
    }

    static LocalDate date(JsonObject o, String key) {
        return has(o, key) ? LocalDate.parse(o.getString(key)) : null;
    }

    static JsonArrayBuilder array(String... values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (String v : values) a.add(v);
        return a;
    }

    static void assertContains(Set<String> set, String prefix) {
        assertTrue(set.stream().anyMatch(s -> s.startsWith(prefix)), prefix + " in " + set);
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.supervision.EvaluationDay;

/**
 * In the server: a letter not answered by its deadline and a bad rating's rectification not reported
 * by its due day become yellow cards of the department responsible in the nightly evaluation's
 * interaction step, shown on the findings API with their subject and page; a letter answered in time
 * gives none; a second run (after the late answer and the late report came in) issues nothing twice.
 *
 * <p>Everything goes through the API as staff and the public do it. Only the dates are moved: no
 * service back-dates a letter or a confirmation, and the evaluation refuses a date after today, so
 * the test moves the letter's receipt and deadline and the rectification's confirmation and due day
 * into the past in the database, as if they had happened then.
 */
@ExtendWith(ArquillianExtension.class)
class InteractionFindingsIT {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String FINDINGS = "/api/v1/supervision/findings";
    static final String LETTERS = "/api/v1/interaction/letters";
    static final String RECTIFICATIONS = "/api/v1/ratings/rectifications";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(InteractionFindingsIT.class, Http.class);
    }

    @Resource(lookup = "java:jboss/datasources/YangguangDS")
    DataSource ds;

    @Inject
    CalendarService calendars;

    @Test
    void lateLettersAndLateRectificationsAreTheDepartmentsYellowCardsOnce() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        WorkingCalendar cal = calendars.current();
        LocalDate due = workingDaysBack(cal, today, 3);
        int over = new EvaluationDay(today, cal).workingDays(due);

        // a 咨询 routed to the market regulation bureau, due three working days ago; another in time
        String late = routedLetter();
        moveLetter(late, due.minusDays(7), due);
        String inTime = routedLetter();

        // a bad rating of a concluded case, confirmed by the return visit, its due day three working days ago
        JsonObject c = concludedCase();
        String rn = c.getString("receiptNumber");
        Http.Reply rated = post("/api/v1/public/ratings", null, Json.createObjectBuilder().add("receiptNumber", rn)
                .add("queryCode", c.getString("queryCode")).add("event", "CONCLUSION").add("level", "VERY_DISSATISFIED")
                .build().toString());
        assertEquals(201, rated.status(), rated.body());
        JsonObject r = rectificationOf(rn, "supervisor");
        Http.Reply confirmed = post(RECTIFICATIONS + "/" + id(r) + "/confirm", "supervisor", Json.createObjectBuilder()
                .add("version", r.getInt("version")).add("note", "回访属实：窗口未一次性告知").build().toString());
        assertEquals(200, confirmed.status(), confirmed.body());
        moveRectification(id(r), due.minusDays(21), due);

        JsonObject run = evaluate(today);
        assertEquals("INTERACTION_FINDINGS", step(run, "interaction").getString("exitStatus").split(" ")[0], run.toString());

        // the letter's card: yellow, the handling department's, keyed by the deadline, about the letter
        JsonObject letterCard = only(findings("LETTER_ANSWER_OVERDUE", late, "supervisor"));
        assertEquals("YELLOW", letterCard.getString("level"));
        assertEquals("SCJGJ", letterCard.getString("department"));
        assertEquals("LETTER", letterCard.getString("subject"));
        assertEquals("/admin/letters/letter.xhtml?number=" + Http.enc(late), letterCard.getString("link"));
        assertEquals(due.toString(), letterCard.getString("deadline"));
        assertEquals(over, letterCard.getInt("daysOver"));
        assertEquals("OPEN", letterCard.getString("status"), "a yellow card awaits the department's answer");
        assertTrue(letterCard.getString("explanation").startsWith("来信（咨询）答复期限 " + due), letterCard.getString("explanation"));
        assertEquals(List.of(), findings("LETTER_ANSWER_OVERDUE", inTime, "supervisor"), "answered in time: no finding");

        // the rectification's card: yellow, the rated department's, about the rectification
        JsonObject rectificationCard = only(findings("RECTIFICATION_OVERDUE", rn, "supervisor"));
        assertEquals("YELLOW", rectificationCard.getString("level"));
        assertEquals("SCJGJ", rectificationCard.getString("department"));
        assertEquals("BAD_RATING", rectificationCard.getString("subject"));
        assertEquals(id(r), rectificationCard.getJsonNumber("subjectId").longValue());
        assertEquals("/admin/cases/ratings.xhtml?id=" + id(r), rectificationCard.getString("link"));
        assertEquals(due.toString(), rectificationCard.getString("deadline"));
        assertEquals(over, rectificationCard.getInt("daysOver"));
        assertTrue(rectificationCard.getString("explanation").startsWith("差评整改反馈期限 " + due), rectificationCard.getString("explanation"));

        // the department sees its own cards, another department does not
        assertEquals(1, findings("LETTER_ANSWER_OVERDUE", late, "clerk").size());
        assertEquals(List.of(), findings("LETTER_ANSWER_OVERDUE", late, "clerk2"));
        assertEquals(List.of(), findings("RECTIFICATION_OVERDUE", rn, "clerk2"));

        // the late answer and the late report come in today: the same cards, nothing new on a second run
        JsonObject letter = get(LETTERS + "/" + late, "clerk").json();
        Http.Reply answered = post(LETTERS + "/" + late + "/answer", "clerk", Json.createObjectBuilder()
                .add("version", letter.getInt("version")).add("answer", "请携带营业执照原件到窗口办理。").build().toString());
        assertEquals(200, answered.status(), answered.body());
        JsonObject mine = rectificationOf(rn, "clerk");
        Http.Reply reported = post(RECTIFICATIONS + "/" + id(mine) + "/report", "clerk", Json.createObjectBuilder()
                .add("version", mine.getInt("version")).add("note", "已修订一次性告知清单").build().toString());
        assertEquals(200, reported.status(), reported.body());

        JsonObject again = evaluate(today);
        assertEquals("INTERACTION_FINDINGS 0", step(again, "interaction").getString("exitStatus"), again.toString());
        assertEquals(1, findings("LETTER_ANSWER_OVERDUE", late, "supervisor").size(), "issued once");
        assertEquals(1, findings("RECTIFICATION_OVERDUE", rn, "supervisor").size(), "issued once");
    }

    // ------------------------------------------------------------------ the subjects, through the API

    /** A 咨询 to the county head's mailbox, routed by the office to the market regulation bureau. */
    private static String routedLetter() {
        Http.Reply written = post("/api/v1/public/letters", null, Json.createObjectBuilder().add("mailbox", "COUNTY_HEAD")
                .add("category", "CONSULTATION").add("subject", "食品经营许可证到期如何延续")
                .add("text", "我的食品经营许可证下月到期，请问延续需要哪些材料？").add("name", "李监察")
                .add("phone", "13900000001").add("consentToPublish", false).build().toString());
        assertEquals(201, written.status(), written.body());
        String number = written.json().getString("number");
        JsonObject l = get(LETTERS + "/" + number, "office").json();
        Http.Reply routed = post(LETTERS + "/" + number + "/route", "office", Json.createObjectBuilder()
                .add("version", l.getInt("version")).add("department", "SCJGJ").build().toString());
        assertEquals(200, routed.status(), routed.body());
        assertEquals("HANDLING", routed.json().getString("status"));
        return number;
    }

    /** An immediate case of SCJGJ, accepted, decided and delivered on the spot (as RatingApiIT does). */
    private static JsonObject concludedCase() {
        JsonObject c = null;
        for (JsonValue v : get("/api/v1/matters?department=SCJGJ&size=100", null).json().getJsonArray("items")) {
            JsonObject item = v.asJsonObject();
            if (!"IMMEDIATE".equals(item.getString("handlingKind"))) continue;
            String code = item.getString("implementationCode");
            var materials = Json.createArrayBuilder();
            get("/api/v1/matters/" + code, null).json().getJsonArray("materials")
                    .forEach(m -> materials.add(m.asJsonObject().getString("name")));
            Http.Reply r = post("/api/v1/cases", "clerk", Json.createObjectBuilder().add("implementationCode", code)
                    .add("applicant", Json.createObjectBuilder().add("name", "阳光县监察测试商店")
                            .add("idNumber", "91330399MA2TEST02X").add("phone", "0577-61234568").add("address", "人民路9号"))
                    .add("receivedMaterials", materials).add("comment", "窗口收件").build().toString());
            if (r.status() == 201) {
                c = r.json();
                break;
            }
        }
        assertNotNull(c, "an immediate matter of SCJGJ");
        c = caseAction("clerk", c, "accept", Json.createObjectBuilder());
        while (c.getJsonArray("steps").stream().filter(s -> !s.asJsonObject().containsKey("completedOn")
                || s.asJsonObject().isNull("completedOn")).count() > 1) {
            c = caseAction("clerk", c, "complete-step", Json.createObjectBuilder().add("comment", "当场办理"));
        }
        c = caseAction("approver", c, "decide", Json.createObjectBuilder().add("decision", "APPROVED"));
        c = caseAction("clerk", c, "deliver", Json.createObjectBuilder().add("deliveryMethod", "WINDOW_PICKUP"));
        assertEquals("DELIVERED", c.getString("status"));
        return c;
    }

    private static JsonObject caseAction(String user, JsonObject c, String action, JsonObjectBuilder body) {
        Http.Reply r = post("/api/v1/cases/" + c.getString("receiptNumber") + "/actions/" + action, user,
                body.add("version", c.getInt("version")).build().toString());
        assertEquals(200, r.status(), action + ": " + r.body());
        return r.json();
    }

    private static JsonObject rectificationOf(String receiptNumber, String user) {
        for (JsonValue v : get(RECTIFICATIONS + "?size=200", user).json().getJsonArray("items")) {
            if (v.asJsonObject().getString("receiptNumber").equals(receiptNumber)) return v.asJsonObject();
        }
        throw new AssertionError("no rectification of " + receiptNumber + " for " + user);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    // ------------------------------------------------------------------ the evaluation and its findings

    /** Runs the nightly evaluation for {@code asOf} (waiting while another one runs); its final view. */
    private static JsonObject evaluate(LocalDate asOf) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Http.Reply r = post("/api/v1/jobs/overdue-evaluation", "supervisor", "{\"asOf\":\"" + asOf + "\"}");
            if (r.status() == 202) {
                long execution = r.json().getJsonNumber("executionId").longValue();
                for (int j = 0; j < 480; j++) {
                    JsonObject e = get("/api/v1/jobs/executions/" + execution, "supervisor").json();
                    String s = e.getString("status");
                    if (s.equals("COMPLETED")) return e;
                    if (s.equals("FAILED") || s.equals("STOPPED")) throw new AssertionError(e.toString());
                    Thread.sleep(250);
                }
                throw new AssertionError("execution " + execution + " did not end");
            }
            assertEquals(409, r.status(), r.body());
            Thread.sleep(500);
        }
        throw new AssertionError("the evaluation of " + asOf + " stayed busy");
    }

    private static JsonObject step(JsonObject execution, String name) {
        return execution.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("step").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + ": " + execution));
    }

    /** The findings of one rule about one receipt number, as {@code user} sees them. */
    private static List<JsonObject> findings(String rule, String receiptNumber, String user) {
        Http.Reply r = get(FINDINGS + "?size=200&rule=" + rule + "&receiptNumber=" + Http.enc(receiptNumber), user);
        assertEquals(200, r.status(), r.body());
        List<JsonObject> out = new ArrayList<>();
        r.json().getJsonArray("items").forEach(v -> out.add(v.asJsonObject()));
        return out;
    }

    private static JsonObject only(List<JsonObject> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    // ------------------------------------------------------------------ the dates, moved into the past

    /** The {@code n}-th working day before {@code day}. */
    private static LocalDate workingDaysBack(WorkingCalendar cal, LocalDate day, int n) {
        LocalDate d = day;
        for (int seen = 0; seen < n; ) {
            d = d.minusDays(1);
            if (cal.isWorkingDay(d)) seen++;
        }
        return d;
    }

    private void moveLetter(String number, LocalDate receivedOn, LocalDate answerDue) throws SQLException {
        update("UPDATE letter SET received_on = ?, answer_due = ? WHERE number = ?", receivedOn, answerDue, number);
    }

    private void moveRectification(long id, LocalDate verifiedOn, LocalDate due) throws SQLException {
        update("UPDATE rating_rectification SET verified_on = ?, due = ? WHERE id = ?", verifiedOn, due, id);
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof LocalDate d) ps.setDate(i + 1, java.sql.Date.valueOf(d));
                else ps.setObject(i + 1, p);
            }
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }
}

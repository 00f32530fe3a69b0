package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;
import static org.yangguang.it.RatingApiIT.concluded;
import static org.yangguang.it.RatingApiIT.rate;
import static org.yangguang.it.RatingApiIT.rating;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bad rating opens a rectification: the supervision office verifies it (confirmed, or unfounded
 * with the reason), the rated department and no other reports its rectification within the limit,
 * and the applicant rates the event once more. Through {@code /api/v1/ratings/rectifications}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RectificationApiIT {
    static final String LIST = "/api/v1/ratings/rectifications";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** The rectification of the bad rating of this case, as {@code user} sees it in the list. */
    static JsonObject rectificationOf(String receiptNumber, String user) {
        JsonObject page = get(LIST + "?size=200", user).json();
        for (JsonValue v : page.getJsonArray("items")) {
            if (v.asJsonObject().getString("receiptNumber").equals(receiptNumber)) return v.asJsonObject();
        }
        return null;
    }

    static Http.Reply act(String user, JsonObject r, String action, String note) {
        var body = Json.createObjectBuilder().add("version", r.getInt("version"));
        if (note != null) body.add("note", note);
        return post(LIST + "/" + r.getJsonNumber("id").longValue() + "/" + action, user, body.build().toString());
    }

    @Test
    void aConfirmedBadRatingIsRectifiedAndRatedAgain() {
        JsonObject c = concluded();
        String rn = c.getString("receiptNumber");
        assertEquals(201, rate(rating(c, "CONCLUSION", "VERY_DISSATISFIED").add("realName", true)
                .add("reasons", Json.createArrayBuilder().add("REPEATED_MATERIALS"))).status());
        // a good rating opens nothing
        assertEquals(201, rate(rating(c, "ACCEPTANCE", "SATISFIED")).status());

        JsonObject r = rectificationOf(rn, "supervisor");
        assertNotNull(r, "the supervision office sees the bad rating");
        assertEquals("VERIFYING", r.getString("status"));
        assertEquals("CONCLUSION", r.getString("event"));
        assertEquals("0577-61234567", r.getString("contactPhone"), "a real-name rating keeps the contact for the return visit");
        assertEquals(Json.createArrayBuilder().add("confirm").add("unfounded").build(), r.getJsonArray("allowedActions"));
        assertEquals(1, get(LIST + "?size=200", "supervisor").json().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("receiptNumber").equals(rn)).count(), "one rectification, the bad rating's");

        // the department sees its own, and may not verify; another department does not see it at all
        JsonObject own = rectificationOf(rn, "clerk");
        assertNotNull(own);
        assertTrue(own.getJsonArray("allowedActions").isEmpty());
        assertEquals(403, act("clerk", r, "confirm", "属实").status());
        assertEquals(409, act("clerk", r, "report", "已整改").status(), "nothing to report before the verification");
        assertEquals(null, rectificationOf(rn, "clerk2"));
        assertEquals(404, get(LIST + "/" + r.getJsonNumber("id").longValue(), "clerk2").status());
        assertEquals(401, get(LIST, null).status(), "staff only");

        // the verification needs the version read and what the return visit found
        Http.Reply noVersion = post(LIST + "/" + r.getJsonNumber("id").longValue() + "/confirm", "supervisor", "{\"note\":\"属实\"}");
        assertEquals(400, noVersion.status(), noVersion.body());
        Http.Reply noNote = act("supervisor", r, "confirm", " ");
        assertEquals(400, noNote.status(), noNote.body());
        assertTrue(noNote.body().contains("回访"), noNote.body());
        assertEquals(404, post(LIST + "/" + r.getJsonNumber("id").longValue() + "/approve", "supervisor",
                "{\"version\":" + r.getInt("version") + "}").status());
        Http.Reply confirmed = act("supervisor", r, "confirm", "回访属实：申请人三次补交材料");
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonObject after = confirmed.json();
        assertEquals("RECTIFYING", after.getString("status"));
        LocalDate due = LocalDate.parse(after.getString("due"));
        assertTrue(due.isAfter(LocalDate.parse(after.getString("verifiedOn")).plusDays(14)), "15 working days: " + due);
        assertFalse(after.getBoolean("late"));
        assertEquals(409, act("supervisor", r, "unfounded", "x").status(), "a stale version");
        assertEquals(409, act("supervisor", after, "unfounded", "x").status(), "verified already");

        // the applicant cannot rate again before the rectification
        assertEquals(409, rate(rating(c, "CONCLUSION", "SATISFIED")).status());
        assertEquals(404, act("clerk2", after, "report", "已整改").status(), "another department's is as if it did not exist");
        Http.Reply noReport = act("clerk", after, "report", null);
        assertEquals(400, noReport.status(), noReport.body());
        Http.Reply reported = act("clerk", after, "report", "已修订办事指南，材料一次性告知");
        assertEquals(200, reported.status(), reported.body());
        assertEquals("RECTIFIED", reported.json().getString("status"));
        assertEquals("已修订办事指南，材料一次性告知", reported.json().getString("report"));

        // now once more, and only once
        Http.Reply again = rate(rating(c, "CONCLUSION", "SATISFIED"));
        assertEquals(201, again.status(), again.body());
        assertEquals(2, again.json().getInt("round"));
        String guide = Http.getAccepting("/guide/matter.xhtml?code=" + c.getJsonObject("matter").getString("code"), null, "text/html")
                .body();
        assertTrue(guide.contains("已修订办事指南，材料一次性告知"), "the guide shows the department's reply");
        assertFalse(guide.contains("0577-61234567"), "and no person");
        assertEquals(409, rate(rating(c, "CONCLUSION", "VERY_SATISFIED")).status());
        assertEquals(409, rate(rating(c, "ACCEPTANCE", "VERY_SATISFIED")).status(), "the acceptance was not rectified");
    }

    /** The matter's count of ratings on its public guide page. */
    static long guideCount(JsonObject c) {
        String html = Http.getAccepting("/guide/matter.xhtml?code=" + c.getJsonObject("matter").getString("code"), null, "text/html")
                .body();
        if (html.contains("id=\"matterRatings\">暂无评价")) return 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"matterRatings\">评价 (\\d+) 次，满意率 ([0-9.]+)%").matcher(html);
        assertTrue(m.find(), "the guide shows the matter's ratings");
        return Long.parseLong(m.group(1));
    }

    /** The ratings of the case's department this month, as the scores (绩效考核) count them. */
    static long monthRatings(JsonObject c) {
        String month = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        JsonObject scores = get("/api/v1/supervision/scores?period=" + month, "supervisor").json();
        String dept = c.getJsonObject("department").getString("code");
        return scores.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .filter(d -> dept.equals(d.getString("departmentCode"))).findFirst().orElseThrow()
                .getJsonNumber("ratings").longValue();
    }

    @Test
    void anUnfoundedBadRatingIsMarkedWithWhoAndWhy() {
        JsonObject c = concluded();
        String rn = c.getString("receiptNumber");
        long before = guideCount(c);
        long scored = monthRatings(c);
        assertEquals(201, rate(rating(c, "CONCLUSION", "DISSATISFIED")).status());
        assertEquals(before + 1, guideCount(c), "the public results count the rating");
        assertEquals(scored + 1, monthRatings(c), "the month's scores count it");
        JsonObject r = rectificationOf(rn, "supervisor");
        assertNull(r.get("contactPhone"), "anonymous: no contact");
        Http.Reply noReason = act("supervisor", r, "unfounded", null);
        assertEquals(400, noReason.status(), noReason.body());
        Http.Reply unfounded = act("supervisor", r, "unfounded", "回访核实：申请人表示误操作");
        assertEquals(200, unfounded.status(), unfounded.body());
        assertEquals("UNFOUNDED", unfounded.json().getString("status"));
        assertEquals("回访核实：申请人表示误操作", unfounded.json().getString("visitNote"));
        assertTrue(unfounded.json().getJsonArray("allowedActions").isEmpty());
        assertEquals(409, rate(rating(c, "CONCLUSION", "SATISFIED")).status(), "no second rating after an unfounded one");
        assertEquals(before, guideCount(c), "an unfounded rating is left out of the public results");
        assertEquals(scored, monthRatings(c), "and out of the scores");
        assertEquals(1, get(LIST + "?status=UNFOUNDED&size=200", "supervisor").json().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("receiptNumber").equals(rn)).count());
        assertEquals(400, get(LIST + "?status=NOPE", "supervisor").status());
        assertEquals(403, get(LIST, "editor").status());
    }

    static void assertNull(Object o, String why) {
        assertTrue(o == null || o == JsonValue.NULL, why + ": " + o);
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.CaseApiIT.absent;
import static org.yangguang.it.CaseApiIT.act;
import static org.yangguang.it.CaseApiIT.ok;
import static org.yangguang.it.CaseApiIT.with;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 好差评 through {@code POST /api/v1/public/ratings}: an event of a case is rated once, after it
 * happened, with the receipt number and the right query code; anything else is refused with
 * problem JSON and saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** An immediate case of SCJGJ, accepted, decided and delivered on the spot. */
    static JsonObject concluded() {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "IMMEDIATE", true);
        c = ok(act("clerk", c, "accept", with()));
        while (c.getJsonArray("steps").stream().filter(s -> absent(s.asJsonObject(), "completedOn")).count() > 1) {
            c = ok(act("clerk", c, "complete-step", with().add("comment", "当场办理")));
        }
        c = ok(act("approver", c, "decide", with().add("decision", "APPROVED")));
        c = ok(act("clerk", c, "deliver", with().add("deliveryMethod", "WINDOW_PICKUP")));
        assertEquals("DELIVERED", c.getString("status"));
        return c;
    }

    static JsonObjectBuilder rating(JsonObject c, String event, String level) {
        return Json.createObjectBuilder().add("receiptNumber", c.getString("receiptNumber"))
                .add("queryCode", c.getString("queryCode")).add("event", event).add("level", level);
    }

    static Http.Reply rate(JsonObjectBuilder body) {
        return post("/api/v1/public/ratings", null, body.build().toString());
    }

    static Http.Reply rate(String json) {
        return post("/api/v1/public/ratings", null, json);
    }

    @Test
    void eachEventOfAConcludedCaseIsRatedOnce() {
        JsonObject c = concluded();
        Http.Reply first = rate(rating(c, "CONCLUSION", "DISSATISFIED")
                .add("reasons", Json.createArrayBuilder().add("MANY_TRIPS").add("OVERDUE")).add("text", "跑了两次才办成"));
        assertEquals(201, first.status(), first.body());
        JsonObject r = first.json();
        assertEquals("CONCLUSION", r.getString("event"));
        assertEquals("DISSATISFIED", r.getString("level"));
        assertEquals("ONLINE", r.getString("channel"));
        assertEquals(2, r.getJsonArray("reasons").size());
        assertTrue(r.getBoolean("anonymous"));
        assertEquals(1, r.getInt("round"));

        Http.Reply again = rate(rating(c, "CONCLUSION", "VERY_SATISFIED"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.isProblem(), again.contentType());
        assertTrue(again.body().contains("已评价"), again.body());

        // the acceptance is another event; a real-name rating keeps the contact, which is never answered
        Http.Reply acceptance = rate(rating(c, "ACCEPTANCE", "VERY_SATISFIED").add("realName", true));
        assertEquals(201, acceptance.status(), acceptance.body());
        assertFalse(acceptance.json().getBoolean("anonymous"));
        assertFalse(acceptance.body().contains("0577-61234567"), "the contact is not answered: " + acceptance.body());
        assertEquals(409, rate(rating(c, "ACCEPTANCE", "SATISFIED")).status());

        // English when asked
        Http.Reply en = Http.postIn("en", "/api/v1/public/ratings", null, rating(c, "ACCEPTANCE", "SATISFIED").build().toString());
        assertEquals(409, en.status());
        assertTrue(en.body().contains("already been rated"), en.body());
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() {
        JsonObject c = concluded();
        Http.Reply wrongCode = rate(rating(c, "CONCLUSION", "SATISFIED").add("queryCode", "WRONG1"));
        assertEquals(400, wrongCode.status(), wrongCode.body());
        assertTrue(wrongCode.isProblem());
        Http.Reply unknown = rate(rating(c, "CONCLUSION", "SATISFIED").add("receiptNumber", "330399-20000101-999999"));
        assertEquals(wrongCode.status(), unknown.status());
        assertEquals(wrongCode.json().getString("detail"), unknown.json().getString("detail"),
                "nothing tells whether the number exists");
        // nothing was saved: the applicant still rates
        assertEquals(201, rate(rating(c, "CONCLUSION", "SATISFIED")).status());
    }

    @Test
    void anEventThatHasNotHappenedCannotBeRated() {
        JsonObject received = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        Http.Reply conclusion = rate(rating(received, "CONCLUSION", "SATISFIED"));
        assertEquals(409, conclusion.status(), conclusion.body());
        assertTrue(conclusion.isProblem());
        assertEquals(409, rate(rating(received, "ACCEPTANCE", "SATISFIED")).status());

        JsonObject accepted = ok(act("clerk", received, "accept", with()));
        assertEquals(201, rate(rating(accepted, "ACCEPTANCE", "BASICALLY_SATISFIED")).status(), "accepted: the acceptance is rated");
        assertEquals(409, rate(rating(accepted, "CONCLUSION", "SATISFIED")).status(), "not concluded yet");

        // a refused case (不予受理) is concluded without acceptance
        JsonObject refused = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", false);
        refused = ok(act("clerk", refused, "refuse", with().add("reason", "不属于本机关职权范围")));
        assertEquals("REFUSED", refused.getString("status"));
        assertEquals(409, rate(rating(refused, "ACCEPTANCE", "SATISFIED")).status());
        assertEquals(201, rate(rating(refused, "CONCLUSION", "VERY_DISSATISFIED")).status());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        JsonObject c = concluded();
        Http.Reply level = rate(rating(c, "CONCLUSION", "GOOD"));
        assertEquals(400, level.status(), level.body());
        assertTrue(level.isProblem() && level.body().contains("level"), level.body());
        Http.Reply event = rate(rating(c, "DELIVERY", "SATISFIED"));
        assertEquals(400, event.status(), event.body());
        Http.Reply reason = rate(rating(c, "CONCLUSION", "SATISFIED").add("reasons", Json.createArrayBuilder().add("NOPE")));
        assertEquals(400, reason.status(), reason.body());
        Http.Reply text = rate(rating(c, "CONCLUSION", "SATISFIED").add("text", "长".repeat(501)));
        assertEquals(400, text.status(), text.body());
        Http.Reply missing = rate(Json.createObjectBuilder().add("receiptNumber", c.getString("receiptNumber"))
                .add("queryCode", c.getString("queryCode")).add("event", "CONCLUSION").build().toString());
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.body().contains("评价等级"), missing.body());
        assertEquals(400, rate("{\"receiptNumber\":1}").status());
        assertEquals(400, rate("").status());
        // none of these was saved
        Http.Reply ok = rate(rating(c, "CONCLUSION", "SATISFIED").add("text", "长".repeat(500)));
        assertEquals(201, ok.status(), ok.body());
        assertNotNull(ok.json().getString("text"));
    }

    /** Rating counts with tracking as a lookup of the number: guessing query codes this way is throttled too. */
    @Test
    void guessingCodesByRatingIsThrottled() throws Exception {
        JsonObject c = concluded();
        Http.Reply r = null;
        int tries = 0;
        while (tries < 25) {
            r = rate(rating(c, "CONCLUSION", "SATISFIED").add("queryCode", "WRONG" + tries++));
            if (r.status() == 429) break;
            assertEquals(400, r.status(), r.body());
        }
        assertEquals(429, r.status(), "throttled after " + tries + " wrong codes");
        assertTrue(r.isProblem() && r.header("Retry-After") != null, r.body());
        assertEquals(429, get("/api/v1/public/cases/" + c.getString("receiptNumber") + "?queryCode=" + c.getString("queryCode"),
                null).status(), "tracking the number waits too");
        RateLimitIT.waitFor(r);
        assertEquals(201, rate(rating(c, "CONCLUSION", "SATISFIED")).status(), "after the wait the applicant rates");
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.CaseApiIT.act;
import static org.yangguang.it.CaseApiIT.ok;
import static org.yangguang.it.CaseApiIT.with;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No 5xx for any input: every text field of every case action takes its documented maximum
 * (2xx) and refuses one character more (400, nothing changed), wherever the text ends up stored
 * and whatever prefix the action adds. JSON types are strict.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {
    static final int COMMENT = 1000;
    static final int REASON = 500;
    static final int MATERIALS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** n characters, CJK as users write them. */
    static String text(int n) {
        return "审".repeat(n);
    }

    /** The 30 long material names of the matter below: each 200 characters, unique by its number. */
    static String material(int i) {
        String head = "申请材料" + i + "：";
        return head + "料".repeat(200 - head.length());
    }

    static JsonArrayBuilder allMaterials() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (int i = 1; i <= MATERIALS; i++) names.add(material(i));
        return names;
    }

    static String matterWithLongMaterialsAndAFee() {
        JsonArrayBuilder materials = Json.createArrayBuilder();
        for (int i = 1; i <= MATERIALS; i++) {
            materials.add(Json.createObjectBuilder().add("name", material(i)).add("form", "PAPER").add("mandatory", true)
                    .add("originals", 1).add("copies", 0));
        }
        String code = MatterJson.newCode();
        return HandlingKindsIT.publish(MatterJson.draft(code, "SCJGJ", "长文本测试许可" + code.substring(20), 10)
                .add("materials", materials)
                .add("fees", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "工本费")
                        .add("amount", 10).add("legalBasis", "阳价〔2026〕1号").add("reducible", false)))
                .add("steps", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "受理").add("office", "窗口").add("limitDays", 1))
                        .add(Json.createObjectBuilder().add("name", "审查").add("office", "业务科").add("limitDays", 3))
                        .add(Json.createObjectBuilder().add("name", "决定").add("office", "业务科").add("limitDays", 0)))
                .build());
    }

    static JsonObject receive(String code, int comment, int agent, int name, int address) {
        JsonObject body = Json.createObjectBuilder().add("implementationCode", code)
                .add("applicant", Json.createObjectBuilder().add("name", text(name)).add("idNumber", "330399199001011234")
                        .add("phone", "13900000000").add("address", text(address)))
                .add("agentName", text(agent))
                .add("receivedMaterials", Json.createArrayBuilder())
                .add("comment", text(comment)).build();
        Http.Reply r = post("/api/v1/cases", "clerk", body.toString());
        if (r.status() != 201) return Json.createObjectBuilder().add("status", r.status()).add("problem", r.isProblem()).build();
        return r.json();
    }

    /**
     * The action refuses each text field one character over its maximum (400, problem JSON, the case
     * unchanged), then takes all of them at their maximum.
     */
    static JsonObject holds(String user, JsonObject c, String action, Supplier<JsonObjectBuilder> base, Map<String, Integer> max) {
        for (String over : max.keySet()) {
            JsonObjectBuilder body = base.get();
            max.forEach((field, n) -> body.add(field, text(field.equals(over) ? n + 1 : n)));
            Http.Reply r = act(user, c, action, body);
            assertEquals(400, r.status(), action + " " + over + " one over: " + r.body());
            assertTrue(r.isProblem() && r.body().contains(String.valueOf(max.get(over))), r.body());
            assertEquals(c.getInt("version"), CaseRulesIT.read(c, user).getInt("version"), "nothing changed");
        }
        JsonObjectBuilder body = base.get();
        max.forEach((field, n) -> body.add(field, text(n)));
        return ok(act(user, c, action, body));
    }

    static Map<String, Integer> fields(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Integer) pairs[i + 1]);
        return m;
    }

    @Test
    void everyTextOfACaseTakesItsMaximumAndRefusesOneCharacterMore() {
        String code = matterWithLongMaterialsAndAFee();
        for (int[] over : new int[][] {{2001, 60, 100, 200}, {2000, 61, 100, 200}, {2000, 60, 101, 200}, {2000, 60, 100, 201}}) {
            JsonObject refused = receive(code, over[0], over[1], over[2], over[3]);
            assertEquals(400, refused.getInt("status"), "receipt one over: " + java.util.Arrays.toString(over));
            assertTrue(refused.getBoolean("problem"));
        }
        JsonObject c = receive(code, 2000, 60, 100, 200);

        Http.Reply unknown = act("clerk", c, "request-correction", with().add("materials", Json.createArrayBuilder().add("不在清单上的材料")));
        assertEquals(400, unknown.status(), "a material not on the checklist: " + unknown.body());
        c = holds("clerk", c, "request-correction", () -> with().add("materials", allMaterials()),
                fields("comment", COMMENT, "reason", REASON));
        assertEquals(MATERIALS, c.getJsonArray("missingMaterialsNotified").size(), c.toString());
        JsonArrayBuilder allButTheLast = Json.createArrayBuilder();
        for (int i = 1; i < MATERIALS; i++) allButTheLast.add(material(i));
        c = ok(act("clerk", c, "supplement", with().add("materials", allButTheLast)));
        // a second notice (one material still missing) quotes its reason in the recorded violation
        c = holds("clerk", c, "request-correction", () -> with().add("materials", allMaterials()).add("confirmed", true),
                fields("comment", COMMENT, "reason", REASON));
        c = ok(act("clerk", c, "supplement", with()));
        c = holds("clerk", c, "accept", CaseApiIT::with, fields("comment", COMMENT));
        c = holds("clerk", c, "start-special-procedure", () -> with().add("procedureType", "INSPECTION").add("days", 5),
                fields("reason", REASON, "comment", COMMENT));
        c = holds("clerk", c, "end-special-procedure", CaseApiIT::with, fields("reason", REASON, "comment", COMMENT));
        c = holds("clerk", c, "request-extension", () -> with().add("days", 5), fields("reason", REASON, "comment", COMMENT));
        c = holds("approver", c, "extend", () -> with().add("days", 5), fields("reason", REASON, "comment", COMMENT));
        c = holds("clerk", c, "charge", () -> with().add("amounts", Json.createArrayBuilder().add(20)),
                fields("reason", REASON, "comment", COMMENT));
        c = holds("clerk", c, "complete-step", CaseApiIT::with, fields("comment", COMMENT));
        while (!CaseRulesIT.allowed(CaseRulesIT.read(c, "approver")).contains("decide")) {
            c = ok(act("clerk", c, "complete-step", with().add("comment", text(COMMENT))));
        }
        c = holds("approver", c, "decide", () -> with().add("decision", "DENIED"), fields("reason", REASON, "comment", COMMENT));
        c = holds("clerk", c, "deliver", () -> with().add("deliveryMethod", "POST"), fields("trackingNumber", 40, "comment", COMMENT));
        assertEquals("DELIVERED", c.getString("status"));

        JsonObject refused = receive(code, 10, 0, 10, 10);
        refused = holds("clerk", refused, "refuse", CaseApiIT::with, fields("reason", REASON, "comment", COMMENT));
        assertEquals("REFUSED", refused.getString("status"));
    }

    @Test
    void escalatedAndJointCasesTakeTheirMaximaToo() {
        JsonObject up = HandlingKindsIT.receive(HandlingKindsIT.publishedMatter("ESCALATED", 20));
        up = ok(act("clerk", up, "accept", with()));
        up = holds("clerk", up, "report", CaseApiIT::with, fields("comment", COMMENT));
        up = holds("clerk", up, "record-reply", CaseApiIT::with, fields("comment", COMMENT));
        assertEquals("IN_PROGRESS", up.getString("status"));

        JsonObject joint = HandlingKindsIT.receive(HandlingKindsIT.publishedMatter("JOINT", 45));
        joint = ok(act("clerk", joint, "accept", with()));
        joint = ok(act("clerk", joint, "assign-joint", with().add("departmentCode", "GAJ").add("days", 5)));
        joint = holds("clerk2", joint, "complete-joint-part", CaseApiIT::with, fields("comment", COMMENT));
    }

    @Test
    void aReturnReasonTakesItsMaximum() {
        String code = MatterJson.newCode();
        JsonObject v = post("/api/v1/catalog/drafts", "clerk", MatterJson.draft(code, "SCJGJ", "退回测试" + code.substring(20), 10)
                .build().toString()).json();
        String id = v.getJsonNumber("id").toString();
        JsonObject s = post("/api/v1/catalog/drafts/" + id + "/submit", "clerk", "{\"version\":" + v.getInt("version") + "}").json();
        Http.Reply over = post("/api/v1/catalog/drafts/" + id + "/return", "office", Json.createObjectBuilder()
                .add("reason", text(REASON + 1)).add("version", s.getInt("version")).build().toString());
        assertEquals(400, over.status(), over.body());
        assertTrue(over.isProblem());
        Http.Reply returned = post("/api/v1/catalog/drafts/" + id + "/return", "office", Json.createObjectBuilder()
                .add("reason", text(REASON)).add("version", s.getInt("version")).build().toString());
        assertEquals(200, returned.status(), returned.body());
    }

    @Test
    void jsonTypesAreStrict() {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        String path = "/api/v1/cases/" + c.getString("receiptNumber") + "/actions/accept";
        for (String body : new String[] {
                "{\"version\":" + c.getInt("version") + ".5}",
                "{\"version\":2147483648}",
                "{\"version\":\"" + c.getInt("version") + "\"}",
                "{\"version\":" + c.getInt("version") + ",\"comment\":[\"受理\"]}",
                "{\"version\":" + c.getInt("version") + ",\"comment\":12}",
                "{\"version\":" + c.getInt("version") + ",\"days\":1.5}",
                "{\"version\":" + c.getInt("version") + ",\"confirmed\":\"yes\"}",
                "[" + c.getInt("version") + "]",
                "{\"version\":"}) {
            Http.Reply r = post(path, "clerk", body);
            assertEquals(400, r.status(), body + " → " + r.body());
            assertTrue(r.isProblem(), body);
        }
        assertEquals("RECEIVED", CaseRulesIT.read(c, "clerk").getString("status"), "nothing was accepted");
        Http.Reply exact = post(path, "clerk", "{\"version\":" + c.getInt("version") + ".0}");
        assertEquals(400, exact.status(), "a version is an integer, not a decimal: " + exact.body());
        ok(post(path, "clerk", "{\"version\":" + c.getInt("version") + "}"));
    }

    /**
     * Every JSON body is read strictly before anything binds it: a key twice is malformed (not "the
     * last one wins"), nesting is limited, a number must fit, a version is required, and a body over
     * 2 MB is refused as too large. Each is a problem JSON and changes nothing.
     */
    @Test
    void bodiesAreReadStrictly() {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        String path = "/api/v1/cases/" + c.getString("receiptNumber") + "/actions/accept";
        int v = c.getInt("version");
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        for (String body : new String[] {
                "{\"version\":" + v + ",\"version\":" + (v + 1) + "}",
                "{\"version\":" + v + ",\"comment\":\"受理\",\"comment\":\"不予受理\"}",
                deep,
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                "{\"version\":" + v + ",\"materials\":" + deep + "}",
                "{\"version\":" + v + ",\"days\":1e400}",
                "{\"comment\":\"没有版本号\"}"}) {
            Http.Reply r = post(path, "clerk", body);
            assertEquals(400, r.status(), body.substring(0, Math.min(60, body.length())) + " → " + r.body());
            assertTrue(r.isProblem(), r.body());
        }
        Http.Reply big = post(path, "clerk", "{\"version\":" + v + ",\"comment\":\"" + "审".repeat(800_000) + "\"}");
        assertEquals(413, big.status(), "2.4 MB: " + big.body());
        assertTrue(big.isProblem(), big.body());
        assertEquals("RECEIVED", CaseRulesIT.read(c, "clerk").getString("status"), "nothing was accepted");
    }

    /** A query parameter that does not convert is the caller's input (400 naming it), not a missing resource. */
    @Test
    void parametersOfTheWrongTypeAre400AndErrorsNameNoInternals() {
        for (String[] call : new String[][] {{"/api/v1/jobs/overdue-evaluation/runs?max=abc", "supervisor", "max"},
                {"/api/v1/jobs/disclosure-publication/executions?max=1.5", "office", "max"}}) {
            Http.Reply r = get(call[0], call[1]);
            assertEquals(400, r.status(), call[0] + " → " + r.body());
            assertTrue(r.isProblem() && r.body().contains(call[2]), r.body());
        }
        Http.Reply unsupported = Http.postBytes("/api/v1/catalog/drafts", "clerk", "text/plain", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(415, unsupported.status());
        assertTrue(unsupported.isProblem(), unsupported.body());
        assertFalse(unsupported.body().contains("RESTEASY"), "no message codes of the framework: " + unsupported.body());
    }

    @Test
    void malformedPercentEncodingIsProblemJson() throws Exception {
        for (String path : new String[] {"/api/v1/matters/%FF%FE", "/api/v1/matters/%E9%A3", "/api/v1/matters/%C3%28",
                "/api/v1/matters/%", "/api/v1/matters/a%2", "/api/v1/matters?q=%", "/api/v1/matters?q=%zz&size=5"}) {
            RawHttp.Reply r = RawHttp.get(path);
            assertTrue(r.status() == 400 || r.status() == 404, path + " → " + r.head());
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), path + " → " + r.head());
            assertTrue(r.body().contains("\"status\":" + r.status()), path + " → " + r.body());
            assertFalse(r.body().contains("RESTEASY") || r.body().contains("org.yangguang"), "nothing internal: " + r.body());
        }
        assertEquals(200, get("/api/v1/matters/" + Http.enc("11330399001000010101000000"), null).status());
        assertTrue(get("/api/v1/matters?q=" + Http.enc("食品") + "&size=5", null).body().contains("食品"), "query strings still decode");
    }
}

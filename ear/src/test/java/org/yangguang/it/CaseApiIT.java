package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cases through the REST API: lifecycles of each handling kind, state and department rules, concurrency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A published SCJGJ (or other department's) matter of this handling kind that cases can be filed against. */
    static JsonObject receive(String user, String department, String kind, boolean withMaterials) {
        JsonObject page = get("/api/v1/matters?department=" + department + "&size=100", null).json();
        for (JsonValue v : page.getJsonArray("items")) {
            JsonObject item = v.asJsonObject();
            if (!kind.equals(item.getString("handlingKind"))) continue;
            String code = item.getString("implementationCode");
            JsonObject matter = get("/api/v1/matters/" + code, null).json();
            var materials = Json.createArrayBuilder();
            if (withMaterials) matter.getJsonArray("materials").forEach(m -> materials.add(m.asJsonObject().getString("name")));
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("implementationCode", code)
                    .add("applicant", Json.createObjectBuilder().add("name", "阳光县测试餐饮有限公司")
                            .add("idNumber", "91330399MA2TEST01X").add("phone", "0577-61234567").add("address", "人民路8号"))
                    .add("receivedMaterials", materials)
                    .add("comment", "窗口收件");
            Http.Reply r = post("/api/v1/cases", user, body.build().toString());
            if (r.status() == 201) return r.json();
            if (r.status() != 400 || !r.body().contains("办理项")) throw new AssertionError(r.status() + " " + r.body());
        }
        throw new AssertionError("no " + kind + " matter in " + department);
    }

    static Http.Reply act(String user, JsonObject c, String action, JsonObjectBuilder body) {
        return post("/api/v1/cases/" + c.getString("receiptNumber") + "/actions/" + action, user,
                body.add("version", c.getInt("version")).build().toString());
    }

    static JsonObject ok(Http.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static JsonObjectBuilder with() {
        return Json.createObjectBuilder();
    }

    @Test
    void promisedCaseWithCorrectionFromReceiptToDelivery() {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", false);
        assertEquals("RECEIVED", c.getString("status"));
        assertTrue(c.getString("receiptNumber").matches("\\d{6}-\\d{8}-\\d{6}"), c.getString("receiptNumber"));
        assertNotNull(c.getJsonObject("deadlines").getString("correction"));

        assertEquals(409, act("clerk", c, "accept", with()).status(), "material missing: notice first");
        c = ok(act("clerk", c, "request-correction", with().add("comment", "缺申请书等")));
        assertEquals("AWAITING_CORRECTION", c.getString("status"));
        assertFalse(c.getJsonArray("missingMaterialsNotified").isEmpty());
        c = ok(act("clerk", c, "supplement", with()));
        c = ok(act("clerk", c, "accept", with()));
        assertEquals("IN_PROGRESS", c.getString("status"));
        assertNotNull(c.getJsonObject("deadlines").getString("promised"));
        assertNotNull(c.getJsonObject("deadlines").getString("statutory"));

        c = ok(act("clerk", c, "start-special-procedure", with().add("procedureType", "INSPECTION")
                .add("reason", "现场核查经营场所").add("days", 3)));
        assertTrue(absent(c.getJsonObject("deadlines"), "promised"), "clock stopped");
        assertEquals(409, act("clerk", c, "complete-step", with().add("comment", "x")).status());
        c = ok(act("clerk", c, "end-special-procedure", with().add("reason", "核查合格")));
        assertFalse(absent(c.getJsonObject("deadlines"), "promised"));

        while (c.getJsonArray("steps").stream().filter(s -> absent(s.asJsonObject(), "completedOn")).count() > 1) {
            c = ok(act("clerk", c, "complete-step", with().add("comment", "符合条件")));
        }
        assertEquals(403, act("clerk", c, "decide", with().add("decision", "APPROVED")).status(), "approver decides");
        c = ok(act("approver", c, "decide", with().add("decision", "APPROVED")));
        assertEquals("DECIDED", c.getString("status"));
        assertNotNull(c.getJsonObject("deadlines").getString("delivery"));
        c = ok(act("clerk", c, "deliver", with().add("deliveryMethod", "POST").add("trackingNumber", "SF100200300")));
        assertEquals("DELIVERED", c.getString("status"));

        Http.Reply timeline = get("/api/v1/cases/" + c.getString("receiptNumber") + "/timeline", "clerk");
        assertEquals(200, timeline.status());
        assertTrue(timeline.jsonArray().size() >= 9, timeline.body());

        // the public sees the notes addressed to it, never internal comments or the full name
        Http.Reply track = get("/api/v1/public/cases/" + c.getString("receiptNumber") + "?queryCode=" + c.getString("queryCode"), null);
        assertEquals(200, track.status(), track.body());
        assertEquals("DELIVERED", track.json().getString("status"));
        assertFalse(track.body().contains("窗口收件"), "internal comment leaked");
        assertFalse(track.body().contains("阳光县测试餐饮有限公司"), "full name leaked");
        assertFalse(track.body().contains("91330399MA2TEST01X"));
        assertTrue(track.body().contains("请一次性补正"));
        assertEquals(404, get("/api/v1/public/cases/" + c.getString("receiptNumber") + "?queryCode=WRONG1", null).status());
    }

    @Test
    void immediateCaseIsConcludedOnTheSpot() {
        JsonObject c = receive("clerk", "SCJGJ", "IMMEDIATE", true);
        c = ok(act("clerk", c, "accept", with()));
        assertEquals(c.getString("receivedOn"), c.getJsonObject("deadlines").getString("promised"));
        while (c.getJsonArray("steps").stream().filter(s -> absent(s.asJsonObject(), "completedOn")).count() > 1) {
            c = ok(act("clerk", c, "complete-step", with().add("comment", "当场办理")));
        }
        c = ok(act("approver", c, "decide", with().add("decision", "APPROVED")));
        c = ok(act("clerk", c, "deliver", with().add("deliveryMethod", "WINDOW_PICKUP")));
        assertEquals("DELIVERED", c.getString("status"));
        assertTrue(c.getJsonArray("violations").isEmpty(), "same day is no violation");
    }

    @Test
    void refusalNeedsAReasonAndIsFinal() {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", false);
        assertEquals(400, act("clerk", c, "refuse", with()).status());
        c = ok(act("clerk", c, "refuse", with().add("reason", "不属于本机关职权范围，请向阳光县卫生健康局申请")));
        assertEquals("REFUSED", c.getString("status"));
        assertEquals(409, act("clerk", c, "accept", with()).status());
    }

    @Test
    void extensionOnceByTheApproverAndIllegalTransitions() {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", true);
        assertEquals(409, act("approver", c, "decide", with().add("decision", "APPROVED")).status(), "not accepted yet");
        assertEquals(409, act("clerk", c, "deliver", with().add("deliveryMethod", "POST")).status());
        c = ok(act("clerk", c, "accept", with()));
        String promised = c.getJsonObject("deadlines").getString("promised");
        assertEquals(403, act("clerk", c, "extend", with().add("days", 5).add("reason", "需专家论证")).status());
        assertEquals(400, act("approver", c, "extend", with().add("days", 11).add("reason", "需专家论证")).status());
        c = ok(act("approver", c, "extend", with().add("days", 5).add("reason", "需专家论证")));
        assertTrue(c.getJsonObject("deadlines").getString("promised").compareTo(promised) > 0);
        assertEquals(409, act("approver", c, "extend", with().add("days", 1).add("reason", "再延")).status(), "only once");
        assertEquals(404, act("clerk", c, "fly-away", with()).status());
        Http.Reply noVersion = post("/api/v1/cases/" + c.getString("receiptNumber") + "/actions/accept", "clerk", "{}");
        assertEquals(400, noVersion.status());
        assertTrue(noVersion.isProblem());
    }

    @Test
    void departmentsSeeAndActOnlyOnTheirOwnCases() {
        JsonObject other = receive("api", "MZJ", "PROMISED", true);
        assertEquals("API", other.getString("channel"));
        assertEquals(403, get("/api/v1/cases/" + other.getString("receiptNumber"), "clerk").status());
        assertEquals(403, act("clerk", other, "accept", with()).status());
        assertEquals(403, act("approver", other, "accept", with()).status());
        assertEquals(200, get("/api/v1/cases/" + other.getString("receiptNumber"), "supervisor").status());
        assertEquals(200, get("/api/v1/cases/" + other.getString("receiptNumber"), "api").status());
        assertEquals(403, act("api", other, "accept", with()).status(), "the API role is read-only plus receipt");
        assertEquals(404, get("/api/v1/cases/330399-20000101-999999", "api").status());
        assertEquals(401, get("/api/v1/cases/" + other.getString("receiptNumber"), null).status());
    }

    @Test
    void twoConcurrentActionsOneWins() throws Exception {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> accept = () -> act("clerk", c, "accept", with()).status();
            List<Future<Integer>> results = pool.invokeAll(List.of(accept, accept));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) statuses.add(f.get());
            statuses.sort(Integer::compareTo);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        JsonObject now = get("/api/v1/cases/" + c.getString("receiptNumber"), "clerk").json();
        assertEquals("IN_PROGRESS", now.getString("status"));
        long accepts = get("/api/v1/cases/" + c.getString("receiptNumber") + "/timeline", "clerk").jsonArray().stream()
                .filter(e -> e.asJsonObject().getString("action").equals("ACCEPT")).count();
        assertEquals(1, accepts, "the loser left no trace");
    }

    @Test
    void concurrentReceiptsGetDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) jobs.add(() -> receive("clerk", "SCJGJ", "PROMISED", true).getString("receiptNumber"));
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : pool.invokeAll(jobs)) numbers.add(f.get());
            assertEquals(16, numbers.size(), numbers.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void materialFilesAreCheckedStoredAndServedOnlyThroughTheirCase() throws Exception {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", false);
        String material = c.getJsonArray("materials").getJsonObject(0).getString("name");
        String base = "/api/v1/cases/" + c.getString("receiptNumber") + "/materials?material=" + Http.enc(material) + "&fileName=";
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8);
        Http.Reply bad = Http.postBytes(base + "virus.exe&version=" + c.getInt("version"), "clerk", "application/octet-stream", pdf);
        assertEquals(400, bad.status(), bad.body());
        Http.Reply big = Http.postBytes(base + "big.pdf&version=" + c.getInt("version"), "clerk", "application/octet-stream",
                new byte[10 * 1024 * 1024 + 1]);
        assertEquals(400, big.status());
        Http.Reply ok = Http.postBytes(base + Http.enc("申请书.pdf") + "&version=" + c.getInt("version"), "clerk",
                "application/octet-stream", pdf);
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.json().getJsonArray("materials").getJsonObject(0).getBoolean("received"));

        long fileId = get("/api/v1/cases/" + c.getString("receiptNumber") + "/timeline", "clerk").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("action").equals("ATTACH_MATERIAL")).findFirst()
                .orElseThrow().getJsonNumber("fileId").longValue();
        String url = "/admin/case-files/" + c.getString("receiptNumber") + "/" + fileId;
        Http.Reply download = get(url, "clerk");
        assertEquals(200, download.status());
        assertEquals("%PDF-1.4 test", download.body());
        assertEquals(404, get(url, "clerk2").status(), "another department cannot fetch it");
        assertEquals(302, get(url, null).status(), "anonymous is sent to the login");
        assertEquals(404, get("/files/" + fileId, null).status(), "not a public file");
    }

    @Test
    void invalidReceiptIsRejectedWithFieldMessages() {
        Http.Reply r = post("/api/v1/cases", "clerk", "{\"implementationCode\":\"\",\"applicant\":{\"name\":\"\"}}");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem());
        String errors = r.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("implementationCode") && errors.contains("applicant.idNumber"), errors);
    }
}

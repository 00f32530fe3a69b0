package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.enc;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;
import static org.yangguang.it.Http.put;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog through the REST API, as departments, the office and upper-level platforms use it:
 * the review workflow end to end, the public reads, and every error as problem JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void demoCatalogIsPublishedAndSearchableInChinese() {
        Http.Reply r = get("/api/v1/matters?q=" + enc("食品") + "&size=100", null);
        assertEquals(200, r.status(), r.body());
        JsonObject page = r.json();
        assertTrue(page.getInt("total") >= 2, r.body());
        assertTrue(page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("name"))
                .anyMatch(n -> n.equals("食品经营许可")), r.body());
        assertTrue(page.getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getString("name").contains("食品")));

        Http.Reply all = get("/api/v1/matters?size=1", null);
        assertTrue(all.json().getInt("total") >= 80, "demo county has at least 80 matters");
    }

    @Test
    void filtersByDepartmentAndTypeWithPaging() {
        JsonObject p1 = get("/api/v1/matters?department=SCJGJ&type=ADMINISTRATIVE_LICENSING&page=1&size=5", null).json();
        JsonObject p2 = get("/api/v1/matters?department=SCJGJ&type=ADMINISTRATIVE_LICENSING&page=2&size=5", null).json();
        assertEquals(5, p1.getJsonArray("items").size());
        assertEquals(p1.getInt("total"), p2.getInt("total"));
        assertFalse(p1.getJsonArray("items").get(0).equals(p2.getJsonArray("items").get(0)));
        p1.getJsonArray("items").forEach(v -> {
            assertEquals("SCJGJ", v.asJsonObject().getJsonObject("department").getString("code"));
            assertEquals("ADMINISTRATIVE_LICENSING", v.asJsonObject().getString("type"));
        });
    }

    @Test
    void oneMatterHasAllItsElements() {
        String code = get("/api/v1/matters?q=" + enc("食品经营许可") + "&size=1", null).json()
                .getJsonArray("items").getJsonObject(0).getString("implementationCode");
        Http.Reply r = get("/api/v1/matters/" + code, null);
        assertEquals(200, r.status());
        JsonObject m = r.json();
        assertEquals(code, m.getString("implementationCode"));
        assertEquals("SCJGJ", m.getJsonObject("department").getString("code"));
        assertEquals("阳光县市场监督管理局", m.getJsonObject("department").getString("name"));
        JsonObject statutory = m.getJsonObject("statutoryLimit");
        JsonObject promised = m.getJsonObject("promisedLimit");
        assertEquals("WORKING_DAYS", statutory.getString("unit"));
        assertTrue(promised.getInt("value") <= statutory.getInt("value"));
        assertFalse(m.getJsonArray("materials").isEmpty());
        assertFalse(m.getJsonArray("steps").isEmpty());
        assertTrue(m.containsKey("fees"));
    }

    @Test
    void errorsAreProblemJson() {
        Http.Reply unknown = get("/api/v1/matters/NOSUCHCODE123", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem(), unknown.contentType());
        assertEquals(404, unknown.json().getInt("status"));

        for (String bad : new String[] {"page=0", "page=abc", "size=101", "size=0", "type=LICENCE"}) {
            Http.Reply r = get("/api/v1/matters?" + bad, null);
            assertEquals(400, r.status(), bad);
            assertTrue(r.isProblem(), bad);
            assertEquals(400, r.json().getInt("status"));
            assertFalse(r.json().getJsonArray("errors").isEmpty(), bad);
        }

        Http.Reply noSuchEndpoint = get("/api/v1/nothing-here", "api");
        assertEquals(404, noSuchEndpoint.status());
        assertTrue(noSuchEndpoint.isProblem());

        Http.Reply badJson = post("/api/v1/catalog/drafts", "clerk", "{not json");
        assertEquals(400, badJson.status(), badJson.body());
        assertTrue(badJson.isProblem());
        assertFalse(badJson.body().contains("Exception"), badJson.body());
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Http.Reply r = get("/openapi", null);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/v1/matters/{implementationCode}"), r.body());
        assertTrue(r.body().contains("/api/v1/catalog/drafts"), r.body());
    }

    @Test
    void invalidDraftNamesEveryField() {
        Http.Reply r = post("/api/v1/catalog/drafts", "clerk", "{\"name\":\"只有名称\"}");
        assertEquals(400, r.status());
        assertTrue(r.isProblem());
        String errors = r.json().getJsonArray("errors").toString();
        for (String field : new String[] {"implementationCode", "baseCode", "type", "departmentCode", "legalBasis",
                "conditions", "channels", "steps"}) {
            assertTrue(errors.contains(field + ":"), field + " missing in " + errors);
        }
    }

    @Test
    void promisedLimitAboveStatutoryIsRejectedAndNothingSaved() {
        String code = MatterJson.newCode();
        JsonObject draft = MatterJson.draft(code, "SCJGJ", "承诺超法定测试", 25).build();
        Http.Reply r = post("/api/v1/catalog/drafts", "clerk", draft.toString());
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("不得超过法定时限"), r.body());
        assertEquals(404, get("/api/v1/catalog/matters/" + code + "/versions", "office").status());
    }

    @Test
    void draftSubmitPublishChangeReturnRepublish() {
        String code = MatterJson.newCode();
        String name = "接口测试许可" + code.substring(code.length() - 6);

        // the clerk drafts a new matter of the own department and submits it
        Http.Reply created = post("/api/v1/catalog/drafts", "clerk", MatterJson.draft(code, "SCJGJ", name, 2).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject v = created.json();
        assertEquals("DRAFT", v.getString("status"));
        long id = v.getJsonNumber("id").longValue();
        assertEquals(404, get("/api/v1/matters/" + code, null).status(), "a draft is not public");

        Http.Reply submit = post("/api/v1/catalog/drafts/" + id + "/submit", "clerk", token(v));
        assertEquals(200, submit.status(), submit.body());
        JsonObject submitted = submit.json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertTrue(get("/api/v1/catalog/review-queue?size=100", "office").body().contains(code));

        // the office publishes it today: the public sees version 1
        Http.Reply published = post("/api/v1/catalog/drafts/" + id + "/publish", "office",
                Json.createObjectBuilder().add("effectiveDate", TODAY.toString()).add("version", submitted.getInt("version")).build().toString());
        assertEquals(200, published.status(), published.body());
        assertEquals(1, published.json().getInt("number"));
        JsonObject v1 = get("/api/v1/matters/" + code, null).json();
        assertEquals(name, v1.getString("name"));
        assertEquals(2, v1.getJsonObject("promisedLimit").getInt("value"));
        assertEquals(1, v1.getInt("versionNumber"));
        assertTrue(get("/api/v1/matters?q=" + enc(name), null).json().getInt("total") == 1);

        // a change: the clerk shortens the promised limit, the office returns it once
        Http.Reply change = post("/api/v1/catalog/matters/" + code + "/changes", "clerk", "");
        assertEquals(201, change.status(), change.body());
        JsonObject c = change.json();
        long changeId = c.getJsonNumber("id").longValue();
        JsonObject content = MatterJson.draft(code, "SCJGJ", name, 1).add("changeNote", "压缩承诺时限").build();
        Http.Reply saved = put("/api/v1/catalog/drafts/" + changeId + "?version=" + c.getInt("version"), "clerk", content.toString());
        assertEquals(200, saved.status(), saved.body());

        // a stale version is a conflict and changes nothing
        Http.Reply stale = put("/api/v1/catalog/drafts/" + changeId + "?version=" + c.getInt("version"), "clerk",
                MatterJson.draft(code, "SCJGJ", "被覆盖的名称", 1).build().toString());
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem());
        assertEquals(name, get("/api/v1/catalog/drafts/" + changeId, "clerk").json().getJsonObject("content").getString("name"));

        JsonObject s2 = post("/api/v1/catalog/drafts/" + changeId + "/submit", "clerk", token(saved.json())).json();
        Http.Reply noReason = post("/api/v1/catalog/drafts/" + changeId + "/return", "office",
                Json.createObjectBuilder().add("reason", " ").add("version", s2.getInt("version")).build().toString());
        assertEquals(400, noReason.status(), noReason.body());
        JsonObject returned = post("/api/v1/catalog/drafts/" + changeId + "/return", "office",
                Json.createObjectBuilder().add("reason", "请补充压缩时限的依据").add("version", s2.getInt("version")).build().toString()).json();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("请补充压缩时限的依据", returned.getString("returnReason"));

        // publishing a returned draft is an illegal transition
        Http.Reply illegal = post("/api/v1/catalog/drafts/" + changeId + "/publish", "office",
                Json.createObjectBuilder().add("effectiveDate", TODAY.toString()).add("version", returned.getInt("version")).build().toString());
        assertEquals(409, illegal.status(), illegal.body());

        // resubmitted and published with a future effective date: the public still sees version 1
        JsonObject s3 = post("/api/v1/catalog/drafts/" + changeId + "/submit", "clerk", token(returned)).json();
        JsonObject p2 = post("/api/v1/catalog/drafts/" + changeId + "/publish", "office",
                Json.createObjectBuilder().add("effectiveDate", TODAY.plusDays(7).toString()).add("version", s3.getInt("version")).build().toString()).json();
        assertEquals(2, p2.getInt("number"));
        assertEquals(2, get("/api/v1/matters/" + code, null).json().getJsonObject("promisedLimit").getInt("value"));

        // every version stays viewable; the two differ exactly in the promised limit and the note
        Http.Reply history = get("/api/v1/catalog/matters/" + code + "/versions", "api");
        assertEquals(200, history.status(), history.body());
        assertEquals(2, history.jsonArray().size());
        JsonObject old = get("/api/v1/catalog/matters/" + code + "/versions/" + id, "api").json();
        assertEquals(2, old.getJsonObject("promisedLimit").getInt("value"));

        Http.Reply past = post("/api/v1/catalog/drafts/" + changeId + "/publish", "office",
                Json.createObjectBuilder().add("effectiveDate", TODAY.minusDays(1).toString()).add("version", p2.getInt("version")).build().toString());
        assertEquals(400, past.status(), "effective date in the past");
    }

    /** The change the demo leaves in the review queue is a real one: returned, it can be resubmitted as it is. */
    @Test
    void theDemoChangeInTheReviewQueueCanBeReturnedAndResubmitted() {
        JsonObject demo = get("/api/v1/catalog/review-queue?size=100", "office").jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(v -> !v.isNull("changeNote") && v.getString("changeNote").startsWith("压缩承诺时限1个工作日"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo change is not in the review queue"));
        long id = demo.getJsonNumber("id").longValue();
        Http.Reply returned = post("/api/v1/catalog/drafts/" + id + "/return", "office",
                Json.createObjectBuilder().add("reason", "请说明压缩时限后的人员安排").add("version", demo.getInt("version")).build().toString());
        assertEquals(200, returned.status(), returned.body());
        Http.Reply resubmitted = post("/api/v1/catalog/drafts/" + id + "/submit", "clerk", token(returned.json()));
        assertEquals(200, resubmitted.status(), "its step limits fit its promised limit: " + resubmitted.body());
        assertEquals("SUBMITTED", resubmitted.json().getString("status"));
    }

    private static String token(JsonObject version) {
        return Json.createObjectBuilder().add("version", version.getInt("version")).build().toString();
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;
import static org.yangguang.it.Http.put;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Electronic supervision through the API: findings issued at the moment of the action, each
 * department seeing and answering its own cards, the supervision office confirming, revoking and
 * ruling on appeals; complaints from entry to card; scores; rules as versioned data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObject finding(String receiptNumber, String rule) {
        return Supervision.findings(receiptNumber).stream().filter(f -> f.getString("rule").equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not issued for " + receiptNumber + ": "
                        + Supervision.findings(receiptNumber)));
    }

    static Http.Reply findingAction(long id, String action, String user, JsonObject body) {
        return post("/api/v1/supervision/findings/" + id + "/" + action, user, body.toString());
    }

    /**
     * The API's problems are in Chinese, or in English when Accept-Language prefers English, with
     * the same statuses and each error under its field: Bean Validation inside the service (the
     * server's default locale is English, so the Chinese answer shows the message is put into
     * words again from its template), a refusal of the service, a strict JSON type check.
     */
    @Test
    void problemsAreInChineseOrInEnglishWhenAskedWithTheSameStatus() {
        String nameless = Json.createObjectBuilder().add("channel", "PHONE").add("name", " ").add("phone", "13700000000")
                .add("departmentCode", "SCJGJ").add("content", "窗口工作人员态度不好").build().toString();
        Http.Reply zh = post("/api/v1/supervision/complaints", "supervisor", nameless);
        assertEquals(400, zh.status(), zh.body());
        assertEquals("请求无效", zh.json().getString("title"));
        assertEquals(List.of("name: 请填写投诉人姓名"), zh.json().getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        Http.Reply en = Http.postIn("en", "/api/v1/supervision/complaints", "supervisor", nameless);
        assertEquals(400, en.status(), en.body());
        assertEquals("Invalid request", en.json().getString("title"));
        assertEquals("name: Please enter the complainant's name", en.json().getString("detail"));
        assertEquals("name: 请填写投诉人姓名", Http.postIn("zh-CN,en;q=0.8", "/api/v1/supervision/complaints", "supervisor", nameless)
                .json().getString("detail"), "Chinese first is Chinese");

        assertEquals("没有这件投诉：987654321", get("/api/v1/supervision/complaints/987654321", "supervisor").json().getString("detail"));
        Http.Reply missing = Http.getIn("en-GB, en;q=0.9", "/api/v1/supervision/complaints/987654321", "supervisor");
        assertEquals(404, missing.status());
        assertEquals("No such complaint: 987654321", missing.json().getString("detail"));
        assertEquals("Not found", missing.json().getString("title"));

        Http.Reply noVersion = Http.postIn("en", "/api/v1/supervision/complaints/987654321/accept", "supervisor", "{}");
        assertEquals(400, noVersion.status(), noVersion.body());
        assertEquals("version: Please send the version you read, so that nobody's change is overwritten",
                noVersion.json().getJsonArray("errors").getString(0), "the field keeps its name");
    }

    @Test
    void aSecondCorrectionNoticeIsAYellowCardTheDepartmentAnswersAndTheOfficeConfirms() {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", false);
        c = CaseApiIT.ok(CaseApiIT.act("clerk", c, "request-correction", CaseApiIT.with()));
        c = CaseApiIT.ok(CaseApiIT.act("clerk", c, "request-correction", CaseApiIT.with().add("confirmed", true)
                .add("reason", "补交材料中发现新的缺项")));
        String rn = c.getString("receiptNumber");
        JsonObject card = finding(rn, "CORRECTION_NOTICE_BROKEN");
        assertEquals("YELLOW", card.getString("level"));
        assertEquals("OPEN", card.getString("status"));
        assertEquals(Supervision.today().toString(), card.getString("deadline"), "keyed by the day of the notice");
        assertTrue(card.getString("explanation").contains("一次性告知未落实"), card.toString());
        assertEquals("YELLOW", get("/api/v1/cases/" + rn, "clerk").json().getString("supervisionLevel"));
        long id = card.getJsonNumber("id").longValue();

        // the department sees its own card, another department does not
        assertEquals(200, get("/api/v1/supervision/findings/" + id, "clerk").status());
        assertEquals(403, get("/api/v1/supervision/findings/" + id, "clerk2").status());
        for (JsonValue v : get("/api/v1/supervision/findings?size=200", "clerk2").json().getJsonArray("items")) {
            assertFalse("SCJGJ".equals(v.asJsonObject().getString("department")), "clerk2 sees only its department");
        }

        JsonObject answer = Json.createObjectBuilder().add("version", card.getInt("version"))
                .add("answer", "窗口新人未掌握一次性告知要求").add("rectification", "已组织全员培训并修订收件清单").build();
        assertEquals(403, findingAction(id, "answer", "clerk2", answer).status());
        assertEquals(403, findingAction(id, "answer", "supervisor", answer).status(), "the office does not answer for them");
        Http.Reply answered = findingAction(id, "answer", "clerk", answer);
        assertEquals(200, answered.status(), answered.body());
        assertEquals("ANSWERED", answered.json().getJsonObject("finding").getString("status"));
        assertEquals(409, findingAction(id, "answer", "clerk", answer).status(), "stale version");

        int version = answered.json().getJsonObject("finding").getInt("version");
        assertEquals(403, findingAction(id, "confirm", "clerk", Json.createObjectBuilder().add("version", version).build())
                .status());
        Http.Reply confirmed = findingAction(id, "confirm", "supervisor",
                Json.createObjectBuilder().add("version", version).add("note", "整改到位").build());
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonObject detail = confirmed.json();
        assertEquals("CONFIRMED", detail.getJsonObject("finding").getString("status"));
        assertEquals("supervisor", detail.getString("resolvedBy"));
        List<String> history = detail.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("action")).toList();
        assertEquals(List.of("FINDING_ANSWER", "FINDING_CONFIRM"), history);
    }

    @Test
    void aRefusalWithoutARealReasonIsACardThatCanBeAppealedAndRevoked() {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        c = CaseApiIT.ok(CaseApiIT.act("clerk", c, "refuse", CaseApiIT.with().add("reason", "不行")));
        String rn = c.getString("receiptNumber");
        JsonObject card = finding(rn, "REFUSAL_WITHOUT_REASON");
        assertTrue(card.getString("explanation").contains("“不行”"), card.toString());
        long id = card.getJsonNumber("id").longValue();

        Http.Reply appealed = findingAction(id, "appeal", "clerk", Json.createObjectBuilder()
                .add("version", card.getInt("version")).add("appeal", "理由已当面告知申请人，见收件记录").build());
        assertEquals(200, appealed.status(), appealed.body());
        assertEquals("APPEALED", appealed.json().getJsonObject("finding").getString("status"));
        int version = appealed.json().getJsonObject("finding").getInt("version");
        Http.Reply rejected = findingAction(id, "appeal-ruling", "supervisor", Json.createObjectBuilder()
                .add("version", version).add("upheld", false).add("ruling", "书面决定书未写明理由").build());
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("OPEN", rejected.json().getJsonObject("finding").getString("status"), "the card stands");

        version = rejected.json().getJsonObject("finding").getInt("version");
        Http.Reply noReason = findingAction(id, "revoke", "supervisor", Json.createObjectBuilder().add("version", version).build());
        assertEquals(400, noReason.status(), noReason.body());
        Http.Reply revoked = findingAction(id, "revoke", "supervisor", Json.createObjectBuilder().add("version", version)
                .add("reason", "复核后确认已口头及书面说明").build());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().getJsonObject("finding").getString("status"));
        assertEquals("复核后确认已口头及书面说明", revoked.json().getString("resolution"));
        assertFalse(get("/api/v1/cases/" + rn, "clerk").json().containsKey("supervisionLevel"),
                "a revoked card no longer marks the case");
        assertEquals(1, Supervision.findings(rn).size(), "revoked, not deleted");
    }

    @Test
    void findingsListFiltersAndBadInput() {
        assertEquals(401, get("/api/v1/supervision/findings", null).status());
        Http.Reply bad = get("/api/v1/supervision/findings?level=PURPLE&size=500", "supervisor");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem());
        assertEquals(2, bad.json().getJsonArray("errors").size(), bad.body());
        JsonObject yellow = get("/api/v1/supervision/findings?level=YELLOW&size=5", "supervisor").json();
        for (JsonValue v : yellow.getJsonArray("items")) assertEquals("YELLOW", v.asJsonObject().getString("level"));
        JsonObject all = get("/api/v1/supervision/findings?size=1", "supervisor").json();
        assertTrue(all.getJsonNumber("total").longValue() >= yellow.getJsonNumber("total").longValue());
        assertEquals(403, get("/api/v1/supervision/findings", "editor").status());
        assertEquals(404, get("/api/v1/supervision/findings/99999999", "supervisor").status());
    }

    @Test
    void aComplaintFromEntryToCardAndItsPublicTracking() {
        Http.Reply entered = post("/api/v1/supervision/complaints", "supervisor", Json.createObjectBuilder()
                .add("channel", "PHONE").add("name", "王先生").add("phone", "13700000000").add("departmentCode", "SCJGJ")
                .add("content", "窗口工作人员要求重复提交材料").build().toString());
        assertEquals(201, entered.status(), entered.body());
        String number = entered.json().getString("number");
        String code = entered.json().getString("queryCode");
        assertEquals(404, get("/api/v1/public/complaints/" + number + "?queryCode=WRONG1", null).status());
        JsonObject tracked = get("/api/v1/public/complaints/" + number + "?queryCode=" + code, null).json();
        assertEquals("RECEIVED", tracked.getString("status"));
        assertEquals("王**", tracked.getString("complainant"));
        assertEquals(403, get("/api/v1/supervision/complaints", "clerk").status());

        JsonObject row = get("/api/v1/supervision/complaints?q=" + number, "supervisor").json().getJsonArray("items")
                .getJsonObject(0);
        long id = row.getJsonNumber("id").longValue();
        // what the transition table allows the caller: the supervision office acts, the office reads
        assertEquals(List.of("accept", "refuse"), actions(row));
        assertEquals(List.of("accept", "refuse"), actions(get("/api/v1/supervision/complaints/" + id, "supervisor").json()));
        assertEquals(List.of(), actions(get("/api/v1/supervision/complaints/" + id, "office").json()));
        assertEquals(404, post("/api/v1/supervision/complaints/" + id + "/escalate", "supervisor",
                "{\"version\":" + row.getInt("version") + "}").status());
        assertEquals(400, post("/api/v1/supervision/complaints/" + id + "/accept", "supervisor", "{}").status(), "no version");
        assertEquals(403, post("/api/v1/supervision/complaints/" + id + "/accept", "office",
                "{\"version\":" + row.getInt("version") + "}").status());
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/accept", "supervisor",
                "{\"version\":" + row.getInt("version") + "}").status());
        assertEquals(409, post("/api/v1/supervision/complaints/" + id + "/accept", "supervisor",
                "{\"version\":" + (row.getInt("version") + 1) + "}").status(), "accepted already");
        row = get("/api/v1/supervision/complaints?q=" + number, "supervisor").json().getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("reply"), actions(row));
        assertEquals(400, post("/api/v1/supervision/complaints/" + id + "/reply", "supervisor",
                "{\"version\":" + row.getInt("version") + ",\"outcome\":\"MAYBE\",\"reply\":\"x\"}").status());
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/reply", "supervisor",
                "{\"version\":" + row.getInt("version") + ",\"outcome\":\"SUBSTANTIATED\",\"reply\":\"经查属实，已责令整改\"}").status());
        row = get("/api/v1/supervision/complaints?q=" + number, "supervisor").json().getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("card"), actions(row));
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/card", "supervisor",
                "{\"version\":" + row.getInt("version") + ",\"trigger\":\"COMPLAINT_SUBSTANTIATED\"}").status());
        row = get("/api/v1/supervision/complaints?q=" + number, "supervisor").json().getJsonArray("items").getJsonObject(0);
        long findingId = row.getJsonNumber("findingId").longValue();
        assertEquals(List.of(), actions(row), "a card once");
        JsonObject card = get("/api/v1/supervision/findings/" + findingId, "clerk").json().getJsonObject("finding");
        assertEquals("COMPLAINT_SUBSTANTIATED", card.getString("rule"));
        assertEquals("SCJGJ", card.getString("department"));
        assertEquals(409, post("/api/v1/supervision/complaints/" + id + "/card", "supervisor",
                "{\"version\":" + row.getInt("version") + ",\"trigger\":\"COMPLAINT_SUBSTANTIATED\"}").status(), "once");
        tracked = get("/api/v1/public/complaints/" + number + "?queryCode=" + code, null).json();
        assertEquals("REPLIED", tracked.getString("status"));
        assertEquals("属实", tracked.getString("outcome"));
    }

    @Test
    void scoresPerQuarterAndMonth() {
        String quarter = Supervision.today().getYear() + "-Q" + ((Supervision.today().getMonthValue() - 1) / 3 + 1);
        JsonObject q = get("/api/v1/supervision/scores?period=" + quarter, "supervisor").json();
        assertEquals(quarter, q.getString("period"));
        JsonObject county = q.getJsonObject("county");
        long received = q.getJsonArray("departments").stream().mapToLong(d -> d.asJsonObject().getJsonNumber("received")
                .longValue()).sum();
        assertEquals(received, county.getJsonNumber("received").longValue(), "the county is the sum");
        assertTrue(List.of("优秀", "良好", "合格", "不合格").contains(county.getString("grade")));
        JsonObject month = get("/api/v1/supervision/scores?period=" + Supervision.today().toString().substring(0, 7),
                "office").json();
        assertFalse(month.getJsonObject("county").containsKey("grade"), "months are not graded");
        // a quarter without cases is not graded 100 优秀: no score, no grade, for any department or the county
        JsonObject empty = get("/api/v1/supervision/scores?period=2020-Q1", "supervisor").json();
        for (JsonObject d : empty.getJsonArray("departments").getValuesAs(JsonObject.class)) {
            assertTrue(!d.containsKey("score") || d.isNull("score"), d.toString());
            assertFalse(d.containsKey("grade") && !d.isNull("grade"), d.toString());
        }
        assertTrue(!empty.getJsonObject("county").containsKey("score") || empty.getJsonObject("county").isNull("score"));
        assertEquals(400, get("/api/v1/supervision/scores?period=2026-Q5", "supervisor").status());
        assertEquals(403, get("/api/v1/supervision/scores?period=" + quarter, "clerk").status());
    }

    @Test
    void rulesAreVersionedData() {
        JsonObject rule = get("/api/v1/supervision/rules", "supervisor").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("code").equals("STEP_DUE_SOON")).findFirst().orElseThrow();
        int v = rule.getInt("ruleVersion");
        String edit = "{\"name\":\"环节期限临近\",\"level\":\"WARNING\",\"threshold\":2,\"enabled\":true,\"note\":\"提前两日提醒\",\"revision\":" + v + "}";
        assertEquals(403, put("/api/v1/supervision/rules/STEP_DUE_SOON", "office", edit).status());
        assertEquals(400, put("/api/v1/supervision/rules/STEP_DUE_SOON", "supervisor", edit.replace("提前两日提醒", "")).status());
        Http.Reply revised = put("/api/v1/supervision/rules/STEP_DUE_SOON", "supervisor", edit);
        assertEquals(200, revised.status(), revised.body());
        assertEquals(v + 1, revised.json().getInt("ruleVersion"));
        assertEquals(409, put("/api/v1/supervision/rules/STEP_DUE_SOON", "supervisor", edit).status(), "stale revision");
        Http.Reply back = put("/api/v1/supervision/rules/STEP_DUE_SOON", "supervisor",
                edit.replace("\"threshold\":2", "\"threshold\":1").replace("提前两日提醒", "恢复默认").replace("\"revision\":" + v,
                        "\"revision\":" + (v + 1)));
        assertEquals(200, back.status(), back.body());
        assertEquals(1, back.json().getInt("threshold"));
        assertEquals(404, put("/api/v1/supervision/rules/NO_SUCH_RULE", "supervisor", edit).status());
    }

    @Test
    void theSupervisorReadsTheAuditTrail() {
        assertEquals(200, get("/admin/office/audit.xhtml", "supervisor").status());
        assertEquals(403, get("/admin/office/audit.xhtml", "clerk").status());
        assertEquals(403, get("/admin/office/users.xhtml", "supervisor").status(), "but not the rest of the office's pages");
    }

    /** The {@code allowedActions} of a complaint as the API lists them. */
    static List<String> actions(JsonObject complaint) {
        return complaint.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}

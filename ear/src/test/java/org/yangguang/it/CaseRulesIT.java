package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.CaseApiIT.act;
import static org.yangguang.it.CaseApiIT.ok;
import static org.yangguang.it.CaseApiIT.receive;
import static org.yangguang.it.CaseApiIT.with;
import static org.yangguang.it.Http.get;

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
 * The case rules on the running server: one transition table for everyone (allowedActions),
 * documents as records, the assignee rule, the one-time correction rule and reasons for denials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseRulesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static List<String> allowed(JsonObject c) {
        return c.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    static JsonObject read(JsonObject c, String user) {
        return get("/api/v1/cases/" + c.getString("receiptNumber"), user).json();
    }

    static JsonObject document(JsonObject c, String kind) {
        String rn = c.getString("receiptNumber");
        JsonObject ref = read(c, "clerk").getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals(kind)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + kind + " on " + rn));
        return get("/api/v1/cases/" + rn + "/documents/" + ref.getJsonNumber("id").longValue(), "clerk").json();
    }

    @Test
    void theAcceptanceNoticeKeepsTheDeadlinesTheApplicantWasToldAfterAnExtension() {
        JsonObject c = ok(act("clerk", receive("clerk", "SCJGJ", "PROMISED", true), "accept", with()));
        JsonObject notice = document(c, "ACCEPTANCE");
        assertTrue(notice.getBoolean("intact"));
        assertTrue(notice.getString("number").matches("阳市监许受字〔\\d{4}〕第\\d+号"), notice.getString("number"));
        String promisedBefore = c.getJsonObject("deadlines").getString("promised");

        c = ok(act("approver", c, "extend", with().add("days", 5).add("reason", "需现场核实经营场所")));
        assertNotEquals(promisedBefore, c.getJsonObject("deadlines").getString("promised"), "the extension moved the deadline");
        JsonObject reprint = document(c, "ACCEPTANCE");
        assertEquals(notice.getString("sha256"), reprint.getString("sha256"), "the notice as issued, never rewritten");
        assertEquals(notice.getJsonArray("paragraphs"), reprint.getJsonArray("paragraphs"));
        assertTrue(reprint.getJsonArray("paragraphs").toString().contains(chinese(promisedBefore)),
                "the deadline the applicant was told: " + reprint);
        JsonObject extension = document(c, "EXTENSION");
        assertTrue(extension.getJsonArray("paragraphs").toString().contains(chinese(c.getJsonObject("deadlines").getString("promised"))),
                "the new deadline is in a new document: " + extension);
    }

    /** 2026-12-09 → 2026年12月9日, as documents write dates. */
    static String chinese(String iso) {
        var d = java.time.LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    @Test
    void publicTrackingListsOnlyTheDocumentsIssued() {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", true);
        String rn = c.getString("receiptNumber");
        String code = c.getString("queryCode");
        JsonObject tracked = get("/api/v1/public/cases/" + rn + "?queryCode=" + code, null).json();
        assertEquals(List.of("RECEIPT"), tracked.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("kind")).toList());
        long id = tracked.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, get("/api/v1/public/cases/" + rn + "/documents/" + id + "?queryCode=" + code, null).status());
        assertEquals(404, get("/api/v1/public/cases/" + rn + "/documents/" + id + "?queryCode=WRONG1", null).status());
        ok(act("clerk", c, "refuse", with().add("reason", "不属于本机关职权范围，请向阳光县卫生健康局申请")));
        JsonObject refusal = document(c, "REFUSAL");
        String text = refusal.getJsonArray("paragraphs").toString();
        assertTrue(text.contains("不属于本机关职权范围") && text.contains("六十日内") && text.contains("六个月内"), text);
        assertEquals(2, get("/api/v1/public/cases/" + rn + "?queryCode=" + code, null).json().getJsonArray("documents").size());
    }

    @Test
    void aStepAssignedToSomeoneIsCompletedByThemOrTheApprover() {
        JsonObject c = ok(act("clerk", receive("clerk", "SCJGJ", "PROMISED", true), "accept", with()));
        c = ok(act("clerk", c, "complete-step", with().add("comment", "材料审查通过").add("assignee", "approver")));
        assertEquals("approver", c.getString("handler"));
        assertFalse(allowed(read(c, "clerk")).contains("complete-step"), "not the clerk's step any more");
        Http.Reply clerk = act("clerk", c, "complete-step", with().add("comment", "我来办"));
        assertEquals(403, clerk.status(), clerk.body());
        assertTrue(clerk.body().contains("只能由其本人或本部门审批人办理"), clerk.body());
        assertEquals(c.getInt("version"), read(c, "clerk").getInt("version"), "the refused action changed nothing");
        assertTrue(allowed(read(c, "approver")).contains("complete-step"));
        ok(act("approver", c, "complete-step", with().add("comment", "同意")));
    }

    @Test
    void aSecondCorrectionNoticeWithoutConfirmationIsRefused() {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", false);
        c = ok(act("clerk", c, "request-correction", with()));
        Http.Reply silent = act("clerk", c, "request-correction", with());
        assertEquals(400, silent.status(), silent.body());
        assertTrue(silent.isProblem());
        assertTrue(silent.body().contains("请确认并说明理由"), silent.body());
        Http.Reply noReason = act("clerk", c, "request-correction", with().add("confirmed", true));
        assertEquals(400, noReason.status(), noReason.body());
        JsonObject unchanged = read(c, "clerk");
        assertEquals(1, unchanged.getInt("correctionNotices"));
        assertEquals(0, unchanged.getJsonArray("violations").size());
        assertEquals(1, unchanged.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("CORRECTION")).count());

        c = ok(act("clerk", unchanged, "request-correction", with().add("confirmed", true).add("reason", "补交的申请书缺签字页")));
        assertEquals(2, c.getInt("correctionNotices"));
        assertEquals("SECOND_CORRECTION_NOTICE", c.getJsonArray("violations").getJsonObject(0).getString("kind"));
        assertTrue(document(c, "CORRECTION").getJsonArray("paragraphs").toString().contains("第2次补正告知"));
    }

    @Test
    void aDenialWithoutAReasonIsRefusedAndAPartialGrantToo() {
        JsonObject c = ok(act("clerk", receive("clerk", "SCJGJ", "PROMISED", true), "accept", with()));
        while (allowed(read(c, "clerk")).contains("complete-step")) {
            c = ok(act("clerk", read(c, "clerk"), "complete-step", with().add("comment", "同意")));
        }
        assertEquals(List.of("start-special-procedure", "extend", "decide"),
                allowed(read(c, "approver")).stream().filter(a -> !a.equals("charge")).toList());
        Http.Reply nothingChosen = act("approver", c, "decide", with());
        assertEquals(400, nothingChosen.status(), "nothing is pre-selected");
        Http.Reply denial = act("approver", c, "decide", with().add("decision", "DENIED"));
        assertEquals(400, denial.status(), denial.body());
        assertTrue(denial.body().contains("必须说明理由"), denial.body());
        Http.Reply partial = act("approver", c, "decide", with().add("decision", "PARTIAL").add("reason", "  "));
        assertEquals(400, partial.status(), partial.body());
        assertEquals("IN_PROGRESS", read(c, "approver").getString("status"), "nothing decided");
        assertFalse(read(c, "approver").getJsonArray("documents").toString().contains("DENIAL"));

        c = ok(act("approver", c, "decide", with().add("decision", "DENIED").add("reason", "经营场所不符合食品安全要求")));
        assertEquals("DECIDED", c.getString("status"));
        String text = document(c, "DENIAL").getJsonArray("paragraphs").toString();
        assertTrue(text.contains("经营场所不符合食品安全要求") && text.contains("申请行政复议"), text);
        assertEquals(List.of("deliver"), allowed(c).stream().filter(a -> !a.equals("charge")).toList());
    }

    @Test
    void theApiListsWhatEachCallerMayDo() {
        JsonObject c = receive("clerk", "SCJGJ", "PROMISED", false);
        assertTrue(allowed(read(c, "clerk")).containsAll(List.of("check-materials", "request-correction", "refuse")));
        assertFalse(allowed(read(c, "clerk")).contains("accept"), "material is missing");
        assertEquals(List.of(), allowed(read(c, "supervisor")), "supervision reads, it does not handle");
        assertEquals(JsonValue.ValueType.ARRAY, read(c, "api").get("allowedActions").getValueType());
    }
}

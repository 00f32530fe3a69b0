package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A disclosure request through the API: applied for online, tracked with the query code, one
 * correction notice and the limit restarting on the correction, a third party consulted, one
 * extension, and one reply from the annual report's taxonomy; every refusal a problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureRequestIT {
    private static final String PUBLIC = "/api/v1/public/disclosure-requests";
    private static final String STAFF = "/api/v1/disclosure/requests";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObjectBuilder application() {
        return Json.createObjectBuilder().add("departmentCode", "SCJGJ").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", "王小明").add("identityNumber", "330303199001011234").add("phone", "13800000000")
                .add("email", "wang@example.cn").add("description", "2026年本县食品经营许可抽查结果")
                .add("provideForm", "ELECTRONIC").add("deliveryWay", "ONLINE");
    }

    static String workingDaysAfter(LocalDate from, int days) {
        return get("/api/v1/calendar/deadline?from=" + from + "&days=" + days, null).json().getString("deadline");
    }

    private static JsonObject act(String number, String action, String user, JsonObjectBuilder body) {
        Http.Reply r = post(STAFF + "/" + number + "/" + action, user, body.build().toString());
        assertEquals(200, r.status(), action + ": " + r.body());
        return r.json();
    }

    private static Http.Reply attempt(String number, String action, JsonObjectBuilder body) {
        return post(STAFF + "/" + number + "/" + action, "editor", body.build().toString());
    }

    @Test
    void aRequestFromApplicationToReply() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Http.Reply submitted = post(PUBLIC, null, application().build().toString());
        assertEquals(201, submitted.status(), submitted.body());
        JsonObject receipt = submitted.json();
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        assertTrue(number.startsWith("GK"), number);
        assertEquals(today.toString(), receipt.getString("receivedOn"), "online: received the day the system received it");
        assertEquals(workingDaysAfter(today, 20), receipt.getString("replyDue"));

        assertEquals(404, get(PUBLIC + "/" + number + "?queryCode=WRONG1", null).status());
        JsonObject tracked = get(PUBLIC + "/" + number + "?queryCode=" + code, null).json();
        assertEquals("IN_PROGRESS", tracked.getString("status"));
        assertEquals("王**", tracked.getString("applicant"), "the public page masks the name");
        assertTrue(!tracked.toString().contains("330303199001011234"), "no identity number in public");

        assertTrue(get(STAFF + "?q=" + number, "editor").json().getJsonArray("items").getJsonObject(0).getString("number")
                .equals(number));
        assertEquals(403, get(STAFF + "?q=" + number, "clerk").status());
        assertEquals(401, get(STAFF + "?q=" + number, null).status());
        JsonObject detail = get(STAFF + "/" + number, "editor").json();
        assertEquals(workingDaysAfter(today, 7), detail.getJsonObject("limits").getJsonObject("correctionNotice").getString("date"));
        int v = detail.getInt("version");

        // one correction notice; nothing else while it is awaited
        assertEquals(400, attempt(number, "correction-notice", Json.createObjectBuilder().add("version", v)).status(),
                "the notice says what to correct");
        JsonObject asked = act(number, "correction-notice", "editor", Json.createObjectBuilder().add("version", v)
                .add("content", "请写明抽查结果所属的年度和批次"));
        assertEquals("AWAITING_CORRECTION", asked.getString("status"));
        assertTrue(!asked.containsKey("replyDue") || asked.isNull("replyDue"),
                "no reply due while the correction is awaited: " + asked);
        v = asked.getInt("version");
        assertEquals(409, attempt(number, "correction-notice", Json.createObjectBuilder().add("version", v)
                .add("content", "再补充")).status(), "一次性告知: once");
        assertEquals(409, attempt(number, "reply", Json.createObjectBuilder().add("version", v).add("outcome", "DISCLOSED")
                .add("text", "x").add("delivery", "ONLINE")).status(), "no reply before the correction");
        assertEquals(409, attempt(number, "extend", Json.createObjectBuilder().add("version", v - 1).add("days", 5)
                .add("approver", "张主任").add("reason", "x")).status(), "a stale version is refused");

        // the applicant corrects on the portal: the 20 working days start again
        Http.Reply corrected = post(PUBLIC + "/" + number + "/correction", null, Json.createObjectBuilder()
                .add("queryCode", code).add("text", "2026年第二批次").build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("IN_PROGRESS", corrected.json().getString("status"));
        assertEquals(workingDaysAfter(today, 20), corrected.json().getString("replyDue"));

        detail = get(STAFF + "/" + number, "editor").json();
        v = detail.getInt("version");
        JsonObject consulting = act(number, "consult", "editor", Json.createObjectBuilder().add("version", v)
                .add("party", "阳光食品有限公司"));
        assertEquals("CONSULTING", consulting.getString("status"));
        JsonObject answered = act(number, "consulted", "editor", Json.createObjectBuilder()
                .add("version", consulting.getInt("version")).add("party", "阳光食品有限公司"));
        assertEquals("IN_PROGRESS", answered.getString("status"));
        assertEquals(today.toString(), answered.getJsonArray("consultations").getJsonObject(0).getString("answeredOn"));
        String due = answered.getString("replyDue");
        v = answered.getInt("version");

        // one extension, of 1 to 20 working days, approved and explained
        assertEquals(400, attempt(number, "extend", Json.createObjectBuilder().add("version", v).add("days", 21)
                .add("approver", "张主任").add("reason", "需调取档案")).status());
        assertEquals(400, attempt(number, "extend", Json.createObjectBuilder().add("version", v).add("days", 5)
                .add("reason", "需调取档案")).status(), "the approver is named");
        JsonObject extended = act(number, "extend", "editor", Json.createObjectBuilder().add("version", v).add("days", 5)
                .add("approver", "张主任").add("reason", "需调取档案"));
        assertEquals(workingDaysAfter(LocalDate.parse(due), 5), extended.getString("replyDue"));
        v = extended.getInt("version");
        assertEquals(409, attempt(number, "extend", Json.createObjectBuilder().add("version", v).add("days", 1)
                .add("approver", "张主任").add("reason", "再延")).status(), "once only");

        // exactly one outcome of the annual report; a lapse outcome only when the lapse is a fact
        assertEquals(409, attempt(number, "reply", Json.createObjectBuilder().add("version", v)
                .add("outcome", "NO_CORRECTION_IN_TIME").add("text", "逾期").add("delivery", "ONLINE")).status());
        assertEquals(400, attempt(number, "reply", Json.createObjectBuilder().add("version", v)
                .add("outcome", "MAYBE").add("text", "x").add("delivery", "ONLINE")).status());
        assertEquals(403, post(STAFF + "/" + number + "/reply", "office", Json.createObjectBuilder().add("version", v)
                .add("outcome", "DISCLOSED").add("text", "x").add("delivery", "ONLINE").build().toString()).status(),
                "the office reads, the editor answers");
        JsonObject replied = act(number, "reply", "editor", Json.createObjectBuilder().add("version", v)
                .add("outcome", "PARTLY_DISCLOSED").add("text", "抽查结果见附件；涉及企业商业秘密的部分不予公开").add("delivery", "EMAIL"));
        assertEquals("REPLIED", replied.getString("status"));
        assertEquals("部分公开", replied.getString("outcomeGroup"));
        assertEquals(409, attempt(number, "consult", Json.createObjectBuilder().add("version", replied.getInt("version"))
                .add("party", "x")).status(), "a replied request is closed");

        JsonObject publicView = get(PUBLIC + "/" + number + "?queryCode=" + code, null).json();
        assertEquals("REPLIED", publicView.getString("status"));
        assertEquals("部分公开", publicView.getString("outcomeLabel"));
        assertTrue(publicView.getString("reply").contains("抽查结果见附件"));
    }

    @Test
    void badApplicationsAndStaffEntryByChannel() {
        Http.Reply bad = post(PUBLIC, null, application().add("email", "not-an-address").add("description", "")
                .build().toString());
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("email") && bad.body().contains("description"), bad.body());
        assertEquals(400, post(PUBLIC, null, application().add("departmentCode", "NOPE").build().toString()).status());
        assertEquals(400, post(PUBLIC, null, application().add("applicantType", "ALIEN").build().toString()).status());

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String posted = today.minusDays(6).toString();
        String signed = today.minusDays(2).toString();
        Http.Reply noSignature = post(STAFF, "editor", application().add("channel", "REGISTERED_POST")
                .add("submittedOn", posted).build().toString());
        assertEquals(400, noSignature.status(), "registered post is received the day it is signed for: " + noSignature.body());
        Http.Reply entered = post(STAFF, "editor", application().add("channel", "REGISTERED_POST").add("submittedOn", posted)
                .add("signedForOn", signed).build().toString());
        assertEquals(201, entered.status(), entered.body());
        assertEquals(signed, entered.json().getString("receivedOn"));
        assertEquals(workingDaysAfter(LocalDate.parse(signed), 20), entered.json().getString("replyDue"));
        assertEquals(403, post(STAFF, "clerk", application().build().toString()).status());
    }
}

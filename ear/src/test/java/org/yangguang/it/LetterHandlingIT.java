package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Handling a letter through the staff API: the office routes it (or keeps it), the department it
 * was routed to answers, transfers it once and extends once, each with the version read; a 举报
 * stays with the office and no department ever sees it; the writer tracks the answer; every step
 * is in the letter's history (the audit trail).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterHandlingIT {
    static final String STAFF = "/api/v1/interaction/letters";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static List<String> actions(JsonObject letter) {
        return letter.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static JsonObject act(String number, String action, String user, JsonObjectBuilder body) {
        Http.Reply r = post(STAFF + "/" + number + "/" + action, user, body.build().toString());
        assertEquals(200, r.status(), action + ": " + r.body());
        return r.json();
    }

    static Http.Reply attempt(String number, String action, String user, JsonObjectBuilder body) {
        return post(STAFF + "/" + number + "/" + action, user, body.build().toString());
    }

    static JsonObjectBuilder version(JsonObject letter) {
        return Json.createObjectBuilder().add("version", letter.getInt("version"));
    }

    @Test
    void theOfficeRoutesTheDepartmentTransfersExtendsAndAnswers() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter().add("category", "CONSULTATION"));
        String number = receipt.getString("number");
        String due = DisclosureRequestIT.workingDaysAfter(today, 5);

        JsonObject l = get(STAFF + "/" + number, "office").json();
        assertEquals("RECEIVED", l.getString("status"));
        assertEquals(due, l.getString("answerDue").toString(), "咨询: 5 working days from receipt");
        assertEquals(List.of("route"), actions(l));
        assertEquals("13800000000", l.getString("writerPhone"), "staff reach the writer");
        assertEquals(List.of(), actions(get(STAFF + "/" + number, "supervisor").json()), "the supervision office reads");
        assertEquals(404, get(STAFF + "/" + number, "clerk").status(), "not the department's before routing");
        assertEquals(403, get(STAFF + "/" + number, "editor").status());
        assertEquals(401, get(STAFF + "/" + number, null).status());
        assertTrue(get(STAFF + "?status=RECEIVED&q=" + number, "office").json().getJsonArray("items").getJsonObject(0)
                .getString("number").equals(number), "the office's inbox");

        // routing: the version read, a department that exists, the office only
        assertEquals(400, attempt(number, "route", "office", Json.createObjectBuilder().add("department", "SCJGJ")).status(), "no version");
        assertEquals(409, attempt(number, "route", "office", Json.createObjectBuilder().add("version", l.getInt("version") + 1)
                .add("department", "SCJGJ")).status(), "a stale version");
        assertEquals(400, attempt(number, "route", "office", version(l).add("department", "NOSUCH")).status());
        assertEquals(404, attempt(number, "route", "clerk", version(l).add("department", "SCJGJ")).status(), "a department does not see it");
        assertEquals(403, attempt(number, "route", "supervisor", version(l).add("department", "SCJGJ")).status(), "the supervision office reads");
        assertEquals(404, attempt(number, "escalate", "office", version(l)).status(), "no such action");
        l = act(number, "route", "office", version(l).add("department", "SCJGJ"));
        assertEquals("HANDLING", l.getString("status"));
        assertEquals("SCJGJ", l.getString("handler"));
        assertEquals(List.of(), actions(l), "the office does not answer for the department");

        JsonObject mine = get(STAFF + "/" + number, "clerk").json();
        assertEquals(List.of("transfer", "extend", "answer"), actions(mine));
        assertTrue(get(STAFF + "?q=" + number, "clerk").json().getInt("total") == 1, "in the department's list");
        assertEquals(404, get(STAFF + "/" + number, "clerk2").status(), "another department does not see it");

        // one extension with a reason: 10 working days after the deadline
        assertEquals(400, attempt(number, "extend", "clerk", version(mine).add("reason", " ")).status());
        mine = act(number, "extend", "clerk", version(mine).add("reason", "需向上级部门核实"));
        assertEquals(DisclosureRequestIT.workingDaysAfter(LocalDate.parse(due), 10), mine.getString("answerDue"));
        assertEquals(List.of("transfer", "answer"), actions(mine));
        assertEquals(409, attempt(number, "extend", "clerk", version(mine).add("reason", "再延")).status(), "once");

        // one transfer with a reason, to another department
        assertEquals(400, attempt(number, "transfer", "clerk", version(mine).add("department", "SCJGJ").add("reason", "x")).status(), "not to itself");
        mine = act(number, "transfer", "clerk", version(mine).add("department", "GAJ").add("reason", "属公安职责"));
        assertEquals("GAJ", mine.getString("handler"));
        assertEquals(404, get(STAFF + "/" + number, "clerk").status(), "no longer the first department's");
        JsonObject theirs = get(STAFF + "/" + number, "clerk2").json();
        assertEquals(List.of("answer"), actions(theirs), "transferred and extended once: only the answer is left");

        assertEquals(400, attempt(number, "answer", "clerk2", version(theirs)).status(), "an answer needs text");
        theirs = act(number, "answer", "clerk2", version(theirs).add("answer", "请携带身份证原件到县政务服务中心社保窗口办理，可由子女代办。"));
        assertEquals("ANSWERED", theirs.getString("status"));
        assertFalse(theirs.getBoolean("answeredLate"));
        assertEquals(List.of(), actions(theirs));
        assertEquals(409, attempt(number, "answer", "clerk2", version(theirs).add("answer", "again")).status());

        JsonObject tracked = get(LetterApiIT.LETTERS + "/" + number + "?queryCode=" + receipt.getString("queryCode"), null).json();
        assertEquals("ANSWERED", tracked.getString("status"));
        assertTrue(tracked.getString("answer").startsWith("请携带身份证原件"), tracked.toString());
        assertFalse(tracked.toString().contains("clerk2"), "no staff names in public");

        // the office publishes it, as it reviewed it: the public finds it by its words, without personal data
        JsonObject reviewed = get(STAFF + "/" + number, "office").json();
        assertEquals(List.of("publish"), actions(reviewed));
        assertEquals(400, attempt(number, "publish", "office", version(reviewed).add("text", "王小明：父亲七十岁，办社保卡要带什么？")
                .add("answer", "请携带身份证原件到社保窗口办理。")).status(), "the writer's name is not published");
        assertEquals(403, attempt(number, "publish", "clerk2", version(reviewed).add("text", "x").add("answer", "y")).status());
        JsonObject published = act(number, "publish", "office", version(reviewed).add("text", "父亲七十岁，办理社保卡需要带哪些材料？可以代办吗？")
                .add("answer", "请携带身份证原件到县政务服务中心社保窗口办理，可由子女代办。"));
        assertEquals(today.toString(), published.getString("publishedOn"));
        assertEquals(409, attempt(number, "publish", "office", version(published).add("text", "x").add("answer", "y")).status(), "once");
        Http.Reply found = get(LetterApiIT.LETTERS + "?q=" + Http.enc("社保卡 代办"), null);
        assertEquals(200, found.status(), found.body());
        JsonObject first = found.json().getJsonArray("items").getJsonObject(0);
        assertEquals("父亲七十岁，办理社保卡需要带哪些材料？可以代办吗？", first.getString("question"));
        assertEquals("阳光县公安局", first.getString("departmentName"), "the department that answered");
        assertFalse(found.body().contains("王小明") || found.body().contains("13800000000") || found.body().contains(number),
                "no personal data, no number: " + found.body());
        assertEquals(400, get(LetterApiIT.LETTERS + "?size=0", null).status());

        // a frequent question of the social security card's matter … or here of the department: shown on the guide
        JsonObject faq = get(STAFF + "/" + number, "office").json();
        assertEquals(List.of("faq"), actions(faq));
        assertEquals(400, attempt(number, "faq", "office", version(faq).add("matter", "NOSUCH")).status());
        faq = act(number, "faq", "office", version(faq));
        assertEquals(List.of(), actions(faq), "once");
        String matter = get("/api/v1/matters?department=GAJ&size=1", null).json().getJsonArray("items").getJsonObject(0)
                .getString("implementationCode");
        Http.Reply guide = get("/guide/matter.xhtml?code=" + matter, null);
        assertEquals(200, guide.status());
        assertTrue(guide.body().contains("父亲七十岁，办理社保卡需要带哪些材料？可以代办吗？"), "the guide of the department's matters shows it");

        List<String> history = get(STAFF + "/" + number + "/history", "office").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("LETTER_RECEIVE", "LETTER_ROUTE", "LETTER_EXTEND", "LETTER_TRANSFER", "LETTER_ANSWER", "LETTER_PUBLISH",
                "LETTER_FAQ"), history);
    }

    @Test
    void aReportStaysWithTheOfficeAndNoDepartmentSeesIt() {
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter().add("mailbox", "SCJGJ").add("category", "REPORT")
                .add("subject", "举报某窗口工作人员索要好处费"));
        String number = receipt.getString("number");
        JsonObject l = get(STAFF + "/" + number, "office").json();
        assertEquals(DisclosureRequestIT.workingDaysAfter(LocalDate.parse(l.getString("receivedOn")), 15), l.getString("answerDue"));
        Http.Reply routed = attempt(number, "route", "office", version(l).add("department", "SCJGJ"));
        assertEquals(400, routed.status(), routed.body());
        assertTrue(routed.body().contains("举报"), routed.body());
        l = act(number, "route", "office", version(get(STAFF + "/" + number, "office").json()));
        assertTrue(l.getBoolean("handledByOffice"));
        assertEquals(List.of("extend", "answer"), actions(l), "never transferred");
        assertEquals(404, get(STAFF + "/" + number, "clerk").status(), "written to the department's mailbox, still not the department's");
        assertEquals(0, get(STAFF + "?q=" + number, "clerk").json().getInt("total"));
        assertEquals(1, get(STAFF + "?q=" + number, "supervisor").json().getInt("total"), "the supervision office sees it");
        l = act(number, "answer", "office", version(l).add("answer", "已转纪检监察机关调查处理。"));
        assertEquals("ANSWERED", l.getString("status"));
        assertEquals(List.of(), actions(l), "a 举报 is never published, whatever the writer chose");
        assertEquals(409, attempt(number, "publish", "office", version(l).add("text", "x").add("answer", "y")).status());
    }

    /**
     * A 投诉 about a department becomes a complaint of the supervision workflow: the same matter,
     * the letter names the complaint and the complaint the letter; the writer follows it on the letter.
     */
    @Test
    void aComplaintLetterBecomesAComplaint() {
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter().add("category", "COMPLAINT")
                .add("subject", "窗口要求重复提交材料").add("text", "办理食品经营许可时，窗口三次要求补交同一份材料。"));
        String number = receipt.getString("number");
        JsonObject l = get(STAFF + "/" + number, "office").json();
        assertEquals(List.of("route", "complaint"), actions(l));
        assertEquals(400, attempt(number, "complaint", "office", version(l)).status(), "about whom");
        assertEquals(400, attempt(number, "complaint", "office", version(l).add("receiptNumber", "NOSUCH-1")).status());
        l = act(number, "complaint", "office", version(l).add("department", "SCJGJ"));
        assertEquals("COMPLAINT", l.getString("status"));
        String complaint = l.getString("complaintNumber");
        assertTrue(complaint.startsWith("TS"), complaint);
        assertEquals("RECEIVED", l.getString("complaintStatus"));
        assertEquals(List.of(), actions(l));

        JsonObject c = get("/api/v1/supervision/complaints?q=" + complaint, "supervisor").json().getJsonArray("items").getJsonObject(0);
        assertEquals(number, c.getString("letterNumber"), "the complaint names the letter");
        assertEquals("LETTER", c.getString("channel"));
        assertEquals("王小明", c.getString("complainant"));
        assertEquals(l.getString("receivedOn"), c.getString("receivedOn"), "received the day the letter was");
        long id = c.getJsonNumber("id").longValue();
        Http.Reply accepted = post("/api/v1/supervision/complaints/" + id + "/accept", "supervisor", "{\"version\":" + c.getInt("version") + "}");
        assertEquals(204, accepted.status(), accepted.body());
        int v = get("/api/v1/supervision/complaints/" + id, "supervisor").json().getInt("version");
        Http.Reply replied = post("/api/v1/supervision/complaints/" + id + "/reply", "supervisor", Json.createObjectBuilder()
                .add("version", v).add("outcome", "SUBSTANTIATED").add("reply", "经查属实，已责令窗口一次性告知。").build().toString());
        assertEquals(204, replied.status(), replied.body());

        JsonObject tracked = get(LetterApiIT.LETTERS + "/" + number + "?queryCode=" + receipt.getString("queryCode"), null).json();
        assertEquals("COMPLAINT", tracked.getString("status"));
        assertEquals(complaint, tracked.getString("complaintNumber"));
        assertEquals("REPLIED", tracked.getString("complaintStatus"), "the writer follows the complaint on the letter");
        assertEquals("经查属实，已责令窗口一次性告知。", tracked.getString("complaintReply"));
        assertEquals("REPLIED", get(STAFF + "/" + number, "office").json().getString("complaintStatus"));

        // only a 投诉
        JsonObject question = get(STAFF + "/" + LetterApiIT.write(LetterApiIT.letter()).getString("number"), "office").json();
        assertEquals(409, attempt(question.getString("number"), "complaint", "office", version(question).add("department", "SCJGJ")).status());
    }

    @Test
    void badQueriesAreProblems() {
        assertEquals(400, get(STAFF + "?status=LOST", "office").status());
        assertEquals(400, get(STAFF + "?size=100000", "office").status());
        assertEquals(404, get(STAFF + "/XX330399-20000101-000001", "office").status());
    }
}

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
import java.util.List;
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

    /** The {@code allowedActions} of a request as the API lists them. */
    static List<String> actions(JsonObject request) {
        return request.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
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
        // the transition table's answer for the caller: the editor acts, the office and supervision read
        assertEquals(List.of("correction-notice", "consult", "extend", "fee-notice", "attach-file", "reply"), actions(detail));
        assertEquals(List.of(), actions(get(STAFF + "/" + number, "office").json()));
        assertEquals(404, attempt(number, "escalate", Json.createObjectBuilder().add("version", v)).status(), "no such action");
        assertEquals(400, attempt(number, "consult", Json.createObjectBuilder().add("party", "某公司")).status(), "no version");

        // one correction notice; nothing else while it is awaited
        assertEquals(400, attempt(number, "correction-notice", Json.createObjectBuilder().add("version", v)).status(),
                "the notice says what to correct");
        JsonObject asked = act(number, "correction-notice", "editor", Json.createObjectBuilder().add("version", v)
                .add("content", "请写明抽查结果所属的年度和批次"));
        assertEquals("AWAITING_CORRECTION", asked.getString("status"));
        assertEquals(List.of("correction", "attach-file"), actions(asked), "only the correction (and the reply's files) now");
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
        // the reply delivers its files: uploaded before it is sent, one removed again
        Http.Reply badFile = Http.postBytes(STAFF + "/" + number + "/files?fileName=x.exe&version=" + v, "editor",
                "application/octet-stream", new byte[] {1});
        assertEquals(400, badFile.status(), badFile.body());
        Http.Reply uploaded = Http.postBytes(STAFF + "/" + number + "/files?fileName=" + Http.enc("抽查结果.txt") + "&version=" + v,
                "editor", "application/octet-stream", "2026年第二批次抽查结果：全部合格".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, uploaded.status(), uploaded.body());
        v = uploaded.json().getInt("version");
        Http.Reply second = Http.postBytes(STAFF + "/" + number + "/files?fileName=draft.txt&version=" + v, "editor",
                "application/octet-stream", "草稿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, second.status(), second.body());
        JsonObject twoFiles = second.json();
        assertEquals(2, twoFiles.getJsonArray("files").size());
        long fileId = twoFiles.getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        long draftId = twoFiles.getJsonArray("files").getJsonObject(1).getJsonNumber("id").longValue();
        JsonObject oneFile = act(number, "remove-file", "editor", Json.createObjectBuilder().add("version", twoFiles.getInt("version"))
                .add("fileId", draftId));
        assertEquals(1, oneFile.getJsonArray("files").size());
        v = oneFile.getInt("version");
        assertEquals(200, Http.getBytes(STAFF + "/" + number + "/files/" + fileId, "supervisor").statusCode(), "staff read the files");
        assertEquals(404, Http.getBytes(PUBLIC + "/" + number + "/files/" + fileId + "?queryCode=" + code, null).statusCode(),
                "nothing to download before the reply");

        // 部分公开 states what it withholds and on which ground (条例 第三十七条, 第十四条 to 第十六条)
        Http.Reply noGround = attempt(number, "reply", Json.createObjectBuilder().add("version", v).add("outcome", "PARTLY_DISCLOSED")
                .add("text", "抽查结果见附件").add("delivery", "ONLINE"));
        assertEquals(400, noGround.status(), noGround.body());
        assertTrue(noGround.body().contains("withheld"), noGround.body());
        assertEquals(400, attempt(number, "reply", Json.createObjectBuilder().add("version", v).add("outcome", "PARTLY_DISCLOSED")
                .add("text", "抽查结果见附件").add("delivery", "ONLINE").add("withheld", "某企业的配方")
                .add("grounds", Json.createArrayBuilder().add("TRADE_SECRET"))).status(), "an unknown ground");
        JsonObject replied = act(number, "reply", "editor", Json.createObjectBuilder().add("version", v)
                .add("outcome", "PARTLY_DISCLOSED").add("text", "抽查结果见附件。").add("delivery", "ONLINE")
                .add("withheld", "某企业送检产品的配方和工艺参数。").add("grounds", Json.createArrayBuilder().add("THIRD_PARTY_RIGHTS")));
        assertEquals("REPLIED", replied.getString("status"));
        assertEquals("部分公开", replied.getString("outcomeGroup"));
        assertEquals(List.of("THIRD_PARTY_RIGHTS"), replied.getJsonArray("withheldGrounds").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of("remedy"), actions(replied), "once replied: only a reconsideration or lawsuit to record");
        assertEquals(409, attempt(number, "consult", Json.createObjectBuilder().add("version", replied.getInt("version"))
                .add("party", "x")).status(), "a replied request is closed");
        assertEquals(409, Http.postBytes(STAFF + "/" + number + "/files?fileName=late.txt&version=" + replied.getInt("version"),
                "editor", "application/octet-stream", new byte[] {65}).status(), "what the reply delivered stays as it was");

        JsonObject publicView = get(PUBLIC + "/" + number + "?queryCode=" + code, null).json();
        assertEquals("REPLIED", publicView.getString("status"));
        assertEquals("部分公开", publicView.getString("outcomeLabel"));
        assertTrue(publicView.getString("reply").contains("抽查结果见附件"));
        assertEquals(1, publicView.getJsonArray("files").size(), "delivered online: the applicant sees the files");
        var download = Http.getBytes(PUBLIC + "/" + number + "/files/" + fileId + "?queryCode=" + code, null);
        assertEquals(200, download.statusCode());
        assertEquals("2026年第二批次抽查结果：全部合格", new String(download.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(404, Http.getBytes(PUBLIC + "/" + number + "/files/" + fileId + "?queryCode=WRONG1", null).statusCode(),
                "the same query-code check as tracking");
        assertEquals(404, Http.getBytes(PUBLIC + "/" + number + "/files/" + draftId + "?queryCode=" + code, null).statusCode(),
                "a removed file is not the reply's");
        JsonObject letter = get(PUBLIC + "/" + number + "/letter?queryCode=" + code, null).json();
        assertEquals("政府信息公开申请答复告知书", letter.getString("title"));
        String text = letter.getJsonArray("paragraphs").toString();
        assertTrue(text.contains("第三十七条") && text.contains("抽查结果见附件") && text.contains("60日内"), text);
        assertTrue(text.contains("“某企业送检产品的配方和工艺参数”属于涉及商业秘密、个人隐私等") && text.contains("第十五条"), text);
        assertTrue(text.contains("1. 抽查结果.txt"), "the letter lists the files: " + text);
        assertTrue(!text.contains("。”。") && !text.contains("。。"), "no doubled punctuation: " + text);
        assertEquals(404, get(PUBLIC + "/" + number + "/letter?queryCode=WRONG1", null).status());
        assertEquals(200, get(STAFF + "/" + number + "/letter", "editor").status());
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
        assertEquals(Http.BASE + "/api/v1/disclosure/requests/" + entered.json().getString("number"), entered.header("Location"));
        assertEquals(signed, entered.json().getString("receivedOn"));
        assertEquals(workingDaysAfter(LocalDate.parse(signed), 20), entered.json().getString("replyDue"));
        assertEquals(403, post(STAFF, "clerk", application().build().toString()).status());
    }

    /** Entered dates are held to a sane window: not before 1990, not more than a year ahead (a due date may lie further). */
    @Test
    void absurdDatesAreRefused() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (String date : new String[] {"-0001-01-01", "0000-01-01", "1989-12-31", today.plusYears(1).plusDays(1).toString(),
                "+10000-01-01", "9999-12-31"}) {
            Http.Reply r = post(STAFF, "editor", application().add("channel", "IN_PERSON").add("submittedOn", date).build().toString());
            assertEquals(400, r.status(), date + ": " + r.body());
            assertTrue(r.isProblem() && r.body().contains("submittedOn"), r.body());
            Http.Reply signed = post(STAFF, "editor", application().add("channel", "REGISTERED_POST")
                    .add("submittedOn", today.minusDays(3).toString()).add("signedForOn", date).build().toString());
            assertEquals(400, signed.status(), date + ": " + signed.body());
        }
        String number = post(STAFF, "editor", application().add("channel", "IN_PERSON").add("submittedOn", today.toString())
                .build().toString()).json().getString("number");
        JsonObject request = get(STAFF + "/" + number, "editor").json();
        Http.Reply farDue = attempt(number, "correction-notice", Json.createObjectBuilder().add("version", request.getInt("version"))
                .add("content", "请写明文号").add("dueOn", today.plusYears(11).toString()));
        assertEquals(400, farDue.status(), farDue.body());
        Http.Reply oldCorrection = attempt(number, "correction", Json.createObjectBuilder().add("version", request.getInt("version"))
                .add("text", "补正").add("on", "0999-01-01"));
        assertEquals(400, oldCorrection.status(), oldCorrection.body());
        assertEquals(request.getInt("version"), get(STAFF + "/" + number, "editor").json().getInt("version"), "nothing changed");
    }

    /** The report's rows by key, each the 7 column counts. */
    private static java.util.Map<String, java.util.List<Integer>> table3(int year) {
        Http.Reply r = get("/api/v1/disclosure/annual-reports/" + year + "?department=SCJGJ", "editor");
        assertEquals(200, r.status(), r.body());
        JsonObject report = r.json();
        assertTrue(report.getJsonObject("crossCheck").getBoolean("ok"), report.getJsonObject("crossCheck").toString());
        java.util.Map<String, java.util.List<Integer>> rows = new java.util.HashMap<>();
        for (var v : report.getJsonObject("table3").getJsonArray("rows")) {
            JsonObject row = v.asJsonObject();
            rows.put(row.getString("key"), row.getJsonArray("cells").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .map(jakarta.json.JsonNumber::intValue).toList());
        }
        return rows;
    }

    /** The headings a row of table 三 sits under, as the API gives them. */
    private static java.util.List<String> path(int year, String key) {
        for (var v : get("/api/v1/disclosure/annual-reports/" + year + "?department=SCJGJ", "editor").json().getJsonObject("table3")
                .getJsonArray("rows")) {
            if (v.asJsonObject().getString("key").equals(key)) {
                return v.asJsonObject().getJsonArray("path").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList();
            }
        }
        throw new AssertionError("no row " + key);
    }

    /** A row of the report's workbook (SCJGJ), found by its heading, as the cells' texts. */
    private static java.util.List<String> workbookRow(int year, String heading) {
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    Http.BASE + "/api/v1/disclosure/annual-reports/" + year + ".xlsx?department=SCJGJ"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:demo".getBytes()))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
            try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
                for (var row : wb.findSheet("表三").orElseThrow().read()) {
                    if (row.getCellCount() > 0 && heading.equals(row.getCellText(0).trim())) {
                        // the heading spans the three label columns; the seven counts follow
                        java.util.List<String> cells = new java.util.ArrayList<>();
                        cells.add(row.getCellText(0));
                        for (int c = 3; c < 10; c++) cells.add(row.getCellText(c).replaceAll("\\.0$", ""));
                        return cells;
                    }
                }
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no row " + heading + " in the workbook");
    }

    /** What the seeding added to each cell: after minus before. */
    private static java.util.List<Integer> delta(java.util.Map<String, java.util.List<Integer>> before,
            java.util.Map<String, java.util.List<Integer>> after, String row) {
        java.util.List<Integer> d = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) d.add(after.get(row).get(i) - before.get(row).get(i));
        return d;
    }

    @Test
    void theAnnualReportsTableThreeCountsTheRequestsOfTheYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        var before = table3(year);
        var lastYearBefore = table3(year - 1);

        // R1: a natural person's request of last December, answered now; R2 a business's, answered now;
        // R3 a law firm's and R4 a research institution's, still open
        String r1 = post(STAFF, "editor", application().add("channel", "IN_PERSON")
                .add("submittedOn", LocalDate.of(year - 1, 12, 15).toString()).build().toString()).json().getString("number");
        String r2 = post(STAFF, "editor", application().add("applicantType", "BUSINESS").add("channel", "IN_PERSON")
                .build().toString()).json().getString("number");
        String r3 = post(STAFF, "editor", application().add("applicantType", "LEGAL_SERVICE").add("channel", "IN_PERSON")
                .build().toString()).json().getString("number");
        String r4 = post(STAFF, "editor", application().add("applicantType", "RESEARCH").add("channel", "EMAIL")
                .build().toString()).json().getString("number");
        act(r1, "reply", "editor", Json.createObjectBuilder().add("version", get(STAFF + "/" + r1, "editor").json().getInt("version"))
                .add("outcome", "DISCLOSED").add("text", "见附件").add("delivery", "PICK_UP"));
        act(r2, "reply", "editor", Json.createObjectBuilder().add("version", get(STAFF + "/" + r2, "editor").json().getInt("version"))
                .add("outcome", "NOT_HELD").add("text", "本机关不掌握").add("delivery", "POST"));
        act(r4, "correction-notice", "editor", Json.createObjectBuilder()
                .add("version", get(STAFF + "/" + r4, "editor").json().getInt("version")).add("content", "请写明年度"));

        var after = table3(year);
        //                                     自然人 商业 科研 公益 法律 其他 总计
        assertEquals(java.util.List.of(0, 1, 1, 0, 1, 0, 3), delta(before, after, "NEW"));
        assertEquals(java.util.List.of(1, 0, 0, 0, 0, 0, 1), delta(before, after, "CARRIED_OVER"));
        assertEquals(java.util.List.of(1, 0, 0, 0, 0, 0, 1), delta(before, after, "DISCLOSED"));
        assertEquals(java.util.List.of(0, 1, 0, 0, 0, 0, 1), delta(before, after, "NOT_HELD"));
        assertEquals(java.util.List.of("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"), path(year, "NOT_HELD"),
                "the national layout: no group row of its own, the group heading over its items");
        assertEquals(java.util.List.of(1, 1, 0, 0, 0, 0, 2), delta(before, after, "OUTCOMES_TOTAL"));
        assertEquals(java.util.List.of(0, 0, 1, 0, 1, 0, 2), delta(before, after, "CARRIED_FORWARD"));
        var lastYear = table3(year - 1);
        assertEquals(java.util.List.of(1, 0, 0, 0, 0, 0, 1), delta(lastYearBefore, lastYear, "NEW"));
        assertEquals(java.util.List.of(1, 0, 0, 0, 0, 0, 1), delta(lastYearBefore, lastYear, "CARRIED_FORWARD"));

        // the same table as a workbook
        java.util.List<String> newRow = workbookRow(year, "一、本年新收政府信息公开申请数量");
        assertEquals(String.valueOf(after.get("NEW").get(6)), newRow.get(7), "总计 of row 一: " + newRow);
        // the heading of the year's outcomes is a row of the workbook (workbookRow fails without it), spanning its rows
        assertEquals("三、本年度办理结果", workbookRow(year, "三、本年度办理结果").get(0));

        String cells = "/api/v1/disclosure/annual-reports/" + year + "/cells/";
        JsonObject drilled = get(cells + "NEW/TOTAL?department=SCJGJ", "editor").json();
        for (String n : java.util.List.of(r2, r3, r4)) assertTrue(drilled.toString().contains(n), n + " in " + drilled);
        assertTrue(!drilled.toString().contains(r1), "R1 came last year");
        assertTrue(get(cells + "CARRIED_OVER/NATURAL_PERSON?department=SCJGJ", "office").body().contains(r1));
        assertEquals(404, get(cells + "NOPE/TOTAL", "editor").status());
        assertEquals(400, get("/api/v1/disclosure/annual-reports/abc", "editor").status());
        assertEquals(404, get("/api/v1/disclosure/annual-reports/" + year, "clerk").status(),
                "a clerk reads what the public reads: this year's report is not published");
        assertEquals(404, get("/api/v1/disclosure/annual-reports/" + year, null).status(), "unpublished: not for the public");
        assertEquals(401, get("/api/v1/disclosure/annual-reports/" + year + "/cells/NEW/TOTAL", null).status(),
                "the drill-down needs a login");
    }
}

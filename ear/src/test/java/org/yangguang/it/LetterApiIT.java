package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The mailbox (政民互动) through the public API, as the contract has it: a letter to the
 * county head's mailbox or a department's answers 201 with its number and query code; the writer
 * tracks it with them (the name masked, no phone or e-mail); every bad field is a 400 problem
 * naming the field and nothing is received; guessing a query code is throttled (429).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterApiIT {
    static final String LETTERS = "/api/v1/public/letters";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObjectBuilder letter() {
        return Json.createObjectBuilder().add("mailbox", "COUNTY_HEAD").add("category", "CONSULTATION")
                .add("subject", "老年人办理社保卡需要哪些材料").add("text", "我父亲今年七十岁，想办理社保卡，请问需要带哪些材料？可以代办吗？")
                .add("name", "王小明").add("phone", "13800000000").add("email", "wang@example.cn")
                .add("consentToPublish", true);
    }

    /** A letter written through the API: its receipt (number, query code). */
    static JsonObject write(JsonObjectBuilder letter) {
        Http.Reply r = post(LETTERS, null, letter.build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void aLetterToTheCountyHeadIsReceivedAndTracked() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonObject receipt = write(letter());
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        assertTrue(number.matches("XX\\d{6}-\\d{8}-\\d{6}"), number);
        assertTrue(code.matches("[2-9A-Z]{6}"), code);
        assertEquals(today.toString(), receipt.getString("receivedOn"));

        Http.Reply tracked = get(LETTERS + "/" + number + "?queryCode=" + code.toLowerCase(), null);
        assertEquals(200, tracked.status(), tracked.body());
        JsonObject t = tracked.json();
        assertEquals(number, t.getString("number"));
        assertEquals("COUNTY_HEAD", t.getString("mailbox"));
        assertEquals("CONSULTATION", t.getString("category"));
        assertEquals("咨询", t.getString("categoryLabel"));
        assertEquals("RECEIVED", t.getString("status"));
        assertEquals("老年人办理社保卡需要哪些材料", t.getString("subject"));
        assertEquals("王**", t.getString("writer"), "the name masked");
        assertEquals(today.toString(), t.getString("receivedOn"));
        assertFalse(tracked.body().contains("13800000000") || tracked.body().contains("wang@example.cn"),
                "no phone, no e-mail in public: " + tracked.body());

        Http.Reply wrong = get(LETTERS + "/" + number + "?queryCode=WRONG1", null);
        assertEquals(404, wrong.status());
        assertTrue(wrong.isProblem(), wrong.body());
        assertEquals(wrong.json().getString("detail"), get(LETTERS + "/XX330399-20000101-000001?queryCode=" + code, null)
                .json().getString("detail"), "an unknown number and a wrong code answer alike: nothing to probe");
        Http.Reply noCode = get(LETTERS + "/" + number, null);
        assertEquals(400, noCode.status());
        assertTrue(noCode.isProblem() && noCode.body().contains("queryCode"), noCode.body());
    }

    @Test
    void aLetterToADepartmentsMailboxWithoutEmailOrConsent() {
        JsonObject receipt = write(letter().add("mailbox", "SCJGJ").add("category", "REPORT").add("consentToPublish", false)
                .add("email", ""));
        JsonObject t = get(LETTERS + "/" + receipt.getString("number") + "?queryCode=" + receipt.getString("queryCode"), null).json();
        assertEquals("SCJGJ", t.getString("mailbox"));
        assertFalse(t.getString("departmentName").isBlank(), t.toString());
        assertEquals("REPORT", t.getString("category"));
    }

    @Test
    void everyBadFieldIsA400NamingItAndNothingIsReceived() {
        assertRefused(letter().add("mailbox", "NOSUCH"), "mailbox", "没有这个信箱");
        assertRefused(letter().add("category", "PRAISE"), "category", null);
        assertRefused(letter().add("subject", " "), "subject", "请填写来信标题");
        assertRefused(letter().add("subject", "题".repeat(101)), "subject", "标题不超过100字");
        assertRefused(letter().add("text", "信".repeat(5001)), "text", "来信内容不超过5000字");
        assertRefused(letter().add("phone", "call me"), "phone", "请填写有效的联系电话");
        assertRefused(letter().add("email", "not-an-address"), "email", "请填写有效的电子邮箱");
        assertRefused(letter().add("consentToPublish", "yes"), "consentToPublish", null);
        assertRefused(letter().remove("consentToPublish"), "consentToPublish", "请选择是否同意公开");
        assertRefused(letter().remove("name"), "name", "请填写姓名");
        assertRefused(letter().remove("mailbox"), "mailbox", "请选择信箱");
        Http.Reply english = Http.postIn("en", LETTERS, null, letter().add("text", "信".repeat(5001)).build().toString());
        assertEquals(400, english.status());
        assertTrue(english.body().contains("The letter has at most 5000 characters"), english.body());
        Http.Reply empty = post(LETTERS, null, "");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.isProblem(), empty.body());
        // exactly at the limits: received
        write(letter().add("subject", "题".repeat(100)).add("text", "信".repeat(5000)).remove("email"));
    }

    private static void assertRefused(JsonObjectBuilder bad, String field, String words) {
        Http.Reply r = post(LETTERS, null, bad.build().toString());
        assertEquals(400, r.status(), field + ": " + r.body());
        assertTrue(r.isProblem(), r.body());
        String errors = r.json().getJsonArray("errors").toString();
        assertTrue(errors.contains(field), "names " + field + ": " + errors);
        if (words != null) assertTrue(errors.contains(words), "says " + words + ": " + errors);
    }

    @Test
    void guessingALettersQueryCodeIsThrottled() throws Exception {
        JsonObject receipt = write(letter().add("category", "SUGGESTION"));
        String path = LETTERS + "/" + receipt.getString("number") + "?queryCode=";
        Http.Reply r = null;
        for (int tries = 0; tries < 25; tries++) {
            r = get(path + "WRONG" + tries, null);
            if (r.status() == 429) break;
            assertEquals(404, r.status(), r.body());
        }
        assertEquals(429, r.status(), "throttled");
        assertTrue(r.isProblem() && r.header("Retry-After") != null, r.body());
        assertEquals(429, get(path + receipt.getString("queryCode"), null).status(), "the right code waits too");
        RateLimitIT.waitFor(r);
        assertEquals(200, get(path + receipt.getString("queryCode"), null).status(), "after the wait the writer gets in");
    }
}

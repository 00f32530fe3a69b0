package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cases from an old system: real past dates replayed by our rules, bad histories skipped, no duplicates. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegacyImportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void goodLinesImportBadLinesAreReportedAndReimportCreatesNoDuplicates() {
        String code = get("/api/v1/matters?q=" + Http.enc("食品经营许可（新办）") + "&size=1", null).json()
                .getJsonArray("items").getJsonObject(0).getString("implementationCode");
        String tag = String.valueOf(System.currentTimeMillis() % 100_000_000L);
        String applicant = "\"applicant\":{\"name\":\"历史申请人\",\"idNumber\":\"330399199001011234\",\"phone\":\"13900000000\"}";
        String good = "{\"receiptNumber\":\"OLD-" + tag + "-1\",\"implementationCode\":\"" + code + "\"," + applicant
                + ",\"events\":[{\"type\":\"RECEIVE\",\"date\":\"2026-09-18\"},{\"type\":\"ACCEPT\",\"date\":\"2026-09-18\"},"
                + "{\"type\":\"START_SPECIAL_PROCEDURE\",\"date\":\"2026-09-20\",\"procedureType\":\"INSPECTION\",\"reason\":\"现场核查\",\"days\":5},"
                + "{\"type\":\"END_SPECIAL_PROCEDURE\",\"date\":\"2026-10-08\",\"result\":\"合格\"}]}";
        String impossible = "{\"receiptNumber\":\"OLD-" + tag + "-2\",\"implementationCode\":\"" + code + "\"," + applicant
                + ",\"events\":[{\"type\":\"RECEIVE\",\"date\":\"2026-09-18\"},{\"type\":\"DECIDE\",\"date\":\"2026-09-19\",\"decision\":\"APPROVED\"}]}";
        String backwards = "{\"receiptNumber\":\"OLD-" + tag + "-3\",\"implementationCode\":\"" + code + "\"," + applicant
                + ",\"events\":[{\"type\":\"RECEIVE\",\"date\":\"2026-09-18\"},{\"type\":\"ACCEPT\",\"date\":\"2026-09-10\"}]}";
        String file = good + "\n" + impossible + "\n" + backwards + "\nnot json\n";

        Http.Reply r = Http.postBytes("/api/v1/cases/import", "office", "application/x-ndjson", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, r.status(), r.body());
        // the API's own address, once: not /api/api/…
        assertEquals(Http.BASE + "/api/v1/cases/imports/" + r.json().getJsonNumber("importId"), r.header("Location"));
        JsonObject result = finished(r);
        assertEquals("COMPLETED", result.getString("status"));
        assertEquals(4, result.getInt("processed"));
        assertEquals(4, result.getInt("lines"));
        assertEquals(1, result.getInt("imported"));
        assertEquals(3, result.getJsonArray("errors").size(), r.body());
        String errors = result.getJsonArray("errors").toString();
        assertTrue(errors.contains("第2行") && errors.contains("第3行") && errors.contains("第4行"), errors);

        // recomputed by our rules: 3 working days from 09-18 are 09-20 (make-up Sunday, the stop's first day
        // still counts), then the stop holds 09-21..10-08 across 国庆节, then 10-09 and 10-10 (make-up Saturday)
        JsonObject c = get("/api/v1/cases/OLD-" + tag + "-1", "office").json();
        assertEquals("IN_PROGRESS", c.getString("status"));
        assertEquals("2026-10-10", c.getJsonObject("deadlines").getString("promised"));
        assertEquals(404, get("/api/v1/cases/OLD-" + tag + "-2", "office").status(), "skipped line saved nothing");

        JsonObject again = finished(Http.postBytes("/api/v1/cases/import", "office", "application/x-ndjson",
                good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, again.getInt("imported"));
        assertEquals(1, again.getInt("duplicates"));
        assertEquals(403, get("/api/v1/cases/imports/" + again.getJsonNumber("importId"), "clerk").status());
        assertEquals(400, Http.postBytes("/api/v1/cases/import", "office", "application/x-ndjson", "\n \n".getBytes(
                StandardCharsets.UTF_8)).status(), "an empty file is refused at once");
        assertEquals(403, Http.postBytes("/api/v1/cases/import", "clerk", "application/x-ndjson", good.getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void importErrorsAreSentencesOfficeStaffCanActOn() {
        String code = get("/api/v1/matters?q=" + Http.enc("食品经营许可（新办）") + "&size=1", null).json()
                .getJsonArray("items").getJsonObject(0).getString("implementationCode");
        String tag = String.valueOf(System.currentTimeMillis() % 100_000_000L);
        String applicant = "\"applicant\":{\"name\":\"历史申请人\",\"idNumber\":\"330399199001011234\",\"phone\":\"13900000000\"}";
        String head = "\"implementationCode\":\"" + code + "\"," + applicant + ",\"events\":[{\"type\":\"RECEIVE\",\"date\":\"2026-09-18\"},"
                + "{\"type\":\"ACCEPT\",\"date\":\"2026-09-18\"},";
        String file = String.join("\n",
                "{\"receiptNumber\":\"BAD-" + tag + "-1\"," + head
                        + "{\"type\":\"START_SPECIAL_PROCEDURE\",\"date\":\"2026-09-20\",\"procedureType\":\"LAB\",\"reason\":\"x\",\"days\":5}]}",
                "{\"receiptNumber\":\"BAD-" + tag + "-2\"," + head
                        + "{\"type\":\"EXTEND\",\"date\":\"2026-09-20\",\"days\":\"five\",\"reason\":\"x\"}]}",
                "{\"receiptNumber\":\"BAD-" + tag + "-3\"," + head + "{\"type\":\"FLY\",\"date\":\"2026-09-20\"}]}",
                "{\"receiptNumber\":\"BAD-" + tag + "-4\"," + head + "{\"type\":\"DECIDE\",\"date\":\"2026/09/20\"}]}",
                "{\"receiptNumber\":\"BAD-" + tag + "-5\",\"channel\":\"FAX\"," + head.substring(0, head.length() - 1) + "]}",
                // read as strictly as an API body: a key twice is malformed, a date must be sane
                "{\"receiptNumber\":\"BAD-" + tag + "-6\",\"receiptNumber\":\"BAD-" + tag + "-7\"," + head.substring(0, head.length() - 1) + "]}",
                "{\"receiptNumber\":\"BAD-" + tag + "-8\"," + head + "{\"type\":\"DECIDE\",\"date\":\"-0001-01-01\"}]}");
        JsonObject result = finished(Http.postBytes("/api/v1/cases/import", "office", "application/x-ndjson",
                file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, result.getInt("imported"));
        String errors = result.getJsonArray("errors").toString();
        assertTrue(errors.contains("procedureType 的值无效：LAB（可用：HEARING"), errors);
        assertTrue(errors.contains("days 应为整数"), errors);
        assertTrue(errors.contains("未知的事件类型：FLY"), errors);
        assertTrue(errors.contains("日期无效：2026/09/20，应为YYYY-MM-DD"), errors);
        assertTrue(errors.contains("channel 的值无效：FAX"), errors);
        assertTrue(errors.contains("键“receiptNumber”重复出现"), errors);
        assertTrue(errors.contains("日期不能早于1990-01-01"), errors);
        for (String java : new String[] {"No enum constant", "Exception", "java.", "org.yangguang"}) {
            assertTrue(!errors.contains(java), "no Java in the errors: " + errors);
        }
    }

    /** The import once its job is done (it runs after the request returned). */
    static JsonObject finished(Http.Reply started) {
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("importId").longValue();
        JsonObject r = null;
        for (int i = 0; i < 1800; i++) { // up to three minutes: earlier tests' jobs may hold the batch threads
            r = get("/api/v1/cases/imports/" + id, "office").json();
            if (!"RUNNING".equals(r.getString("status"))) return r;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("legacy import " + id + " still running after three minutes: " + r);
    }
}

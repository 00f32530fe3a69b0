package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deemed-acceptance batch job on the JDBC job repository, started as the office would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyJobIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCaseNobodyCheckedIsDeemedAcceptedOnItsReceiptDate() throws Exception {
        // an old receipt with no correction notice, brought in by the legacy import
        String code = get("/api/v1/matters?q=" + Http.enc("食品经营许可（新办）") + "&size=1", null).json()
                .getJsonArray("items").getJsonObject(0).getString("implementationCode");
        String rn = "OLD-DEEM-" + (System.currentTimeMillis() % 100_000_000L);
        String line = "{\"receiptNumber\":\"" + rn + "\",\"implementationCode\":\"" + code + "\","
                + "\"applicant\":{\"name\":\"无人处理\",\"idNumber\":\"330399199001011234\",\"phone\":\"13900000000\"},"
                + "\"events\":[{\"type\":\"RECEIVE\",\"date\":\"2026-09-01\",\"materials\":[]}]}";
        assertEquals(1, LegacyImportIT.finished(Http.postBytes("/api/v1/cases/import", "office", "application/x-ndjson",
                line.getBytes(StandardCharsets.UTF_8))).getInt("imported"));
        assertEquals("RECEIVED", get("/api/v1/cases/" + rn, "office").json().getString("status"));

        assertEquals(403, post("/api/v1/jobs/deemed-acceptance", "clerk", "").status());
        assertEquals(404, post("/api/v1/jobs/no-such-job", "office", "").status());
        Http.Reply started = post("/api/v1/jobs/deemed-acceptance", "office", "");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("executionId").longValue();
        JsonObject execution = started.json();
        for (int i = 0; i < 60 && !"COMPLETED".equals(execution.getString("status")); i++) {
            assertTrue(!"FAILED".equals(execution.getString("status")), execution.toString());
            Thread.sleep(500);
            execution = get("/api/v1/jobs/executions/" + id, "office").json();
        }
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());

        JsonObject c = get("/api/v1/cases/" + rn, "office").json();
        assertEquals("IN_PROGRESS", c.getString("status"));
        assertEquals("2026-09-01", c.getString("acceptedOn"));
        assertEquals("DEEMED_ACCEPTED", c.getJsonArray("violations").getJsonObject(0).getString("kind"));
        assertTrue(get("/api/v1/cases/" + rn + "/timeline", "office").body().contains("DEEMED_ACCEPT"));

        // a second run finds nothing left to do
        long again = post("/api/v1/jobs/deemed-acceptance", "office", "").json().getJsonNumber("executionId").longValue();
        for (int i = 0; i < 60 && !"COMPLETED".equals(get("/api/v1/jobs/executions/" + again, "office").json().getString("status")); i++) {
            Thread.sleep(500);
        }
        assertEquals(1, get("/api/v1/cases/" + rn, "office").json().getJsonArray("violations").size());
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The working-day calendar and the public deadline calculator over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theOfficialScheduleIsLoaded() {
        JsonObject y = get("/api/v1/calendar/2026", null).json();
        assertEquals(39, y.getJsonArray("exceptions").size());
        assertTrue(y.getJsonNumber("calendarVersion").longValue() >= 2);
        assertTrue(y.getJsonArray("warnings").isEmpty());
        JsonObject first = y.getJsonArray("exceptions").getJsonObject(0);
        assertEquals("2026-01-01", first.getString("date"));
        assertEquals("HOLIDAY", first.getString("kind"));
        assertEquals("元旦", first.getString("name"));
    }

    @Test
    void aYearNotImportedSaysSo() {
        JsonObject y = get("/api/v1/calendar/2099", null).json();
        assertTrue(y.getJsonArray("exceptions").isEmpty());
        assertTrue(y.getJsonArray("warnings").getString(0).contains("2099年节假日安排尚未导入"));
    }

    @Test
    void theDeadlineCalculatorOfTheIssue() {
        Http.Reply r = get("/api/v1/calendar/deadline?from=2026-09-18&days=10&unit=WORKING_DAYS", null);
        assertEquals(200, r.status(), r.body());
        JsonObject d = r.json();
        assertEquals("2026-10-09", d.getString("deadline"));
        assertEquals("2026-09-25", d.getJsonArray("skipped").getJsonObject(0).getString("date"));
        assertEquals("中秋节", d.getJsonArray("skipped").getJsonObject(0).getString("reason"));
        assertTrue(d.getJsonArray("warnings").isEmpty());
        assertTrue(d.getJsonNumber("calendarVersion").longValue() >= 2);

        assertEquals("2026-10-08", get("/api/v1/calendar/deadline?from=2026-09-22&days=10&unit=NATURAL_DAYS", null)
                .json().getString("deadline"));
        JsonObject future = get("/api/v1/calendar/deadline?from=2098-12-28&days=5", null).json();
        assertFalse(future.getJsonArray("warnings").isEmpty());
    }

    @Test
    void badCalculatorParametersAreProblemJson() {
        for (String q : new String[] {"from=2026-13-01&days=1", "from=2026-09-18&days=-1", "from=2026-09-18&days=x",
                "from=2026-09-18&days=1&unit=MONTHS", "days=1", "from=2026-09-18"}) {
            Http.Reply r = get("/api/v1/calendar/deadline?" + q, null);
            assertEquals(400, r.status(), q);
            assertTrue(r.isProblem(), q);
        }
        assertEquals(400, get("/api/v1/calendar/abc", null).status());
    }

    @Test
    void thePublicCalculatorPageShowsTheSameResult() {
        Http.Reply page = get("/guide/deadline.xhtml?from=2026-09-18&days=10&unit=WORKING_DAYS", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("2026-10-09"), page.body());
        assertTrue(page.body().contains("中秋节"));
    }

    @Test
    void importingAYearMakesANewVersionAndBadRowsSaveNothing() throws Exception {
        int year = 2090 + (int) (System.nanoTime() % 9);
        long before = get("/api/v1/calendar/2026", null).json().getJsonNumber("calendarVersion").longValue();

        HttpResponse<String> bad = put(year, "office", "date,kind,name\n" + year + "-02-30,HOLIDAY,春节\n" + year
                + "-01-01,HOLIDAY,元旦\n" + year + "-01-01,HOLIDAY,元旦\n");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("第2行") && bad.body().contains("第4行"), bad.body());
        assertTrue(get("/api/v1/calendar/" + year, null).json().getJsonArray("exceptions").isEmpty(), "nothing saved");

        assertEquals(403, put(year, "clerk", "date,kind,name\n" + year + "-01-01,HOLIDAY,元旦\n").statusCode());
        assertEquals(401, put(year, null, "date,kind,name\n" + year + "-01-01,HOLIDAY,元旦\n").statusCode());

        HttpResponse<String> ok = put(year, "office", "date,kind,name\n" + year + "-01-01,HOLIDAY,元旦\n");
        assertEquals(202, ok.statusCode(), ok.body());
        JsonObject recompute = CalendarRecomputeIT.finished(Http.Reply.class.cast(new Http.Reply(202, null, ok.body(), null))
                .json().getJsonNumber("recomputeId").longValue());
        assertEquals("COMPLETED", recompute.getString("status"), recompute.toString());
        assertEquals(0, recompute.getInt("moves"), "nothing open runs into " + year);
        assertEquals(401, get("/api/v1/calendar/recomputes/" + recompute.getJsonNumber("recomputeId"), null).status());
        JsonObject y = get("/api/v1/calendar/" + year, null).json();
        assertEquals(1, y.getJsonArray("exceptions").size());
        assertTrue(y.getJsonNumber("calendarVersion").longValue() > before);
    }

    private static HttpResponse<String> put(int year, String user, String csv) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/calendar/" + year))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

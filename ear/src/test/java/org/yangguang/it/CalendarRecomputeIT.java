package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

/**
 * A calendar change recomputes the deadlines of open cases, disclosure requests and unpublished
 * proactive items, logs each one
 * that moved, and the case records the new calendar version. The original schedule is restored at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarRecomputeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aNewHolidayMovesOpenDeadlinesAndIsLogged() throws Exception {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        c = CaseApiIT.ok(CaseApiIT.act("clerk", c, "accept", CaseApiIT.with()));
        String accepted = c.getString("acceptedOn");
        String promised = c.getJsonObject("deadlines").getString("promised");
        // an open disclosure request, received the same day: its reply limit runs over the new holiday too
        String request = Http.post("/api/v1/disclosure/requests", "editor", DisclosureRequestIT.application()
                .add("channel", "IN_PERSON").add("submittedOn", accepted).build().toString()).json().getString("number");
        String replyDue = get("/api/v1/disclosure/requests/" + request, "editor").json().getString("replyDue");
        // and a proactive item made that day, not yet published: its 20-working-day limit too
        JsonObject item = Http.post("/api/v1/disclosure/items", "editor", ProactiveDisclosureIT.item("日历调整测试文件", "<p>正文</p>")
                .add("formedOn", accepted).build().toString()).json();
        long itemId = item.getJsonNumber("id").longValue();
        String publishDue = item.getString("publishDue");
        // the first working day after acceptance becomes a holiday
        String firstDay = get("/api/v1/calendar/deadline?from=" + accepted + "&days=1", null).json().getString("deadline");
        int year = Integer.parseInt(firstDay.substring(0, 4));
        JsonObject schedule = get("/api/v1/calendar/" + year, null).json();
        StringBuilder original = new StringBuilder("date,kind,name\n");
        for (JsonValue v : schedule.getJsonArray("exceptions")) {
            JsonObject d = v.asJsonObject();
            original.append(d.getString("date")).append(',').append(d.getString("kind")).append(',').append(d.getString("name")).append('\n');
        }
        String changed = original + firstDay + ",HOLIDAY,临时调整（测试）\n";
        try {
            // the preview lists the move and changes nothing
            Http.Reply preview = Http.postBytes("/api/v1/calendar/" + year + "/preview", "office", "text/csv; charset=UTF-8",
                    changed.getBytes(StandardCharsets.UTF_8));
            assertEquals(202, preview.status(), preview.body());
            JsonObject previewed = finished(preview.json().getJsonNumber("recomputeId").longValue());
            assertEquals("COMPLETED", previewed.getString("status"), previewed.toString());
            assertTrue(previewed.getBoolean("preview"));
            assertTrue(previewed.getInt("moves") >= 1, previewed.toString());
            assertTrue(previewed.getJsonNumber("checked").longValue() >= 1, previewed.toString());
            Http.Reply previewMoves = get("/api/v1/calendar/recomputes/" + previewed.getJsonNumber("recomputeId")
                    + "/moves", "office");
            assertTrue(previewMoves.body().contains(c.getString("receiptNumber")), previewMoves.body());
            assertTrue(previewMoves.body().contains(request), "the request's reply limit would move: " + previewMoves.body());
            assertEquals(promised, get("/api/v1/cases/" + c.getString("receiptNumber"), "clerk").json()
                    .getJsonObject("deadlines").getString("promised"), "a preview moves nothing");
            assertEquals(400, Http.postBytes("/api/v1/calendar/" + year + "/preview", "office", "text/csv",
                    "date,kind,name\n2026-13-01,HOLIDAY,x\n".getBytes(StandardCharsets.UTF_8)).status());

            HttpResponse<String> r = put(year, changed);
            assertEquals(202, r.statusCode(), r.body());
            JsonObject started = new Http.Reply(r.statusCode(), null, r.body(), null).json();
            assertEquals(Http.BASE + "/api/v1/calendar/recomputes/" + started.getJsonNumber("recomputeId"),
                    r.headers().firstValue("Location").orElse(""), "the API's own address, once: not /api/api/…");
            JsonObject result = finished(started.getJsonNumber("recomputeId").longValue());
            assertEquals("COMPLETED", result.getString("status"), result.toString());
            assertTrue(result.getInt("moves") >= 1, result.toString());
            assertEquals(100, result.getInt("percent"));
            long version = result.getJsonNumber("calendarVersion").longValue();

            JsonObject now = get("/api/v1/cases/" + c.getString("receiptNumber"), "clerk").json();
            String moved = now.getJsonObject("deadlines").getString("promised");
            String expected = get("/api/v1/calendar/deadline?from=" + promised + "&days=1", null).json().getString("deadline");
            assertEquals(expected, moved, "one working day later");
            assertEquals(version, now.getJsonObject("deadlines").getJsonNumber("calendarVersion").longValue());

            Http.Reply moves = get("/api/v1/calendar/versions/" + version + "/moves", "office");
            assertEquals(200, moves.status(), moves.body());
            assertTrue(moves.body().contains(c.getString("receiptNumber")), moves.body());
            assertTrue(moves.body().contains(request), moves.body());
            assertEquals(get("/api/v1/calendar/deadline?from=" + replyDue + "&days=1", null).json().getString("deadline"),
                    get("/api/v1/disclosure/requests/" + request, "editor").json().getString("replyDue"),
                    "the request's reply is due one working day later");
            assertEquals(get("/api/v1/calendar/deadline?from=" + publishDue + "&days=1", null).json().getString("deadline"),
                    get("/api/v1/disclosure/items/" + itemId, "editor").json().getString("publishDue"),
                    "the item's publication is due one working day later");
            assertTrue(moves.body().contains("\"DisclosureItem\""), moves.body());
            assertEquals(401, get("/api/v1/calendar/versions/" + version + "/moves", null).status());
        } finally {
            if (!schedule.getJsonArray("exceptions").isEmpty()) {
                HttpResponse<String> restore = put(year, original.toString());
                assertEquals(202, restore.statusCode());
                finished(new Http.Reply(202, null, restore.body(), null).json().getJsonNumber("recomputeId").longValue());
            }
        }
        assertEquals(promised, get("/api/v1/cases/" + c.getString("receiptNumber"), "clerk").json()
                .getJsonObject("deadlines").getString("promised"), "restored");
        assertEquals(replyDue, get("/api/v1/disclosure/requests/" + request, "editor").json().getString("replyDue"), "restored");
    }

    @Test
    void aFailedRecomputeContinuesFromItsLastCommittedChunk() throws Exception {
        int year = 2080 + (int) (System.nanoTime() % 9);
        byte[] csv = ("date,kind,name\n" + year + "-01-02,HOLIDAY,测试\n").getBytes(StandardCharsets.UTF_8);
        // chunks of 10 cases; the chunk that starts once 10 are committed fails (the server's test switch)
        Http.Reply started = Http.postBytes("/api/v1/calendar/" + year + "/preview?chunkSize=10&failAfterChecked=10",
                "office", "text/csv; charset=UTF-8", csv);
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("recomputeId").longValue();
        JsonObject failed = finished(id);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(10, failed.getJsonNumber("checked").longValue(), "the first chunk stays committed: " + failed);
        assertTrue(failed.getJsonNumber("openCases").longValue() > 10, failed.toString());

        String restart = "/api/v1/calendar/recomputes/" + id + "/restart";
        assertEquals(403, Http.post(restart, "clerk", "").status(), "only the office continues it");
        Http.Reply continued = Http.post(restart, "office", "");
        assertEquals(202, continued.status(), continued.body());
        JsonObject done = finished(id);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(done.getJsonNumber("openCases").longValue(), done.getJsonNumber("checked").longValue(),
                "every open case checked once, the first chunk not again: " + done);
        assertEquals(409, Http.post(restart, "office", "").status(), "a completed recompute is not continued");
        assertEquals(400, Http.postBytes("/api/v1/calendar/" + year + "/preview?chunkSize=0", "office",
                "text/csv; charset=UTF-8", csv).status());
    }

    /**
     * The recompute once its job is done (the job runs after the request returned). Batch jobs
     * of earlier tests may still hold the batch threads, so this waits up to three minutes and
     * then says where the job stood.
     */
    static JsonObject finished(long recomputeId) throws InterruptedException {
        JsonObject r = null;
        for (int i = 0; i < 1800; i++) {
            r = get("/api/v1/calendar/recomputes/" + recomputeId, "office").json();
            if (!"RUNNING".equals(r.getString("status"))) return r;
            Thread.sleep(100);
        }
        long execution = r.getJsonNumber("executionId").longValue();
        throw new AssertionError("deadline recompute " + recomputeId + " still running after three minutes: " + r
                + (execution > 0 ? "; its execution: " + get("/api/v1/jobs/executions/" + execution, "office").body() : ""));
    }

    private static HttpResponse<String> put(int year, String csv) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/calendar/" + year))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("office:demo".getBytes()))
                .PUT(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Abuse: guessing a query code and guessing passwords are throttled with 429 and Retry-After.
 * Every public lookup by number and query code, page or API, goes through one limiter, per client
 * address and per address and number, so that guessing blocks only the guesser; published content
 * has no per-number limit; submissions have a limit per address. The test server runs with short
 * windows (arquillian.xml: 8 s for lookups and submissions, 40 s for failed logins, each of which
 * costs a PBKDF2 check) so that the wait is short; each test waits its window out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static void waitFor(Http.Reply throttled) throws InterruptedException {
        long seconds = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(seconds >= 1 && seconds <= 41, "Retry-After " + seconds);
        Thread.sleep(seconds * 1000 + 500);
    }

    @Test
    void guessingAQueryCodeIsThrottled() throws Exception {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        String path = "/api/v1/public/cases/" + c.getString("receiptNumber") + "?queryCode=";
        Http.Reply r = null;
        int tries = 0;
        while (tries < 25) {
            r = get(path + "WRONG" + tries++, null);
            if (r.status() == 429) break;
            assertEquals(404, r.status(), r.body());
        }
        assertEquals(429, r.status(), "throttled after " + tries + " wrong codes");
        assertTrue(r.isProblem() && r.header("Retry-After") != null, r.body());
        assertEquals(429, get(path + c.getString("queryCode"), null).status(), "the right code waits too");
        waitFor(r);
        assertEquals(200, get(path + c.getString("queryCode"), null).status(), "after the wait the applicant gets in");
    }

    /** Wrong codes for one case from this address until the limit answers 429. */
    static Http.Reply guessUntilThrottled(String receiptNumber) {
        String path = "/api/v1/public/cases/" + receiptNumber + "?queryCode=";
        for (int tries = 0; tries < 25; tries++) {
            Http.Reply r = get(path + "WRONG" + tries, null);
            if (r.status() == 429) return r;
            assertEquals(404, r.status(), r.body());
        }
        throw new AssertionError("not throttled after 25 wrong codes");
    }

    @Test
    void guessingBlocksTheGuesserNotTheApplicantNorOtherNumbers() throws Exception {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        JsonObject other = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        Http.Reply throttled = guessUntilThrottled(c.getString("receiptNumber"));
        String right = "/api/v1/public/cases/" + c.getString("receiptNumber") + "?queryCode=" + c.getString("queryCode");
        RawHttp.Reply applicant = RawHttp.get(right, "127.0.0.2");
        assertEquals(200, applicant.status(), "the applicant at another address still tracks the case: " + applicant.head());
        assertEquals(200, get("/api/v1/public/cases/" + other.getString("receiptNumber") + "?queryCode="
                + other.getString("queryCode"), null).status(), "another number is not blocked for the guesser either");
        waitFor(throttled);
    }

    @Test
    void publishedContentHasNoPerNumberLimit() {
        JsonObject list = get("/api/v1/public/disclosure-items?size=1", null).json();
        long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (int i = 0; i < 45; i++) {
            Http.Reply r = get(i % 3 == 2 ? "/api/v1/public/disclosure-items/categories" : "/api/v1/public/disclosure-items/" + id, null);
            assertEquals(200, r.status(), "read " + (i + 1) + " of one published item: " + r.body());
        }
    }

    /**
     * The disclosure portal's pages of published content count with the published-content API,
     * per address and as generously: once an address has read its fill, the portal, an item and
     * an annual report answer 429 with Retry-After and say why, without a stack trace; another
     * address reads on, and after the wait this one does too.
     */
    @Test
    void thePublishedContentPagesShareTheApisLimit() throws Exception {
        String reader = "127.0.0.3";
        long id = get("/api/v1/public/disclosure-items?size=1", null).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        RawHttp.Reply read = null;
        int reads = 0;
        // any address under /api/v1/public/ that is not a lookup counts as a read (a missing one is the cheapest)
        while (reads++ < 5_000) {
            read = RawHttp.get("/api/v1/public/nothing-here", reader);
            if (read.status() == 429) break;
        }
        assertEquals(429, read.status(), "throttled after " + reads + " reads");
        for (String page : new String[] {"/open.xhtml", "/open.xhtml?q=" + Http.enc("食品"), "/open-item.xhtml?id=" + id,
                "/open-report.xhtml?year=2024&scope=MZJ"}) {
            RawHttp.Reply r = RawHttp.get(page, reader, "text/html");
            assertEquals(429, r.status(), page + " → " + r.head());
            assertTrue(r.body().contains("请求过于频繁"), page + " says why: " + r.body());
            assertFalse(r.header("Retry-After").isEmpty(), page);
            assertFalse(r.body().contains("Caused by") || r.body().contains("at org.yangguang"), "no stack trace: " + page);
        }
        assertEquals(200, RawHttp.get("/open-item.xhtml?id=" + id, "127.0.0.4", "text/html").status(), "another address reads on");
        Thread.sleep(Long.parseLong(read.header("Retry-After")) * 1000 + 500);
        RawHttp.Reply after = RawHttp.get("/open-item.xhtml?id=" + id, reader, "text/html");
        assertEquals(200, after.status(), "after the wait the item opens: " + after.head());
    }

    /** The pages count with the API: a number guessed on the API is refused on the tracking and document pages, with a message. */
    @Test
    void pagesAndTheApiShareOneLimiter() throws Exception {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        String rn = c.getString("receiptNumber");
        String code = c.getString("queryCode");
        Http.Reply throttled = guessUntilThrottled(rn);
        for (String page : new String[] {"/track.xhtml?rn=" + rn + "&code=" + code,
                "/guide/document.xhtml?rn=" + rn + "&code=" + code + "&doc=RECEIPT"}) {
            Http.Reply r = Http.getAccepting(page, null, "text/html");
            assertEquals(429, r.status(), page + " → " + r.status());
            assertTrue(r.body().contains("请求过于频繁") || r.body().contains("Too many requests"), page + " says why: " + r.body());
            assertTrue(r.header("Retry-After") != null, page);
            assertFalse(r.body().contains("Caused by") || r.body().contains("at org.yangguang") || r.body().contains("RESTEASY"),
                    "no stack trace: " + page);
        }
        waitFor(throttled);
        Http.Reply receipt = Http.getAccepting("/guide/document.xhtml?rn=" + rn + "&code=" + code + "&doc=RECEIPT", null, "text/html");
        assertEquals(200, receipt.status(), "after the wait the receipt slip opens");
        assertTrue(receipt.body().contains("收件凭证"), receipt.body());
    }

    /**
     * The complaint form looks a case up by its receipt number and query code: it counts as a
     * lookup, and the form (an AJAX page) shows the limit as a message. Complaints are submissions:
     * once this address has had its accepted submissions (here disclosure requests), the form says so.
     */
    @Test
    void theComplaintFormIsLimitedAsALookupAndAsASubmission() throws Exception {
        JsonObject c = CaseApiIT.receive("clerk", "SCJGJ", "PROMISED", true);
        try (Browser b = Browser.open()) {
            b.go("/complaint.xhtml");
            b.type(By.id("complain:name"), "李女士");
            b.type(By.id("complain:phone"), "13600000000");
            b.type(By.id("complain:rn"), c.getString("receiptNumber"));
            b.type(By.id("complain:qc"), c.getString("queryCode"));
            b.type(By.id("complain:content"), "窗口要求提交清单以外的材料");
            Http.Reply throttled = guessUntilThrottled(c.getString("receiptNumber"));
            b.click(By.id("complain:submit"));
            b.waitForText(By.id("complain:messages"), "请求过于频繁");
            waitFor(throttled);

            b.go("/complaint.xhtml");
            b.type(By.id("complain:name"), "李女士");
            b.type(By.id("complain:phone"), "13600000000");
            b.choose("complain:dept", "阳光县市场监督管理局");
            b.type(By.id("complain:content"), "办理时间过长");
            Http.Reply refused = null;
            for (int i = 0; i < 12 && refused == null; i++) {
                Http.Reply r = Http.post("/api/v1/public/disclosure-requests", null, DisclosureRequestIT.application().build().toString());
                if (r.status() == 429) refused = r;
                else assertEquals(201, r.status(), r.body());
            }
            assertTrue(refused != null && refused.isProblem(), "submissions are limited per address");
            b.click(By.id("complain:submit"));
            b.waitForText(By.id("complain:messages"), "请求过于频繁");
            waitFor(refused);
        }
    }

    @Test
    void guessingPasswordsAcrossUserNamesIsThrottled() throws Exception {
        Http.Reply r = null;
        int tries = 0;
        while (tries < 25) {
            r = get("/api/v1/catalog/review-queue", "nobody" + tries++ + ":guess");
            if (r.status() == 429) break;
            assertEquals(401, r.status(), r.body());
        }
        assertEquals(429, r.status(), "throttled after " + tries + " failed logins");
        Http.Reply blocked = get("/api/v1/catalog/review-queue", "office");
        assertEquals(429, blocked.status(), "even the right password waits: " + blocked.body());
        assertTrue(blocked.isProblem(), blocked.body());
        waitFor(blocked);
        assertEquals(200, get("/api/v1/catalog/review-queue", "office").status(), "after the wait the office gets in");
    }
}

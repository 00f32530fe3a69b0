package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Abuse: guessing a query code and guessing passwords are throttled with 429 and Retry-After.
 * The test server runs with short windows (arquillian.xml: 8 s for lookups, 40 s for failed logins,
 * each of which costs a PBKDF2 check) so that the wait is short.
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

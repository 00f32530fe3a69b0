package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yangguang.disclosure.publication.BundleVerifier;

/**
 * The nightly publication for the extranet, run on demand: a job stopped after some parts is
 * restarted and finishes the same version; the bundle holds the guide, the items, the feeds, the
 * case snapshot, the statistics and the published reports; its manifest verifies; a file changed
 * on disk is found (by the API and by the stand-alone verifier), and so is one added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationJobIT {
    private static final String JOB = "/api/v1/jobs/disclosure-publication";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject await(long executionId) throws InterruptedException {
        JsonObject e = null;
        for (int i = 0; i < 720; i++) {
            e = get("/api/v1/jobs/executions/" + executionId, "office").json();
            String s = e.getString("status");
            if (s.equals("COMPLETED") || s.equals("FAILED") || s.equals("STOPPED")) return e;
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " did not end: " + e);
    }

    @Test
    void aRestartedPublicationCompletesAVerifiableBundleAndTamperingIsFound() throws Exception {
        assertEquals(403, post(JOB, "clerk", "{}").status());
        Http.Reply started = post(JOB, "office", "{\"failAfterParts\":3}");
        assertEquals(202, started.status(), started.body());
        long first = started.json().getJsonNumber("executionId").longValue();
        // the editors run this job, so they follow its executions (not those of other roles' jobs)
        assertEquals(200, get("/api/v1/jobs/executions/" + first, "editor").status());
        assertEquals(403, get("/api/v1/jobs/executions/" + first, "reviewer").status());
        JsonObject failed = await(first);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        JsonObject progress = failed.getJsonObject("publication");
        String version = progress.getString("version");
        assertEquals(3, progress.getInt("partsDone"), progress.toString());
        assertTrue(progress.getInt("partsTotal") > 10, progress.toString());

        Http.Reply restarted = post("/api/v1/jobs/executions/" + first + "/restart", "editor", "");
        assertEquals(202, restarted.status(), restarted.body());
        long second = restarted.json().getJsonNumber("executionId").longValue();
        assertNotEquals(first, second);
        JsonObject done = await(second);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(version, done.getJsonObject("publication").getString("version"), "the restart finishes the same version");
        assertEquals(100, done.getJsonObject("publication").getInt("percent"));

        JsonObject bundle = get(JOB + "/bundle", "office").json();
        assertEquals(version, bundle.getString("current"), bundle.toString());
        assertTrue(bundle.getJsonObject("verification").getBoolean("ok"), bundle.toString());
        Path root = Path.of(bundle.getString("root"));
        Path published = root.resolve("versions").resolve(version);
        for (String file : new String[] {"index.html", "guide/index.html", "guide/matters.json", "disclosure/index.html",
            "disclosure/items.json", "feeds/all.atom", "feeds/GFXWJ.atom", "tracking/cases-0.json", "stats/index.html",
            "interaction/index.html", "interaction/summary.json",
            "reports/index.html", "manifest.sha256", "manifest.json"}) {
            assertTrue(Files.isRegularFile(published.resolve(file)), file);
        }
        assertFalse(Files.exists(root.resolve("versions").resolve(version + ".partial")), "no partial left");
        assertTrue(Files.readString(published.resolve("feeds/GFXWJ.atom")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        StringBuilder shards = new StringBuilder();
        for (int d = 0; d < 10; d++) shards.append(Files.readString(published.resolve("tracking/cases-" + d + ".json")));
        String tracking = shards.toString();
        assertFalse(tracking.contains("applicant") || tracking.contains("queryCode"), "no personal data, no query codes");
        assertTrue(tracking.matches("(?s).*\"[0-9a-f]{64}\":\\{\"matter\".*"), "cases found by SHA-256 of number and code");
        assertTrue(Files.readString(published.resolve("manifest.sha256")).contains("  disclosure/items.json\n"));
        String letters = Files.readString(published.resolve("interaction/summary.json"));
        assertTrue(letters.startsWith("{\"months\":[{\"month\":"), "the mailbox's public summary, a year by month: " + letters);
        assertTrue(Files.readString(published.resolve("manifest.sha256")).contains("  interaction/summary.json\n"));
        assertTrue(BundleVerifier.verify(root).ok());

        // tampering on the extranet: a page changed, a page added
        Path page = published.resolve("disclosure/index.html");
        Files.writeString(page, Files.readString(page) + "<p>篡改</p>", StandardCharsets.UTF_8);
        Files.writeString(published.resolve("guide/shell.php"), "<?php ?>");
        JsonObject checked = get(JOB + "/bundle", "office").json().getJsonObject("verification");
        assertFalse(checked.getBoolean("ok"), checked.toString());
        String problems = checked.getJsonArray("problems").toString();
        assertTrue(problems.contains("CHANGED disclosure/index.html"), problems);
        assertTrue(problems.contains("UNEXPECTED guide/shell.php"), problems);
        BundleVerifier.Report report = BundleVerifier.verify(root);
        assertEquals(2, report.problems().size(), report.toString());

        // the next run writes a new version and publishes it; the tampered one stays for inspection
        long next = post(JOB, "editor", "{}").json().getJsonNumber("executionId").longValue();
        assertEquals("COMPLETED", await(next).getString("status"));
        JsonObject after = get(JOB + "/bundle", "office").json();
        assertNotEquals(version, after.getString("current"));
        assertTrue(after.getJsonObject("verification").getBoolean("ok"), after.toString());
        assertTrue(after.getJsonArray("versions").size() >= 2);
    }
}

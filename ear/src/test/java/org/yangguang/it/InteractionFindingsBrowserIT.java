package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The findings about a late letter and a late rectification in the browser: the finding's page names
 * its subject in words (来信, 差评整改) beside the number and links to the letter's page and to the
 * one rectification on 差评整改. The demo county's year of letters and ratings has some answered or
 * reported late (LetterSeeder, RatingSeeder), so the night's evaluation finds some.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InteractionFindingsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theFindingsPageNamesTheSubjectAndLinksToIt() throws Exception {
        evaluate(Supervision.today());
        JsonObject letter = any("LETTER_ANSWER_OVERDUE");
        JsonObject rectification = any("RECTIFICATION_OVERDUE");

        try (Browser b = Browser.open()) {
            try {
                b.logIn("supervisor");
                b.go("/admin/findings/finding.xhtml?id=" + letter.getJsonNumber("id").longValue());
                b.waitForText(By.id("level"), "黄牌");
                String inputs = b.visible(By.id("inputs")).getText();
                assertTrue(inputs.contains(letter.getString("receiptNumber") + " 来信"), inputs);
                assertFalse(inputs.contains("LETTER"), "words, not codes: " + inputs);
                assertTrue(b.visible(By.id("explanation")).getText().startsWith("来信（"), b.text(By.id("explanation")));
                String href = b.visible(By.cssSelector("#inputs a")).getAttribute("href");
                assertTrue(href.endsWith(letter.getString("link")), href);
                b.click(By.cssSelector("#inputs a"));
                b.wait.until(ExpectedConditions.urlContains("/admin/letters/letter.xhtml"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                        letter.getString("receiptNumber")));

                b.go("/admin/findings/finding.xhtml?id=" + rectification.getJsonNumber("id").longValue());
                b.waitForText(By.id("level"), "黄牌");
                inputs = b.visible(By.id("inputs")).getText();
                assertTrue(inputs.contains(rectification.getString("receiptNumber") + " 差评整改"), inputs);
                assertFalse(inputs.contains("BAD_RATING"), "words, not codes: " + inputs);
                b.click(By.cssSelector("#inputs a"));
                b.wait.until(ExpectedConditions.urlContains("/admin/cases/ratings.xhtml?id="
                        + rectification.getJsonNumber("subjectId").longValue()));
                b.visible(By.id("rectifications:showAll"));
                assertEquals(1, b.driver.findElements(By.cssSelector("[id='rectifications:table_data'] > tr")).size(),
                        "only the rectification the finding is about");
                assertTrue(b.text(By.id("rectifications:table")).contains(rectification.getString("receiptNumber")));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("interaction-findings-failure");
                throw e;
            }
        }
    }

    /** Some finding of the rule, as the supervisor lists them. */
    private static JsonObject any(String rule) {
        JsonArray items = get("/api/v1/supervision/findings?size=1&rule=" + rule, "supervisor").json().getJsonArray("items");
        assertFalse(items.isEmpty(), "the demo's late letters and rectifications give a finding of " + rule);
        return items.getJsonObject(0);
    }

    private static void evaluate(LocalDate asOf) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Http.Reply r = post("/api/v1/jobs/overdue-evaluation", "supervisor", Supervision.body(asOf, null));
            if (r.status() == 202) {
                JsonObject done = Supervision.await(r.json().getJsonNumber("executionId").longValue());
                assertEquals("COMPLETED", done.getString("status"), done.toString());
                return;
            }
            assertEquals(409, r.status(), r.body());
            Thread.sleep(500);
        }
        throw new AssertionError("the evaluation of " + asOf + " stayed busy");
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Supervision.event;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Electronic supervision in a real browser: the supervisor opens the workspace and drills into a
 * red card of the market regulation bureau; the department answers it; the supervisor confirms.
 * And a complaint from the public portal, tracked with its number and query code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void supervisorDrillsIntoARedCardDepartmentAnswersSupervisorConfirms() throws Exception {
        // a case of the clerk's department past its statutory limit, and the night's evaluation
        LocalDate asOf = Supervision.today().minusDays(2);
        String rn = "SUP-B" + System.currentTimeMillis() % 100_000;
        Supervision.importCases(List.of(Supervision.line(rn, Supervision.FOOD_NEW,
                event("RECEIVE", asOf.minusDays(45), null), event("ACCEPT", asOf.minusDays(45), null))));
        JsonObject started = Supervision.start("supervisor", Supervision.body(asOf, null));
        assertEquals("COMPLETED", Supervision.await(started.getJsonNumber("executionId").longValue()).getString("status"));
        long id = SupervisionApiIT.finding(rn, "STATUTORY_OVERDUE").getJsonNumber("id").longValue();

        try (Browser b = Browser.open()) {
            try {
                // the applicant tracking the case reads how far it is past its limit, not "-N days left"
                String code = get("/api/v1/cases/" + rn, "clerk").json().getString("queryCode");
                b.go("/track.xhtml?rn=" + rn + "&code=" + code);
                String overdue = b.visible(By.cssSelector("[id$='trackOverdue']")).getText();
                assertTrue(overdue.matches(".*已超过(承诺|法定)期限 \\d+ 个工作日.*"), overdue);
                assertTrue(b.driver.findElements(By.cssSelector("[id$='trackRemaining']")).isEmpty(), "no days left shown");

                b.logIn("supervisor");
                b.wait.until(ExpectedConditions.urlContains("/admin/supervision/index.xhtml"));
                b.visible(By.id("ws:levelChart"));
                // the market regulation bureau's red cards, then ours among them
                b.click(By.xpath("//table//tr[td[contains(., '阳光县市场监督管理局')]]//a[contains(@class, 'red-card-link')]"));
                b.wait.until(ExpectedConditions.urlContains("/admin/findings/list.xhtml"));
                openFinding(b, rn);
                b.waitForText(By.id("level"), "红牌");
                assertTrue(b.visible(By.id("explanation")).getText().startsWith("法定办结期限"));
                b.waitForText(By.id("status"), "待答复");
                b.logOut();

                b.logIn("clerk");
                b.menu("navCards");
                b.wait.until(ExpectedConditions.urlContains("/admin/findings/list.xhtml"));
                openFinding(b, rn);
                b.type(By.id("finding:answer"), "审查人员病休，案件积压");
                b.type(By.id("finding:rectification"), "已调整分工，三日内办结积压案件");
                b.click(By.id("finding:submitAnswer"));
                b.waitForText(By.id("status"), "已答复");
                b.waitForText(By.id("answerText"), "审查人员病休");
                b.logOut();

                b.logIn("supervisor");
                b.go("/admin/findings/finding.xhtml?id=" + id);
                b.waitForText(By.id("status"), "已答复");
                b.type(By.id("finding:note"), "整改措施可行");
                b.click(By.id("finding:confirm"));
                b.waitForText(By.id("status"), "已确认整改");
                b.waitForText(By.id("resolution"), "整改措施可行");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("supervision-red-card-failure");
                throw e;
            }
        }
        assertEquals("CONFIRMED", get("/api/v1/supervision/findings/" + id, "supervisor").json()
                .getJsonObject("finding").getString("status"));
    }

    /** Filters the findings list by the receipt number and opens the statutory-limit finding. */
    private static void openFinding(Browser b, String rn) {
        b.type(By.id("findings:rn"), rn);
        b.clickAndAwaitRefresh(By.id("findings:search"), By.id("findings:table"));
        By link = By.xpath("//tr[.//a[normalize-space(.)='" + rn + "']]//a[contains(@class, 'finding-link') and contains(., '法定办结期限')]");
        for (int attempt = 0; ; attempt++) {
            try {
                b.click(link); // the row appears once the table has been filtered
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt >= 3) throw e;
            }
        }
        b.wait.until(ExpectedConditions.urlContains("/admin/findings/finding.xhtml"));
    }

    @Test
    void aPublicComplaintAndItsTracking() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                b.go("/track.xhtml");
                b.click(By.id("navComplaint"));
                b.wait.until(ExpectedConditions.urlContains("/complaint.xhtml"));
                b.type(By.id("complain:name"), "李女士");
                b.type(By.id("complain:phone"), "13600000000");
                b.choose("complain:dept", "阳光县市场监督管理局");
                b.type(By.id("complain:content"), "办理食品经营许可时被要求提交清单以外的材料");
                b.click(By.id("complain:submit"));
                String keep = b.visible(By.id("keep")).getText();
                b.waitForText(By.id("trackedStatus"), "待受理");
                String number = b.visible(By.id("trackedNumber")).getText();
                assertTrue(keep.contains(number), keep);

                JsonObject row = get("/api/v1/supervision/complaints?q=" + number, "supervisor").json()
                        .getJsonArray("items").getJsonObject(0);
                assertEquals("PORTAL", row.getString("channel"));
                assertEquals(204, Http.post("/api/v1/supervision/complaints/" + row.getJsonNumber("id") + "/accept",
                        "supervisor", "{\"version\":" + row.getInt("version") + "}").status());

                b.click(By.id("tracking:trackButton"));
                b.waitForText(By.id("trackedStatus"), "已受理");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("supervision-complaint-failure");
                throw e;
            }
        }
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 关注度分析 in a real browser: the office opens the page from the supervision menu, sees last
 * month's demo letters, clicks a topic and reads the letters behind it, each linked to its staff
 * page; one department chosen, only its letters are counted. The public reads the summary.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttentionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theOfficeDrillsFromATopicToItsLetters() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                b.logIn("office");
                b.menu("navAttention");
                b.wait.until(ExpectedConditions.urlContains("/admin/supervision/attention.xhtml"));
                b.visible(By.id("attention:monthChart"));
                WebElement topic = b.visible(By.cssSelector("[id='attention:topics'] tbody tr a"));
                String keyword = topic.getText().trim();
                assertTrue(keyword.length() >= 2, keyword);
                b.click(By.cssSelector("[id='attention:topics'] tbody tr a"));
                b.waitForText(By.id("drillTitle"), keyword);
                List<WebElement> links = b.driver.findElements(By.cssSelector("[id='attention:drillLetters'] tbody a"));
                assertTrue(!links.isEmpty(), "the letters behind " + keyword);
                assertTrue(links.get(0).getAttribute("href").contains("/admin/letters/letter.xhtml?number=XX"), links.get(0).getAttribute("href"));

                // one department: only the letters it handles
                b.choose("attention:department", "阳光县市场监督管理局");
                b.clickAndAwaitRefresh(By.id("attention:show"), By.id("attention:handlers"));
                List<String> handlers = b.driver.findElements(By.cssSelector("[id='attention:handlers'] tbody tr td:first-child"))
                        .stream().map(WebElement::getText).toList();
                assertTrue(handlers.stream().allMatch(h -> h.equals("阳光县市场监督管理局") || h.equals("本期没有数据")), handlers.toString());
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("attention");
                throw e;
            }
        }
    }

    @Test
    void thePublicReadsTheSummary() throws Exception {
        try (Browser b = Browser.open()) {
            b.go("/index.xhtml");
            b.click(By.id("homeLetterSummary"));
            b.wait.until(ExpectedConditions.urlContains("/letter-summary.xhtml"));
            assertEquals(12, b.driver.findElements(By.cssSelector("[id='months'] tbody tr")).size(), "a year, month by month");
            b.visible(By.id("monthTitle"));
            assertTrue(!b.driver.findElements(By.cssSelector("[id='handlers'] tbody tr")).isEmpty());
        }
    }
}

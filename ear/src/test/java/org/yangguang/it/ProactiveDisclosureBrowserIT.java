package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor drafts a proactive item in the rich-text editor and submits it; the reviewer finds it
 * in the review queue and approves it; the public finds it on the portal by a keyword and reads it;
 * the office publishes the bundle for the extranet from its page and sees it verified.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProactiveDisclosureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void draftReviewPublishAndFind() throws Exception {
        String word = "银杏路" + System.nanoTime() % 100000;
        try (Browser b = Browser.open()) {
            try {
                b.logIn("editor");
                b.menu("navDisclosureItems");
                b.wait.until(ExpectedConditions.urlContains("/admin/disclosure/items.xhtml"));
                b.click(By.id("items:newItem"));
                b.wait.until(ExpectedConditions.urlContains("/admin/disclosure/item.xhtml"));
                b.choose("item:category", "行政规范性文件");
                b.choose("item:dept", "阳光县市场监督管理局");
                b.type(By.id("item:title"), "关于" + word + "夜间施工管理的通知");
                b.type(By.id("item:docNo"), "阳市监发〔2026〕99号");
                b.type(By.cssSelector("[id='item:body'] .ql-editor"), word + "沿线夜间施工须提前公告。");
                b.click(By.id("item:save"));
                b.waitForText(By.id("itemStatus"), "草稿");
                b.click(By.id("item:submit"));
                b.click(By.id("item:confirmYes"));
                b.waitForText(By.id("itemStatus"), "待保密审查");
                b.logOut();

                b.logIn("reviewer");
                b.go("/admin/index.xhtml");
                b.click(By.id("homeReview"));
                b.wait.until(ExpectedConditions.urlContains("status=SUBMITTED"));
                b.click(By.xpath("//a[contains(@class,'open-item') and contains(., '" + word + "')]"));
                b.waitForText(By.id("itemStatus"), "待保密审查");
                assertTrue(b.text(By.id("itemBody")).contains(word + "沿线夜间施工须提前公告"), b.text(By.id("itemBody")));
                // the review opinion is recorded with the approval and stays with the item
                b.type(By.id("item:opinion"), "不涉及国家秘密和个人信息，同意公开");
                b.click(By.id("item:approve"));
                b.click(By.id("item:confirmYes"));
                b.waitForText(By.id("itemStatus"), "已公开");
                b.waitForText(By.id("reviewOpinion"), "同意公开");
                assertTrue(b.driver.findElements(By.id("item:withdraw")).isEmpty(), "the reviewer is not offered 撤回");
                b.logOut();

                b.go("/index.xhtml");
                b.click(By.id("navOpen"));
                b.wait.until(ExpectedConditions.urlContains("/open.xhtml"));
                b.type(By.id("open:q"), word);
                b.click(By.id("open:search"));
                b.click(By.xpath("//a[contains(@class,'open-item') and contains(., '" + word + "')]"));
                b.wait.until(ExpectedConditions.urlContains("/open-item.xhtml"));
                b.waitForText(By.id("itemTitle"), word);
                b.waitForText(By.id("docNo"), "阳市监发〔2026〕99号");
                assertTrue(b.text(By.id("itemBody")).contains("夜间施工须提前公告"));

                b.logIn("office");
                b.go("/admin/disclosure/publication.xhtml");
                b.click(By.id("publication:start"));
                b.click(By.id("publication:confirmYes"));
                b.waitForText(By.id("verification"), "校验通过");
                assertFalse(b.text(By.id("currentVersion")).contains("尚未发布"));
                // for people: a table of versions with labelled counts, the checksum on demand, nothing technical
                String page = b.text(By.tagName("main"));
                assertTrue(b.text(By.id("publication:versions")).contains("办事指南"), b.text(By.id("publication:versions")));
                for (String raw : java.util.List.of("java ", ".java", "/root", "manifest.sha256", "COMPLETED", "PUBLISHED ", "[")) {
                    assertFalse(page.contains(raw), "the page shows no " + raw + ": " + page);
                }
                assertFalse(b.driver.findElement(By.id("manifestHash")).isDisplayed(), "the full hash only on demand");
                b.click(By.id("publication:showHash"));
                b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manifestHash")));
                assertTrue(b.text(By.id("manifestHash")).matches("[0-9a-f]{64}"), b.text(By.id("manifestHash")));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("proactive-disclosure-failure");
                throw e;
            }
        }
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The catalog journey in a real browser: a clerk drafts a matter and submits it, the office
 * publishes it, and the public finds it in the service guide by a Chinese keyword.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void clerkDraftsOfficePublishesPublicFinds() throws Exception {
        String code = MatterJson.newCode();
        String tag = code.substring(8, 14); // from the clock: unique on a database kept across runs
        String name = "电梯安装改造维修许可（浏览器测试" + tag + "）";
        try (Browser b = Browser.open()) {
            try {
                journey(b, code, name, tag);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("catalog-journey-failure");
                throw e;
            }
        }
    }

    private static void journey(Browser b, String code, String name, String tag) {
        {
            // clerk: new matter, every tab, submit
            b.logIn("clerk");
            b.go("/admin/catalog/edit.xhtml");
            b.type(By.id("editor:tabs:implementationCode"), code);
            b.type(By.id("editor:tabs:baseCode"), "000099003000");
            b.type(By.id("editor:tabs:name"), name);
            b.choose("editor:tabs:type", "行政许可");
            b.type(By.id("editor:tabs:legalBasis"), "《中华人民共和国特种设备安全法》第十八条");
            b.type(By.id("editor:tabs:conditions"), "有与许可范围相适应的专业技术人员和检测仪器。");
            b.click(By.linkText("时限与办理"));
            b.type(By.id("editor:tabs:statutoryValue_input"), "20");
            b.type(By.id("editor:tabs:promisedValue_input"), "5");
            b.click(By.linkText("申请材料"));
            b.click(By.id("editor:tabs:addMaterial"));
            b.type(By.id("editor:tabs:materials:0:mname"), "特种设备安装改造维修许可申请书");
            b.click(By.id("editor:submit"));
            b.waitForText(By.id("editor:status"), "待审核");
            b.logOut();

            // office: review queue, see what is new, publish
            b.logIn("office");
            b.go("/admin/catalog/review.xhtml");
            b.visible(By.xpath("//td[normalize-space(.)='" + name + "']/..//button")).click();
            b.waitForText(By.id("review:detail"), name);
            b.click(By.id("review:publish"));
            b.click(By.id("review:confirmYes"));
            b.waitForText(By.id("review:messages"), "已发布");
            b.logOut();

            // the public: search by a Chinese keyword, open the matter
            b.go("/guide/index.xhtml");
            b.type(By.id("q"), "浏览器测试" + tag);
            b.click(By.id("searchButton"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultCount"), "共找到 1 个事项"));
            b.click(By.linkText(name));
            assertEquals(name, b.visible(By.id("matterName")).getText());
            assertTrue(b.driver.getPageSource().contains("特种设备安装改造维修许可申请书"));
            assertTrue(b.driver.getPageSource().contains("5个工作日"));
            b.screenshot("catalog-journey-guide");
        }
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen asks for government information on the portal; the editor asks for a correction; the
 * citizen corrects on the tracking page; the editor uploads the reply's file and replies 部分公开
 * with the part withheld and its ground, delivered online; the tracking page shows it with the file,
 * the letter cites the articles and lists the file, and the annual report's table 三 (in the
 * national layout) counts it, its cell listing it in a dialog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void applyCorrectAndReply() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                b.go("/index.xhtml");
                b.click(By.id("navDisclosure"));
                b.wait.until(ExpectedConditions.urlContains("/disclosure.xhtml"));
                b.choose("apply:dept", "阳光县市场监督管理局");
                b.type(By.id("apply:name"), "赵小红");
                b.type(By.id("apply:identity"), "330303199202021234");
                b.type(By.id("apply:phone"), "13900000000");
                b.type(By.id("apply:description"), "本县2026年餐饮服务食品安全监督检查结果");
                b.click(By.id("apply:submit"));
                b.waitForText(By.id("trackedStatus"), "办理中");
                String number = b.text(By.id("trackedNumber"));
                Matcher code = Pattern.compile("查询码 (\\w+)").matcher(b.text(By.id("keep")));
                assertTrue(code.find(), b.text(By.id("keep")));
                String queryCode = code.group(1);

                b.logIn("editor");
                b.menu("navDisclosureRequests");
                b.wait.until(ExpectedConditions.urlContains("/admin/disclosure/requests.xhtml"));
                // found by its number: on a database other tests have filled, it need not be on the first page
                b.type(By.id("requests:text"), number);
                b.click(By.id("requests:search"));
                b.click(By.cssSelector("a.open-" + number));
                b.wait.until(ExpectedConditions.urlContains("/admin/disclosure/request.xhtml"));
                b.waitForText(By.id("status"), "办理中");
                b.type(By.id("request:correctionContent"), "请写明需要哪个乡镇的检查结果");
                b.click(By.id("request:noticeCorrection"));
                b.waitForText(By.id("status"), "待补正");
                b.logOut();

                b.go("/disclosure.xhtml?number=" + number + "&code=" + queryCode);
                b.click(By.id("tracking:trackButton"));
                b.waitForText(By.id("trackedStatus"), "待补正");
                b.waitForText(By.id("trackedCorrection"), "哪个乡镇");
                b.type(By.id("tracking:correction"), "阳光镇");
                b.click(By.id("tracking:sendCorrection"));
                b.waitForText(By.id("trackedStatus"), "办理中");

                b.logIn("editor");
                b.go("/admin/disclosure/request.xhtml?number=" + number);
                b.waitForText(By.id("status"), "办理中");
                // the reply's file, uploaded before the reply is sent
                java.nio.file.Path file = java.nio.file.Files.createTempFile("检查结果", ".txt");
                java.nio.file.Files.writeString(file, "阳光镇餐饮服务食品安全监督检查结果");
                b.driver.findElement(By.cssSelector("#request\\:replyFileUpload input[type=file]")).sendKeys(file.toString());
                b.waitForText(By.id("replyFiles"), file.getFileName().toString());
                // 部分公开 asks for the part withheld and its ground
                b.choose("request:outcome", "部分公开");
                b.type(By.id("request:withheldText"), "被检查个体工商户的身份证号码。");
                b.click(By.xpath("//label[contains(., '保护第三方合法权益')]"));
                b.choose("request:delivery", "网上获取");
                b.type(By.id("request:replyText"), "检查结果见附件。");
                b.click(By.id("request:answer"));
                b.click(By.id("request:confirmYes"));
                b.waitForText(By.id("status"), "已答复");
                assertEquals("部分公开", b.text(By.id("outcome")), "a one-row group is not repeated (部分公开：部分公开)");
                assertTrue(b.text(By.id("withheld")).contains("身份证号码"), b.text(By.id("withheld")));
                assertTrue(b.driver.findElements(By.id("request:answer")).isEmpty(), "replied: no reply button any more");
                assertTrue(b.driver.findElements(By.cssSelector(".remove-file")).isEmpty(), "the reply's files stay as sent");
                // the annual report: the national layout, and a number's requests where the user looks
                b.go("/admin/disclosure/report.xhtml");
                b.waitForText(By.id("crossCheck"), "交叉核对通过");
                assertEquals("三、本年度办理结果", b.text(By.cssSelector("#table3 tr[data-row=DISCLOSED] th")),
                        "the heading of the year's outcomes starts the row of （一）, after 二");
                assertEquals("22", b.driver.findElement(By.cssSelector("#table3 tr[data-row=DISCLOSED] th")).getAttribute("rowspan"));
                b.click(By.cssSelector("a.cell-PARTLY_DISCLOSED-TOTAL"));
                b.waitForText(By.id("drilled"), number);
                Boolean inView = (Boolean) ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                        "var r = document.getElementById('drilled').getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;");
                assertTrue(inView, "the list shows in a dialog in view, not below table 四");
                b.click(By.cssSelector("[id='report:drillDialog'] .ui-dialog-titlebar-close"));
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report:drillDialog_modal")));
                b.logOut();

                b.go("/disclosure.xhtml?number=" + number + "&code=" + queryCode);
                b.click(By.id("tracking:trackButton"));
                b.waitForText(By.id("trackedStatus"), "已答复");
                assertEquals("部分公开", b.text(By.id("trackedOutcome")));
                assertTrue(b.text(By.id("trackedReply")).contains("检查结果见附件"));
                assertTrue(b.text(By.id("trackedFiles")).contains(file.getFileName().toString()), "delivered online: the file to download");
                b.go("/disclosure-letter.xhtml?number=" + number + "&code=" + queryCode);
                b.waitForText(By.id("letter"), "政府信息公开申请答复告知书");
                String letter = b.text(By.id("letter"));
                assertTrue(letter.contains("第三十七条") && letter.contains("第十五条"), letter);
                assertTrue(letter.contains("“被检查个体工商户的身份证号码”"), letter);
                assertTrue(letter.contains("1. " + file.getFileName()), "the letter lists the file: " + letter);
                assertTrue(!letter.contains("。”。") && !letter.contains("。。"), "no doubled punctuation: " + letter);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("disclosure-request-failure");
                throw e;
            }
        }
    }
}

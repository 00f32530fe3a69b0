package org.yangguang.it;

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
 * citizen corrects on the tracking page; the editor replies 部分公开; the tracking page shows it, and
 * the annual report's table 三 counts it (its cell lists it).
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
                b.choose("request:outcome", "部分公开 · 部分公开");
                b.type(By.id("request:replyText"), "检查结果见附件；涉及个人信息的部分不予公开");
                b.click(By.id("request:answer"));
                b.click(By.id("request:confirmYes"));
                b.waitForText(By.id("status"), "已答复");
                b.waitForText(By.id("outcome"), "部分公开");
                // the annual report counts it, and the cell lists it
                b.go("/admin/disclosure/report.xhtml");
                b.waitForText(By.id("crossCheck"), "交叉核对通过");
                b.click(By.cssSelector("a.cell-PARTLY_DISCLOSED-TOTAL"));
                b.waitForText(By.id("drilled"), number);
                b.logOut();

                b.go("/disclosure.xhtml?number=" + number + "&code=" + queryCode);
                b.click(By.id("tracking:trackButton"));
                b.waitForText(By.id("trackedStatus"), "已答复");
                b.waitForText(By.id("trackedOutcome"), "部分公开");
                assertTrue(b.text(By.id("trackedReply")).contains("检查结果见附件"));
                b.go("/disclosure-letter.xhtml?number=" + number + "&code=" + queryCode);
                b.waitForText(By.id("letter"), "政府信息公开申请答复告知书");
                assertTrue(b.text(By.id("letter")).contains("第三十七条"), b.text(By.id("letter")));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("disclosure-request-failure");
                throw e;
            }
        }
    }
}

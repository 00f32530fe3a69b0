package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The clerk's main journey in a real browser: receive with missing material, one-time correction
 * notice, supplement, accept, complete the steps; the approver decides and delivers; the
 * applicant tracks the case on the public page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void receiveCorrectAcceptDecideDeliverTrack() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                journey(b);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("case-journey-failure");
                throw e;
            }
        }
    }

    private static void journey(Browser b) {
        b.logIn("clerk");
        b.go("/admin/cases/receive.xhtml");
        b.type(By.id("receive:matter_input"), "食品经营许可（新");
        b.click(By.cssSelector("li.ui-autocomplete-item[data-item-label='食品经营许可（新办）']"));
        b.visible(By.id("receive:materials"));
        b.type(By.id("receive:name"), "阳光县浏览器测试餐馆");
        b.type(By.id("receive:idNumber"), "92330399MA2BROWSE");
        b.type(By.id("receive:phone"), "0577-61230000");
        // tick every material but the first: it is missing
        List<WebElement> boxes = b.driver.findElements(By.cssSelector("#receive\\:materials .ui-chkbox-box"));
        for (int i = 1; i < boxes.size(); i++) boxes.get(i).click();
        b.click(By.id("receive:submit"));
        b.wait.until(ExpectedConditions.urlContains("/admin/cases/case.xhtml"));
        b.waitForText(By.id("status"), "已收件");
        String rn = b.visible(By.id("receiptNumber")).getText();
        String code = b.visible(By.id("queryCode")).getText();

        act(b, "request-correction", null);
        b.waitForText(By.id("status"), "待补正");
        act(b, "supplement", null);
        b.waitForText(By.id("status"), "已收件");
        act(b, "accept", null);
        b.waitForText(By.id("status"), "办理中");
        assertTrue(b.visible(By.id("promised")).getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"));
        // the first completed step hands the next one to the approver
        b.click(By.cssSelector("button.action-complete-step"));
        b.choose("actionForm:assignee", "张科长（阳光县市场监督管理局）");
        b.type(By.id("actionForm:comment"), "材料审查通过");
        b.click(By.id("actionForm:perform"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionForm:perform")));
        assertTrue(b.visible(By.id("case:steps")).getText().contains("张科长"), "the next step is assigned, to a person by name");
        while (!b.driver.findElements(By.cssSelector("button.action-complete-step")).isEmpty()) {
            act(b, "complete-step", "材料审查通过");
        }
        b.screenshot("case-journey-in-progress");
        b.logOut();

        // the approver finds the case on the to-do list: first the step assigned to him, then the decision
        b.logIn("approver");
        b.go("/admin/cases/todo.xhtml");
        b.click(By.cssSelector("#todo\\:mine a[href*='" + rn + "']"));
        b.waitForText(By.id("receiptNumber"), rn);
        while (!b.driver.findElements(By.cssSelector("button.action-complete-step")).isEmpty()) {
            act(b, "complete-step", "同意");
        }
        b.go("/admin/cases/todo.xhtml");
        b.click(By.cssSelector("#todo\\:forApprover a[href*='" + rn + "']"));
        b.waitForText(By.id("receiptNumber"), rn);
        b.click(By.cssSelector("button.action-decide"));
        // nothing is chosen for the approver: reviewing without a choice says so
        b.click(By.id("actionForm:reviewButton"));
        b.waitForText(By.id("actionForm"), "请选择决定结果");
        b.click(By.cssSelector("label[for='actionForm:decision:0']"));
        b.type(By.id("actionForm:comment"), "符合条件，准予许可");
        b.click(By.id("actionForm:reviewButton"));
        b.waitForText(By.id("willIssue"), "准予行政许可决定书");
        // before 确认 the approver reads the document that will be issued: title, next number, full text
        assertEquals("准予行政许可决定书", b.text(By.id("previewTitle")));
        String previewNumber = b.text(By.id("previewNumber"));
        assertTrue(previewNumber.matches("阳市监许准字〔\\d{4}〕第\\d+号"), previewNumber);
        String previewText = b.text(By.id("decisionPreview"));
        assertTrue(previewText.contains("本机关决定准予行政许可") && previewText.contains(rn), previewText);
        b.click(By.id("actionForm:perform"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionForm:perform")));
        b.waitForText(By.id("status"), "已决定");
        assertEquals(1, b.driver.findElements(By.cssSelector(".ui-messages-info")).size(), "one message, not two");
        assertTrue(b.text(By.id("case:documents")).contains("准予行政许可决定书"));
        assertTrue(b.text(By.id("case:documents")).contains(previewNumber), "issued with the number shown before 确认");
        act(b, "deliver", null);
        b.waitForText(By.id("status"), "已办结");
        b.logOut();

        b.go("/track.xhtml");
        b.type(By.id("rn"), rn);
        b.type(By.id("code"), code);
        b.click(By.id("trackButton"));
        b.waitForText(By.id("trackStatus"), "已办结");
        String notes = b.visible(By.id("notes")).getText();
        assertTrue(notes.contains("请一次性补正"), notes);
        String documents = b.visible(By.id("documents")).getText();
        for (String issued : new String[] {"收件凭证", "补正告知书", "受理通知书", "准予行政许可决定书", "送达回证"}) {
            assertTrue(documents.contains(issued), issued + " missing: " + documents);
        }
        assertFalse(documents.contains("不予受理决定书") || documents.contains("延期告知书"), "only what was issued: " + documents);
        b.click(By.cssSelector("#documents a.doc-ACCEPTANCE"));
        b.switchToNewestWindow();
        b.waitForText(By.id("docNumber"), "阳市监许受字");
        assertTrue(b.text(By.id("docBody")).contains("予以受理"));
        assertTrue(!b.driver.getPageSource().contains("阳光县浏览器测试餐馆"), "the public page masks the applicant");
        assertTrue(!b.driver.getPageSource().contains("材料审查通过"), "internal opinions stay internal");
        b.screenshot("case-journey-tracking");

        // every action is in the office's audit trail as well
        b.logIn("office");
        b.go("/admin/office/audit.xhtml");
        b.type(By.id("audit:subject"), rn);
        b.click(By.xpath("//button[.//span[text()='查询']]"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "办件：送达"));
        String log = b.visible(By.id("audit:table")).getText();
        for (String action : new String[] {"办件：收件", "办件：一次性告知补正", "办件：受理", "办件：决定"}) {
            assertTrue(log.contains(action), action + " missing: " + log);
        }
    }

    @Test
    void thePublicAppliesOnlineWithAFileAndTheClerkChecksIt() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                b.go("/guide/index.xhtml?q=" + Http.enc("食品经营许可（新办）"));
                b.click(By.linkText("食品经营许可（新办）"));
                b.click(By.id("applyOnline"));
                b.type(By.id("apply:name"), "网上申请人");
                b.type(By.id("apply:idNumber"), "330399199202021234");
                b.type(By.id("apply:phone"), "13700000000");
                java.nio.file.Path file = java.nio.file.Files.createTempFile("申请书", ".pdf");
                java.nio.file.Files.writeString(file, "%PDF-1.4 申请书");
                java.nio.file.Path exe = java.nio.file.Files.createTempFile("virus", ".exe");
                java.nio.file.Files.writeString(exe, "MZ");
                // a type staff may not upload is refused for the applicant too
                b.driver.findElement(By.cssSelector(".upload-0 input[type=file]")).sendKeys(exe.toString());
                Thread.sleep(1500);
                assertEquals("", b.driver.findElement(By.cssSelector(".uploaded-0")).getText(), "the .exe was not taken");
                b.driver.findElement(By.cssSelector(".upload-0 input[type=file]")).sendKeys(file.toString());
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".uploaded-0"), ".pdf"));
                // the business licence comes from the shared e-licence database: nothing to upload, not required
                String licence = b.text(By.id("apply:uploads")).lines().filter(l -> l.contains("营业执照")).findFirst().orElseThrow();
                assertFalse(licence.contains("必需"), licence);
                assertTrue(b.driver.findElements(By.cssSelector(".upload-1 input[type=file]")).isEmpty(), "no upload for it");
                assertTrue(b.text(By.cssSelector(".shared-1")).contains("电子证照库共享获取"));
                java.nio.file.Path plan = java.nio.file.Files.createTempFile("布局图", ".pdf");
                java.nio.file.Files.writeString(plan, "%PDF-1.4 布局");
                b.driver.findElement(By.cssSelector(".upload-2 input[type=file]")).sendKeys(plan.toString());
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".uploaded-2"), ".pdf"));
                String form = b.text(By.id("apply"));
                assertFalse(form.contains("一次性告知申请人补正"), "no staff instructions on the applicant's form: " + form);
                b.click(By.id("apply:submit"));
                String rn = b.visible(By.id("appliedNumber")).getText();
                String code = b.visible(By.id("appliedCode")).getText();
                assertTrue(rn.matches("\\d{6}-\\d{8}-\\d{6}"), rn);
                // the receipt lists what was received: both uploads
                b.go("/guide/document.xhtml?rn=" + rn + "&code=" + code + "&doc=RECEIPT");
                String receipt = b.text(By.cssSelector("main"));
                assertFalse(receipt.contains("已收材料：无"), receipt);
                assertTrue(receipt.contains("食品经营许可申请书（网上提交电子文件，待审查）")
                        && receipt.contains("与食品经营相适应的主要设备设施、经营布局、操作流程等文件（网上提交电子文件，待审查）"), receipt);
                b.go("/track.xhtml?rn=" + rn + "&code=" + code);
                b.waitForText(By.id("trackStatus"), "已收件");

                // the clerk sees the file with the material, and ticks it when checking
                b.logIn("clerk");
                b.go("/admin/cases/case.xhtml?rn=" + rn);
                String materials = b.text(By.id("materials"));
                assertTrue(materials.contains("申请人已上传，待核对"), materials);
                assertFalse(b.driver.findElements(By.cssSelector("#materials a.material-file")).isEmpty(), "the file is linked");
                act(b, "check-materials", null);
                b.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("materials"),
                        "待核对")));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("apply-online-failure");
                throw e;
            }
        }
    }

    /** Clicks an action button, fills the opinion if given, confirms, and waits for the dialog to close. */
    private static void act(Browser b, String action, String opinion) {
        b.click(By.cssSelector("button.action-" + action));
        b.visible(By.id("actionForm:perform"));
        if (action.equals("deliver")) b.click(By.cssSelector("label[for='actionForm:method:0']"));
        if (opinion != null) b.type(By.id("actionForm:comment"), opinion);
        b.click(By.id("actionForm:perform"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionForm:perform")));
    }
}

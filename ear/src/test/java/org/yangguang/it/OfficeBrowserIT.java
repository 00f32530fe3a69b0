package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The office in a browser: creates a user, sees the account locked after repeated failed logins,
 * unlocks it, and finds all of it in the audit log. A clerk's empty matter gets field messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void officeManagesUsersAndSeesLocksAndTheAuditTrail() throws Exception {
        String name = "web" + (System.currentTimeMillis() % 1_000_000);
        try (Browser b = Browser.open()) {
            try {
                b.logIn("office");
                b.go("/admin/office/users.xhtml");
                b.click(By.xpath("//button[.//span[text()='新增用户']]"));
                b.type(By.id("userForm:username"), name);
                b.type(By.id("userForm:displayName"), "测试用户");
                b.type(By.id("userForm:password"), "start2026pw");
                b.click(By.xpath("//div[@id='userForm:roles']//label[text()='监察']/preceding-sibling::div"));
                b.click(By.xpath("//form[@id='userForm']//button[.//span[text()='保存']]"));
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("userForm:username")));
                b.logOut();

                // five wrong passwords lock the account, even against the right one
                for (int i = 0; i < 5; i++) {
                    b.go("/login.xhtml");
                    b.type(By.id("login:username"), name);
                    b.type(By.id("login:password"), "wrong" + i);
                    b.click(By.id("login:submit"));
                    b.visible(By.cssSelector("#login\\:messages .ui-messages-error"));
                }
                assertEquals(401, Http.get("/api/v1/catalog/review-queue", name + ":start2026pw").status());

                b.logIn("office");
                b.go("/admin/office/users.xhtml");
                b.type(By.cssSelector("#users input[type=text]"), name);
                b.clickAndAwaitRefresh(By.xpath("//button[.//span[text()='查询']]"), By.id("users:table"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), "解锁"));
                b.click(By.linkText("解锁"));
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("解锁")));
                assertEquals(403, Http.get("/api/v1/catalog/review-queue", name + ":start2026pw").status(),
                        "unlocked: the login works again (a supervisor may not read the review queue)");
                b.logOut();

                // the first login replaces the password the office gave
                b.go("/login.xhtml");
                b.type(By.id("login:username"), name);
                b.type(By.id("login:password"), "start2026pw");
                b.click(By.id("login:submit"));
                b.wait.until(ExpectedConditions.urlContains("/admin/account/password.xhtml"));
                b.go("/admin/supervision/index.xhtml");
                b.wait.until(ExpectedConditions.urlContains("/admin/account/password.xhtml"));
                b.type(By.id("password:current"), "start2026pw");
                b.type(By.id("password:replacement"), "mine2026pw");
                b.type(By.id("password:repeat"), "mine2026pw");
                b.click(By.id("password:save"));
                b.wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
                b.go("/admin/supervision/index.xhtml");
                assertTrue(b.driver.getCurrentUrl().contains("/admin/supervision/index.xhtml"), "the staff pages are open now");
                assertEquals(401, Http.get("/api/v1/catalog/review-queue", name + ":start2026pw").status(), "the old password is gone");
                assertEquals(403, Http.get("/api/v1/catalog/review-queue", name + ":mine2026pw").status(), "the new one works");
                b.logOut();
                b.logIn("office");

                b.go("/admin/office/audit.xhtml");
                b.type(By.id("audit:subject"), name);
                b.clickAndAwaitRefresh(By.xpath("//button[.//span[text()='查询']]"), By.id("audit:table"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "解锁用户"));
                String log = b.text(By.id("audit:table"));
                assertTrue(log.contains("新建用户") && log.contains("账户锁定") && log.contains("本人修改密码") && log.contains("登录失败"),
                        "actions in words: " + log);
                assertFalse(log.contains("USER_CREATE") || log.contains("UserAccount"), "no codes, no class names: " + log);
                assertTrue(log.contains("用户账号") && log.contains("王主任"), "the subject in words, the office by its name: " + log);
                assertTrue(log.contains("角色") && log.contains("SUPERVISOR"), "a new user shown field by field: " + log);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("office-failure");
                throw e;
            }
        }
    }

    @Test
    void historyComparesTwoVersionsAndTheCalendarImportIsPreviewed() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                b.logIn("office");
                // the demo's pending change of the clerk's department: two versions to compare
                b.go("/admin/catalog/review.xhtml");
                String matter = b.visible(By.cssSelector("#review\\:queue tbody tr td")).getText();
                b.go("/admin/catalog/matters.xhtml");
                b.type(By.id("matters:text"), matter);
                b.clickAndAwaitRefresh(By.id("matters:search"), By.id("matters:table"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matters:table"), "待审核"));
                b.click(By.linkText(matter));
                b.wait.until(ExpectedConditions.urlContains("/admin/catalog/history.xhtml"));
                for (var box : b.driver.findElements(By.cssSelector("#history\\:versions .ui-chkbox-box"))) {
                    if (box.findElements(By.xpath("ancestor::thead")).isEmpty()) box.click();
                }
                b.click(By.id("history:compare"));
                b.waitForText(By.id("history:changes"), "承诺时限");

                b.go("/admin/office/calendar.xhtml?year=2026");
                b.visible(By.cssSelector("td.cal-holiday[title='国庆节']"));
                b.type(By.id("import:csv"), "date,kind,name\n2026-13-01,HOLIDAY,错误\n2026-10-12,WORKDAY,周一调休");
                b.click(By.id("import:preview"));
                b.waitForText(By.id("import:messages"), "第2行");
                assertTrue(b.visible(By.id("import:messages")).getText().contains("第3行"));
                // a valid file: the preview job runs with a progress bar, then offers to save
                b.type(By.id("import:csv"), "date,kind,name\n2026-12-31,HOLIDAY,预览测试");
                b.click(By.id("import:preview"));
                b.waitForText(By.id("state"), "已完成");
                assertTrue(b.visible(By.id("counts")).getText().contains("已检查办件"));
                b.visible(By.id("import:save"));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("history-calendar-failure");
                throw e;
            }
        }
    }

    /**
     * A file chosen in the browser's own file input (h:inputFile, not PrimeFaces' simple upload,
     * whose input is aria-hidden) reaches the service: the legacy import runs and reports its lines.
     */
    @Test
    void aLegacyFileUploadedThroughThePageIsImported() throws Exception {
        String code = Http.get("/api/v1/matters?q=" + Http.enc("食品经营许可（新办）") + "&size=1", null).json()
                .getJsonArray("items").getJsonObject(0).getString("implementationCode");
        String tag = String.valueOf(System.currentTimeMillis() % 100_000_000L);
        String good = "{\"receiptNumber\":\"WEB-" + tag + "\",\"implementationCode\":\"" + code + "\","
                + "\"applicant\":{\"name\":\"历史申请人\",\"idNumber\":\"330399199001011234\",\"phone\":\"13900000000\"},"
                + "\"events\":[{\"type\":\"RECEIVE\",\"date\":\"2026-09-18\"},{\"type\":\"ACCEPT\",\"date\":\"2026-09-18\"}]}";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("legacy-", ".jsonl");
        java.nio.file.Files.writeString(file, good + "\nnot json\n");
        try (Browser b = Browser.open()) {
            try {
                b.logIn("office");
                b.go("/admin/office/legacy.xhtml");
                b.driver.findElement(By.id("legacy:file")).sendKeys(file.toAbsolutePath().toString());
                b.click(By.id("legacy:upload"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已完成"));
                String counts = b.visible(By.id("counts")).getText();
                assertTrue(counts.contains(file.getFileName().toString()), counts);
                assertTrue(counts.contains("已导入 1"), counts);
                assertTrue(counts.contains("错误 1"), counts);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("legacy-upload-failure");
                throw e;
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void anEmptyMatterShowsAMessageAtEachField() throws Exception {
        try (Browser b = Browser.open()) {
            try {
                b.logIn("clerk");
                b.go("/admin/catalog/edit.xhtml");
                b.click(By.id("editor:save"));
                b.waitForText(By.id("editor:messages"), "请输入实施编码");
                String page = b.driver.getPageSource();
                assertTrue(page.contains("请输入事项名称") && page.contains("请选择事项类型") && page.contains("请输入设定依据"));
                assertTrue(!b.driver.findElements(By.cssSelector("[id$='implementationCode'] + .ui-message-error, .ui-message-error")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("editor-failure");
                throw e;
            }
        }
    }
}

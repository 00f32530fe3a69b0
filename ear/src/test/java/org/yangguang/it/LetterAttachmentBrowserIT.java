package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Attachments chosen on the mailbox's form (the browser's own file input, several at once): a
 * file of a type no upload takes refuses the letter with the reason and saves nothing; accepted,
 * the writer sees their names on tracking and the office finds them on the letter's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterAttachmentBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static void fill(Browser b, String subject) {
        b.go("/mailbox.xhtml");
        b.choose("letter:category", "建议");
        b.type(By.id("letter:subject"), subject);
        b.type(By.id("letter:text"), "建议在政务服务中心增设母婴室。");
        b.type(By.id("letter:name"), "赵六");
        b.type(By.id("letter:phone"), "13900002222");
        b.click(By.cssSelector("#letter\\:consentToPublish .ui-chkbox-box"));
    }

    @Test
    void theWriterAttachesFilesOnTheFormAndTheOfficeReadsThem() throws Exception {
        Path dir = Files.createTempDirectory("letter-");
        Path photo = Files.writeString(dir.resolve("现场.png"), "png test", StandardCharsets.UTF_8);
        Path plan = Files.writeString(dir.resolve("plan.txt"), "平面图说明", StandardCharsets.UTF_8);
        Path program = Files.writeString(dir.resolve("tool.exe"), "MZ", StandardCharsets.UTF_8);
        try (Browser b = Browser.open()) {
            try {
                fill(b, "增设母婴室（附件错误）");
                b.driver.findElement(By.id("letter:attachments")).sendKeys(program.toAbsolutePath().toString());
                b.click(By.id("letter:submit"));
                b.waitForText(By.id("letter:messages"), "exe");
                assertTrue(b.driver.findElements(By.id("trackedNumber")).isEmpty(), "refused: no letter");

                fill(b, "增设母婴室");
                b.driver.findElement(By.id("letter:attachments")).sendKeys(photo.toAbsolutePath() + "\n" + plan.toAbsolutePath());
                b.click(By.id("letter:submit"));
                String number = b.text(By.id("trackedNumber"));
                String files = b.text(By.id("trackedAttachments"));
                assertTrue(files.contains("现场.png") && files.contains("plan.txt"), files);

                b.logIn("office");
                b.go("/admin/letters/letter.xhtml?number=" + number);
                String listed = b.text(By.id("attachments"));
                assertTrue(listed.contains("现场.png") && listed.contains("plan.txt"), listed);
                assertEquals(2, b.driver.findElements(By.cssSelector("#attachments .letter-attachment")).size());
                b.logOut();
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("letter-attachment-failed");
                throw e;
            }
        }
    }
}

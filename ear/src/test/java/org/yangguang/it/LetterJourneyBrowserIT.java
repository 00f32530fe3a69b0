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
 * The mailbox in a real browser, as issue 17 tells it: a resident writes a 咨询 on the portal; the
 * office routes it to the market regulation bureau; the bureau's clerk answers; the office
 * publishes it after review (the writer's name masked); the public finds it by search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aResidentWritesTheOfficeRoutesTheDepartmentAnswersTheOfficePublishesThePublicFindsIt() throws Exception {
        String word = "食品标签" + System.currentTimeMillis() % 100_000;
        try (Browser b = Browser.open()) {
            try {
                // the resident writes, and keeps the number and query code the page shows
                b.go("/mailbox.xhtml");
                b.choose("letter:category", "咨询");
                b.type(By.id("letter:subject"), "进口食品" + word + "有什么要求");
                b.type(By.id("letter:text"), "我是李四，想在网店销售进口饼干，请问" + word + "需要标注哪些内容？");
                b.type(By.id("letter:name"), "李四");
                b.type(By.id("letter:phone"), "13900001111");
                b.click(By.cssSelector("#letter\\:consentToPublish .ui-chkbox-box"));
                b.click(By.id("letter:submit"));
                String number = b.text(By.id("trackedNumber"));
                assertTrue(number.startsWith("XX"), number);
                assertEquals("已收到，待办理", b.text(By.id("trackedStatus")));

                // the office routes it to the market regulation bureau
                b.logIn("office");
                b.go("/admin/letters/letter.xhtml?number=" + number);
                b.choose("routeForm:department", "阳光县市场监督管理局");
                b.click(By.id("routeForm:route"));
                b.waitForText(By.id("status"), "办理中");
                b.logOut();

                // the bureau's clerk finds it in the department's letters and answers
                b.logIn("clerk");
                b.menu("navLetters");
                b.click(By.linkText(number));
                b.type(By.id("answerForm:answer"), "预包装进口食品应有中文标签，标明" + word + "、原产国、境内代理商名称等。李四您好，详见食品安全国家标准。");
                b.click(By.id("answerForm:answerButton"));
                b.waitForText(By.id("status"), "已答复");
                b.logOut();

                // the office reviews what the public will read: the writer's name is masked already
                b.logIn("office");
                b.go("/admin/letters/letter.xhtml?number=" + number);
                String question = b.visible(By.id("publishForm:text")).getAttribute("value");
                assertFalse(question.contains("李四"), question);
                assertTrue(question.contains("李**"), question);
                b.click(By.id("publishForm:publish"));
                b.visible(By.id("publishedOn"));
                b.logOut();

                // the public finds it by a word of it
                b.go("/answers.xhtml");
                b.type(By.id("answers:q"), word);
                b.click(By.id("answers:search"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers:table"), "进口食品" + word));
                String found = b.text(By.id("answers:table"));
                assertTrue(found.contains("阳光县市场监督管理局"), found);
                assertFalse(found.contains("李四") || found.contains("13900001111") || found.contains(number), found);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("letter-journey-failure");
                throw e;
            }
        }
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 好差评 in a real browser: a resident rates a concluded case badly on the tracking page; the
 * supervision office verifies it with a return visit; the department's clerk reports the
 * rectification; the resident rates the conclusion again and sees the department's reply.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void badRatingVerifiedRectifiedAndRatedAgain() throws Exception {
        JsonObject c = RatingApiIT.concluded();
        try (Browser b = Browser.open()) {
            try {
                journey(b, c.getString("receiptNumber"), c.getString("queryCode"));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("rating-journey-failure");
                throw e;
            }
        }
    }

    /** An element of the rating form of one event on the tracking page. */
    static By conclusion(String css) {
        return By.cssSelector("form.rate-CONCLUSION " + css);
    }

    private static void journey(Browser b, String rn, String code) {
        // the receipt slip says where to rate
        b.go("/guide/document.xhtml?rn=" + rn + "&code=" + code + "&doc=RECEIPT");
        assertTrue(b.text(By.id("ratingLink")).contains("/track.xhtml?rn=" + rn), b.text(By.id("ratingLink")));

        b.go("/track.xhtml?rn=" + rn + "&code=" + code);
        b.waitForText(By.id("trackStatus"), "已办结");
        // submitted without a level: refused at the field, nothing saved
        b.click(conclusion("button[id$=':submit']"));
        b.waitForText(By.cssSelector("form.rate-CONCLUSION"), "请选择评价等级");
        b.click(conclusion("label[for$=':level:4']")); // 非常不满意
        b.click(conclusion("label[for$=':reasons:1']")); // 多次跑动
        b.type(conclusion("textarea[id$=':text']"), "补交材料跑了三次");
        b.click(conclusion("button[id$=':submit']"));
        b.waitForText(By.id("ratingThanks"), "感谢您的评价");
        String given = b.text(By.id("given"));
        assertTrue(given.contains("非常不满意") && given.contains("多次跑动") && given.contains("待回访核实"), given);
        assertTrue(b.driver.findElements(By.cssSelector("form.rate-CONCLUSION")).isEmpty(), "rated once");
        b.screenshot("rating-journey-rated");

        long id = RectificationApiIT.rectificationOf(rn, "supervisor").getJsonNumber("id").longValue();

        // the supervision office calls back and confirms it
        b.logIn("supervisor");
        b.go("/admin/cases/ratings.xhtml");
        b.click(By.cssSelector("a.handle-" + id));
        b.type(By.id("handleForm:note"), "电话回访，情况属实");
        b.click(By.id("handleForm:confirm"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handleForm:confirm")));
        b.waitForText(By.id("rectifications:table"), "整改中");
        b.logOut();

        // the department's clerk reports what was put right
        b.logIn("clerk");
        b.go("/admin/cases/ratings.xhtml");
        b.click(By.cssSelector("a.handle-" + id));
        b.type(By.id("handleForm:note"), "已修订办事指南，材料一次性告知");
        b.click(By.id("handleForm:report"));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("handleForm:report")));
        b.waitForText(By.id("rectifications:table"), "已整改");
        b.logOut();

        // the resident rates the conclusion once more and reads the reply
        b.go("/track.xhtml?rn=" + rn + "&code=" + code);
        b.waitForText(By.id("given"), "已修订办事指南");
        b.click(conclusion("label[for$=':level:1']")); // 满意
        b.click(conclusion("button[id$=':submit']"));
        b.waitForText(By.id("ratingThanks"), "感谢您的评价");
        given = b.text(By.id("given"));
        assertEquals(2, b.driver.findElements(By.cssSelector("#given tr.given-rating")).size(), given);
        assertTrue(given.contains("满意") && given.contains("已整改"), given);
        assertTrue(b.driver.findElements(By.cssSelector("form.rate-CONCLUSION")).isEmpty(), "no third rating");
        b.screenshot("rating-journey-again");
    }
}

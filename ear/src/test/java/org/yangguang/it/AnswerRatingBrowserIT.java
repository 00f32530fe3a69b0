package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 好差评 of the answers in a real browser: on the tracking of a letter, a complaint and a disclosure
 * request, once answered, the writer rates the answer once and sees the rating given; before the
 * answer there is nothing to rate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswerRatingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theWriterRatesTheAnswerOnItsTracking() throws Exception {
        // a letter answered by the market regulation bureau
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter());
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        // a complaint not accepted, and a disclosure request replied to
        JsonObject complaint = post("/api/v1/supervision/complaints", "supervisor", Json.createObjectBuilder()
                .add("channel", "PHONE").add("name", "王先生").add("phone", "13700000000").add("departmentCode", "SCJGJ")
                .add("content", "窗口工作人员要求重复提交材料").build().toString()).json();
        JsonObject request = post("/api/v1/public/disclosure-requests", null, DisclosureRequestIT.application().build().toString()).json();

        try (Browser b = Browser.open()) {
            try {
                b.go("/mailbox.xhtml?number=" + number + "&code=" + code);
                b.waitForText(By.id("answerRatingCard"), "目前没有可以评价的答复");
                assertTrue(b.driver.findElements(By.id("answerRatingForm")).isEmpty(), "not answered: nothing to rate");

                LetterHandlingIT.act(number, "route", "office", LetterHandlingIT.version(get(LetterHandlingIT.STAFF + "/" + number, "office").json())
                        .add("department", "SCJGJ"));
                LetterHandlingIT.act(number, "answer", "clerk", LetterHandlingIT.version(get(LetterHandlingIT.STAFF + "/" + number, "clerk").json())
                        .add("answer", "请携带身份证原件办理。"));

                b.go("/mailbox.xhtml?number=" + number + "&code=" + code);
                // without a level: refused at the field, nothing saved
                b.click(By.id("answerRatingForm:submit"));
                b.waitForText(By.id("answerRatingForm"), "请选择评价等级");
                b.click(By.cssSelector("label[for='answerRatingForm:level:3']")); // 不满意
                b.click(By.cssSelector("label[for='answerRatingForm:reasons:0']"));
                b.type(By.id("answerRatingForm:text"), "答复没有说明办理地点");
                b.click(By.id("answerRatingForm:submit"));
                b.waitForText(By.id("answerRatingThanks"), "感谢您的评价");
                String given = b.text(By.id("answerRatingGiven"));
                assertTrue(given.contains("不满意") && given.contains("答复没有说明办理地点") && given.contains("待回访核实"), given);
                assertTrue(b.driver.findElements(By.id("answerRatingForm")).isEmpty(), "rated once");
                b.screenshot("answer-rating-letter");
                // tracked again later: the rating is there, the form is not
                b.go("/mailbox.xhtml?number=" + number + "&code=" + code);
                b.waitForText(By.id("answerRatingGiven"), "不满意");
                assertTrue(b.driver.findElements(By.id("answerRatingForm")).isEmpty());

                // the complaint's outcome: the decision not to accept it
                long id = get("/api/v1/supervision/complaints?q=" + complaint.getString("number"), "supervisor").json()
                        .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
                int v = get("/api/v1/supervision/complaints/" + id, "supervisor").json().getInt("version");
                assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/refuse", "supervisor",
                        "{\"version\":" + v + ",\"reason\":\"不属于投诉受理范围\"}").status());
                // this page fills the fields from the link; tracking shows the rating form beside the result
                b.go("/complaint.xhtml?number=" + complaint.getString("number") + "&code=" + complaint.getString("queryCode"));
                b.click(By.id("tracking:trackButton"));
                b.waitForText(By.id("answerRatingCard"), "评价答复");
                b.click(By.cssSelector("label[for='answerRatingForm:level:1']")); // 满意
                b.click(By.id("answerRatingForm:submit"));
                b.waitForText(By.id("answerRatingGiven"), "满意");

                // the reply to the disclosure request, in English
                String rn = request.getString("number");
                int rv = get("/api/v1/disclosure/requests/" + rn, "editor").json().getInt("version");
                assertEquals(200, post("/api/v1/disclosure/requests/" + rn + "/reply", "editor", Json.createObjectBuilder()
                        .add("version", rv).add("outcome", "DISCLOSED").add("text", "抽查结果见附件。").add("delivery", "ONLINE")
                        .build().toString()).status());
                b.go("/index.xhtml");
                b.click(By.id("topForm:lang"));
                b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("topForm:lang"), "中文"));
                b.go("/disclosure.xhtml?number=" + rn + "&code=" + request.getString("queryCode"));
                b.click(By.id("tracking:trackButton"));
                b.waitForText(By.id("answerRatingCard"), "Rate the answer");
                b.click(By.cssSelector("label[for='answerRatingForm:level:0']"));
                b.click(By.id("answerRatingForm:submit"));
                b.waitForText(By.id("answerRatingThanks"), "Thank you");
                assertTrue(b.text(By.id("answerRatingGiven")).contains("Very satisfied"), b.text(By.id("answerRatingGiven")));
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("answer-rating-failed");
                throw e;
            }
        }
    }
}

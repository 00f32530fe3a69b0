package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;
import static org.yangguang.it.RatingApiIT.rate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 好差评 of the answers through {@code POST /api/v1/public/ratings} with {@code subject}: the reply
 * to a disclosure request, the outcome of a complaint and the answer to a letter are rated once,
 * after they came, with the subject's own number and query code; a bad rating opens a
 * rectification of the department responsible. Everything else is refused with problem JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectRatingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObjectBuilder rating(String subject, String number, String code, String level) {
        return Json.createObjectBuilder().add("subject", subject).add("receiptNumber", number).add("queryCode", code)
                .add("event", "CONCLUSION").add("level", level);
    }

    /** Before the answer: refused as a conflict, with the subject's own words. */
    static void notYet(JsonObjectBuilder body, String words) {
        Http.Reply r = rate(body);
        assertEquals(409, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        assertTrue(r.body().contains(words), r.body());
    }

    /** Rated once: 201, then 409; the acceptance is not an event of an answer (400); a wrong code is 400. */
    static JsonObject ratedOnce(String subject, String number, String code, String level) {
        Http.Reply wrong = rate(rating(subject, number, "WRONG1", level));
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.isProblem(), wrong.contentType());
        Http.Reply unknown = rate(rating(subject, number + "9", code, level));
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"), "nothing tells whether the number exists");
        Http.Reply acceptance = rate(rating(subject, number, code, level).add("event", "ACCEPTANCE"));
        assertEquals(400, acceptance.status(), acceptance.body());
        assertTrue(acceptance.isProblem() && acceptance.body().contains("event"), acceptance.body());
        Http.Reply asCase = rate(rating("CASE", number, code, level));
        assertEquals(400, asCase.status(), "another subject's number is not a case's: " + asCase.body());

        Http.Reply first = rate(rating(subject, number, code, level).add("text", "答复清楚"));
        assertEquals(201, first.status(), first.body());
        JsonObject r = first.json();
        assertEquals(subject, r.getString("subject"));
        assertEquals(number, r.getString("receiptNumber"));
        assertEquals("CONCLUSION", r.getString("event"));
        assertEquals(1, r.getInt("round"));
        Http.Reply again = rate(rating(subject, number, code, "VERY_SATISFIED"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.isProblem() && again.body().contains("已评价"), again.body());
        return r;
    }

    /** The rectification of the bad rating of this number, as {@code user} sees it in the list. */
    static JsonObject rectificationOf(String number, String user) {
        return RectificationApiIT.rectificationOf(number, user);
    }

    @Test
    void theReplyToADisclosureRequestIsRatedOnceAndABadRatingIsTheDepartmentsToRectify() {
        Http.Reply submitted = post("/api/v1/public/disclosure-requests", null, DisclosureRequestIT.application().build().toString());
        assertEquals(201, submitted.status(), submitted.body());
        String number = submitted.json().getString("number");
        String code = submitted.json().getString("queryCode");
        notYet(rating("DISCLOSURE_REQUEST", number, code, "SATISFIED"), "尚未答复");

        JsonObject detail = get("/api/v1/disclosure/requests/" + number, "editor").json();
        Http.Reply replied = post("/api/v1/disclosure/requests/" + number + "/reply", "editor", Json.createObjectBuilder()
                .add("version", detail.getInt("version")).add("outcome", "DISCLOSED").add("text", "抽查结果见附件。")
                .add("delivery", "ONLINE").build().toString());
        assertEquals(200, replied.status(), replied.body());

        ratedOnce("DISCLOSURE_REQUEST", number, code, "DISSATISFIED");
        JsonObject x = rectificationOf(number, "supervisor");
        assertNotNull(x, "a bad rating of a reply opens a rectification");
        assertEquals("DISCLOSURE_REQUEST", x.getString("subject"));
        assertEquals("SCJGJ", x.getString("department"), "the department that replied rectifies");
        assertEquals("VERIFYING", x.getString("status"));
        assertNotNull(rectificationOf(number, "clerk"), "the department sees its own");
        assertNull(rectificationOf(number, "clerk2"), "another department does not");
    }

    @Test
    void theOutcomeOfAComplaintIsRatedOnceTheReplyOrTheRefusal() {
        JsonObject replied = complaint();
        String number = replied.getString("number");
        String code = replied.getString("queryCode");
        notYet(rating("COMPLAINT", number, code, "SATISFIED"), "尚未办结");
        long id = idOf(number);
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/accept", "supervisor",
                "{\"version\":" + versionOf(id) + "}").status());
        notYet(rating("COMPLAINT", number, code, "SATISFIED"), "尚未办结");
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/reply", "supervisor",
                "{\"version\":" + versionOf(id) + ",\"outcome\":\"SUBSTANTIATED\",\"reply\":\"经查属实，已责令整改\"}").status());
        ratedOnce("COMPLAINT", number, code, "VERY_DISSATISFIED");
        JsonObject x = rectificationOf(number, "supervisor");
        assertNotNull(x);
        assertEquals("COMPLAINT", x.getString("subject"));
        assertEquals("SCJGJ", x.getString("department"), "the department complained about rectifies");

        // a complaint not accepted has its outcome too: the decision, with its reason
        JsonObject refused = complaint();
        long rid = idOf(refused.getString("number"));
        assertEquals(204, post("/api/v1/supervision/complaints/" + rid + "/refuse", "supervisor",
                "{\"version\":" + versionOf(rid) + ",\"reason\":\"不属于投诉受理范围\"}").status());
        Http.Reply r = rate(rating("COMPLAINT", refused.getString("number"), refused.getString("queryCode"), "SATISFIED"));
        assertEquals(201, r.status(), r.body());
        assertNull(rectificationOf(refused.getString("number"), "supervisor"), "a good rating opens nothing");
    }

    @Test
    void theAnswerToALetterIsRatedOnceWhenADepartmentAnsweredIt() {
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter());
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        notYet(rating("LETTER", number, code, "SATISFIED"), "尚未答复");
        JsonObject l = LetterHandlingIT.act(number, "route", "office",
                LetterHandlingIT.version(get(LetterHandlingIT.STAFF + "/" + number, "office").json()).add("department", "SCJGJ"));
        notYet(rating("LETTER", number, code, "SATISFIED"), "尚未答复");
        l = LetterHandlingIT.act(number, "answer", "clerk",
                LetterHandlingIT.version(get(LetterHandlingIT.STAFF + "/" + number, "clerk").json()).add("answer", "请携带身份证原件办理。"));
        assertEquals("ANSWERED", l.getString("status"));
        ratedOnce("LETTER", number, code, "DISSATISFIED");
        JsonObject x = rectificationOf(number, "supervisor");
        assertNotNull(x);
        assertEquals("LETTER", x.getString("subject"));
        assertEquals("SCJGJ", x.getString("department"), "the department that answered rectifies");

        // a letter the office answered itself: no department to rectify, so not rated
        JsonObject other = LetterApiIT.write(LetterApiIT.letter());
        String n2 = other.getString("number");
        JsonObject o = LetterHandlingIT.act(n2, "route", "office", LetterHandlingIT.version(get(LetterHandlingIT.STAFF + "/" + n2, "office").json()));
        LetterHandlingIT.act(n2, "answer", "office", LetterHandlingIT.version(o).add("answer", "请到政务服务中心咨询。"));
        notYet(rating("LETTER", n2, other.getString("queryCode"), "SATISFIED"), "办公室");
        // English when asked
        Http.Reply en = Http.postIn("en", "/api/v1/public/ratings", null,
                rating("LETTER", number, code, "SATISFIED").build().toString());
        assertEquals(409, en.status());
        assertTrue(en.body().contains("already been rated"), en.body());
    }

    @Test
    void aComplaintLetterIsRatedAsTheComplaintItBecameWithTheLettersNumberAndCode() {
        JsonObject receipt = LetterApiIT.write(LetterApiIT.letter().add("category", "COMPLAINT")
                .add("subject", "窗口要求重复提交材料").add("text", "市场监管窗口两次要求我重复提交同一份营业执照复印件。"));
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        JsonObject l = LetterHandlingIT.act(number, "complaint", "office",
                LetterHandlingIT.version(get(LetterHandlingIT.STAFF + "/" + number, "office").json()).add("department", "SCJGJ"));
        String complaint = l.getString("complaintNumber");
        notYet(rating("LETTER", number, code, "SATISFIED"), "尚未办结");
        long id = idOf(complaint);
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/accept", "supervisor",
                "{\"version\":" + versionOf(id) + "}").status());
        assertEquals(204, post("/api/v1/supervision/complaints/" + id + "/reply", "supervisor",
                "{\"version\":" + versionOf(id) + ",\"outcome\":\"SUBSTANTIATED\",\"reply\":\"经查属实，已责令整改\"}").status());
        Http.Reply first = rate(rating("LETTER", number, code, "DISSATISFIED"));
        assertEquals(201, first.status(), first.body());
        assertEquals("COMPLAINT", first.json().getString("subject"), "kept as the complaint's rating");
        assertEquals(complaint, first.json().getString("receiptNumber"));
        Http.Reply again = rate(rating("LETTER", number, code, "VERY_SATISFIED"));
        assertEquals(409, again.status(), "once, whichever way it comes: " + again.body());
        JsonObject x = rectificationOf(complaint, "supervisor");
        assertNotNull(x, "the rating is the complaint's");
        assertEquals("COMPLAINT", x.getString("subject"));
        assertEquals("SCJGJ", x.getString("department"));
        assertEquals(400, rate(rating("LETTER", number, "WRONG2", "SATISFIED")).status(), "the letter's code is checked");
    }

    @Test
    void anUnknownSubjectIsBadInput() {
        Http.Reply r = rate(rating("PARKING_TICKET", "X-1", "ABCDEF", "SATISFIED"));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem() && r.body().contains("subject"), r.body());
    }

    private static JsonObject complaint() {
        Http.Reply entered = post("/api/v1/supervision/complaints", "supervisor", Json.createObjectBuilder()
                .add("channel", "PHONE").add("name", "王先生").add("phone", "13700000000").add("departmentCode", "SCJGJ")
                .add("content", "窗口工作人员要求重复提交材料").build().toString());
        assertEquals(201, entered.status(), entered.body());
        return entered.json();
    }

    private static long idOf(String complaintNumber) {
        return get("/api/v1/supervision/complaints?q=" + complaintNumber, "supervisor").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static int versionOf(long id) {
        return get("/api/v1/supervision/complaints/" + id, "supervisor").json().getInt("version");
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;
import static org.yangguang.it.Http.put;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proactive disclosure through the API: an editor drafts an item (its body sanitised) and submits
 * it; nothing is public before the reviewer approves it; the editor cannot review; a returned item
 * is changed and submitted again; the public finds the published item by category, by a Chinese
 * keyword and in the category's Atom feed; a newer version marks the older amended; a withdrawal
 * needs a reason and keeps the record; stale versions conflict.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProactiveDisclosureIT {
    private static final String STAFF = "/api/v1/disclosure/items";
    private static final String PUBLIC = "/api/v1/public/disclosure-items";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObjectBuilder item(String title, String body) {
        return Json.createObjectBuilder().add("categoryCode", "GFXWJ").add("departmentCode", "SCJGJ").add("title", title)
                .add("documentNumber", "阳市监发〔2026〕7号").add("formedOn", today().minusDays(3).toString()).add("body", body);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static JsonObject act(long id, String action, String user, JsonObjectBuilder body) {
        Http.Reply r = post(STAFF + "/" + id + "/" + action, user, body.add("version", version(id)).build().toString());
        assertEquals(200, r.status(), action + ": " + r.body());
        return r.json();
    }

    private static int version(long id) {
        return get(STAFF + "/" + id, "editor").json().getInt("version");
    }

    private static JsonObject create(String title, String body) {
        Http.Reply r = post(STAFF, "editor", item(title, body).build().toString());
        assertEquals(201, r.status(), r.body());
        assertEquals(Http.BASE + "/api/v1/disclosure/items/" + r.json().getJsonNumber("id"), r.header("Location"));
        return r.json();
    }

    /** The {@code allowedActions} of an item as the API lists them for the caller. */
    static List<String> actions(JsonObject item) {
        return item.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void anItemIsPublicOnlyAfterTheConfidentialityReview() {
        String word = "桂花巷" + System.nanoTime() % 100000;
        JsonObject draft = create("关于" + word + "停车管理的通知",
                "<p onclick=\"steal()\">" + word + "路段实行分时停车。</p><script>alert(1)</script><a href=\"javascript:x()\">链接</a>");
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.getString("body").contains("script"), draft.getString("body"));
        assertFalse(draft.getString("body").contains("onclick"), draft.getString("body"));
        assertFalse(draft.getString("body").contains("javascript"), draft.getString("body"));
        assertTrue(draft.getString("body").contains(word + "路段实行分时停车"), draft.getString("body"));
        assertEquals(DisclosureRequestIT.workingDaysAfter(today().minusDays(3), 20), draft.getString("publishDue"),
                "published within 20 working days of being made");

        assertEquals(404, get(PUBLIC + "/" + id, null).status(), "a draft is not public");
        assertEquals(0, get(PUBLIC + "?q=" + Http.enc(word), null).json().getInt("total"));
        assertEquals(403, post(STAFF, "reviewer", item("x", "y").build().toString()).status(), "a reviewer does not draft");

        assertEquals(List.of("edit", "attach", "submit"), actions(get(STAFF + "/" + id, "editor").json()),
                "a draft: edit (PUT), attach (on the page) or submit");
        assertEquals(List.of(), actions(get(STAFF + "/" + id, "reviewer").json()), "nothing to review yet");
        act(id, "submit", "editor", Json.createObjectBuilder());
        assertEquals(List.of("approve", "return"), actions(get(STAFF + "/" + id, "reviewer").json()));
        assertEquals(List.of(), actions(get(STAFF + "/" + id, "editor").json()), "the editor waits for the review");
        assertEquals(404, post(STAFF + "/" + id + "/edit", "editor", "{\"version\":" + version(id) + "}").status(),
                "editing is a PUT, not an action");
        assertEquals(403, post(STAFF + "/" + id + "/approve", "editor", "{\"version\":" + version(id) + "}").status(),
                "the editor does not review");
        Http.Reply noReason = post(STAFF + "/" + id + "/return", "reviewer", "{\"version\":" + version(id) + "}");
        assertEquals(400, noReason.status(), noReason.body());
        JsonObject returned = act(id, "return", "reviewer", Json.createObjectBuilder().add("reason", "请删除联系人手机号"));
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("请删除联系人手机号", returned.getString("reviewNote"));

        Http.Reply stale = put(STAFF + "/" + id, "editor", Json.createObjectBuilder().add("version", 0)
                .add("item", item("关于" + word + "停车管理的通知", "<p>" + word + "路段实行分时停车。</p>")).build().toString());
        assertEquals(409, stale.status(), stale.body());
        Http.Reply changed = put(STAFF + "/" + id, "editor", Json.createObjectBuilder().add("version", version(id))
                .add("item", item("关于" + word + "停车管理的通知", "<p>" + word + "路段实行分时停车。</p>")).build().toString());
        assertEquals(200, changed.status(), changed.body());
        act(id, "submit", "editor", Json.createObjectBuilder());
        JsonObject published = act(id, "approve", "reviewer", Json.createObjectBuilder().add("opinion", "已删除手机号，同意公开"));
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals("reviewer", published.getString("reviewedBy"));
        assertEquals("已删除手机号，同意公开", published.getString("reviewNote"), "the reviewer's opinion stays with the item");
        // the reviewer is not offered a withdrawal: the editors and the office take a published item off
        assertEquals(List.of(), actions(published));
        assertEquals(403, post(STAFF + "/" + id + "/withdraw", "reviewer", Json.createObjectBuilder().add("version", version(id))
                .add("reason", "x").build().toString()).status());
        assertEquals(List.of("withdraw", "repeal"), actions(get(STAFF + "/" + id, "editor").json()));
        assertEquals(List.of("withdraw"), actions(get(STAFF + "/" + id, "office").json()));
        assertEquals(today().toString(), published.getString("publishedOn"));
        assertEquals(409, post(STAFF + "/" + id + "/approve", "reviewer", "{\"version\":" + version(id) + "}").status(),
                "reviewed once");

        JsonObject open = get(PUBLIC + "/" + id, null).json();
        assertEquals("阳市监发〔2026〕7号", open.getString("documentNumber"));
        var found = get(PUBLIC + "?q=" + Http.enc(word + " 分时停车"), null).json();
        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(get(PUBLIC + "?category=GFXWJ&size=200", null).body().contains(word));
        assertFalse(get(PUBLIC + "?category=XZCF&size=200", null).body().contains(word), "another category");
        Http.Reply feed = Http.getAccepting(PUBLIC + "/feed.atom?category=GFXWJ", null, "application/atom+xml, */*;q=0.5");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        assertTrue(feed.body().contains("<title>关于" + word + "停车管理的通知（阳市监发〔2026〕7号）</title>"), feed.body());
        assertTrue(feed.body().contains("/open-item.xhtml?id=" + id));
        assertEquals(400, Http.getAccepting(PUBLIC + "/feed.atom?category=NOPE", null, "*/*").status());

        // a new version of the document: the older one is amended once the newer is published
        Http.Reply v2 = post(STAFF, "editor", item("关于" + word + "停车管理的通知（修订）", "<p>修订后</p>")
                .add("supersedesId", id).build().toString());
        assertEquals(201, v2.status(), v2.body());
        long newer = v2.json().getJsonNumber("id").longValue();
        act(newer, "submit", "editor", Json.createObjectBuilder());
        act(newer, "approve", "reviewer", Json.createObjectBuilder());
        JsonObject older = get(PUBLIC + "/" + id, null).json();
        assertEquals("AMENDED", older.getString("validity"));
        assertEquals(newer, older.getJsonNumber("supersededBy").longValue());

        // withdrawn: off the portal, the record and the reason stay
        assertEquals(400, post(STAFF + "/" + newer + "/withdraw", "editor", "{\"version\":" + version(newer) + "}").status());
        act(newer, "withdraw", "editor", Json.createObjectBuilder().add("reason", "发现文中有误，撤回更正"));
        assertEquals(404, get(PUBLIC + "/" + newer, null).status());
        JsonObject kept = get(STAFF + "/" + newer, "editor").json();
        assertEquals("WITHDRAWN", kept.getString("status"));
        assertEquals("发现文中有误，撤回更正", kept.getString("withdrawReason"));
    }

    /** Every item of the staff list (the demo's and what other tests added). */
    private static List<JsonObject> allItems() {
        List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            JsonObject found = get(STAFF + "?size=100&page=" + page, "editor").json();
            found.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            if (all.size() >= found.getInt("total") || found.getJsonArray("items").isEmpty()) return all;
        }
    }

    /**
     * The demo content reads as a county's would; the class of defect: a document about a period made
     * before the period ended (a 2025 Q4 sampling result made on 2025-11-17), or a kind of document
     * issued by an agency that does not issue it (food sampling by any agency, the economic plan
     * filed under the water bureau). Every item about a month or a quarter is made after it; a year's
     * plan or budget early in that year; each kind comes from its issuer.
     */
    @Test
    void theDemoItemsReadAsRealOnes() {
        java.util.regex.Pattern quarter = java.util.regex.Pattern.compile("(\\d{4})年第(\\d)季度食品安全监督抽检结果");
        java.util.regex.Pattern month = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月(主要经济指标|）)");
        java.util.regex.Pattern plan = java.util.regex.Pattern.compile("(\\d{4})年(国民经济和社会发展计划|部门预算|度优化营商环境若干措施)");
        java.util.Map<String, String> issuers = java.util.Map.of(
                "食品安全监督抽检结果", "阳光县市场监督管理局",
                "国民经济和社会发展计划", "阳光县发展和改革局",
                "主要经济指标", "阳光县统计局",
                "最低生活保障标准调整", "阳光县民政局",
                "事业单位公开招聘工作人员公告", "阳光县人力资源和社会保障局",
                "优化营商环境若干措施", "阳光县人民政府办公室",
                "城市市容和环境卫生管理办法", "阳光县人民政府办公室");
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (JsonObject i : allItems()) {
            String title = i.getString("title");
            LocalDate formed = LocalDate.parse(i.getString("formedOn"));
            String agency = i.getString("departmentName");
            java.util.regex.Matcher q = quarter.matcher(title);
            if (q.find()) {
                LocalDate end = LocalDate.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3, 1).plusMonths(1).minusDays(1);
                assertTrue(formed.isAfter(end), title + " made on " + formed + ", before the quarter ended");
                seen.merge("quarter", 1, Integer::sum);
            }
            java.util.regex.Matcher m = month.matcher(title);
            if (m.find()) {
                LocalDate end = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1).plusMonths(1).minusDays(1);
                assertTrue(formed.isAfter(end), title + " made on " + formed + ", before the month ended");
                seen.merge("month", 1, Integer::sum);
            }
            java.util.regex.Matcher p = plan.matcher(title);
            if (p.find()) {
                assertEquals(Integer.parseInt(p.group(1)), formed.getYear(), title + " made on " + formed);
                assertTrue(formed.getMonthValue() <= 3, title + ": a year's plan is made early in the year, not on " + formed);
                seen.merge("plan", 1, Integer::sum);
            }
            issuers.forEach((kind, issuer) -> {
                if (title.contains(kind)) {
                    assertEquals(issuer, agency, title);
                    seen.merge(kind, 1, Integer::sum);
                }
            });
        }
        for (String kind : List.of("quarter", "month", "plan", "食品安全监督抽检结果", "国民经济和社会发展计划", "主要经济指标")) {
            assertTrue(seen.getOrDefault(kind, 0) > 0, "the demo has items of the kind checked: " + kind + " in " + seen);
        }
    }

    @Test
    void badItemsAreRefusedWithFieldMessages() {
        Http.Reply noTitle = post(STAFF, "editor", item("", "<p>正文</p>").build().toString());
        assertEquals(400, noTitle.status(), noTitle.body());
        assertTrue(noTitle.body().contains("title"), noTitle.body());
        Http.Reply onlyScript = post(STAFF, "editor", item("标题", "<script>alert(1)</script>").build().toString());
        assertEquals(400, onlyScript.status(), "nothing left after sanitising: " + onlyScript.body());
        Http.Reply future = post(STAFF, "editor", item("标题", "<p>x</p>").add("formedOn", today().plusDays(1).toString())
                .build().toString());
        assertEquals(400, future.status(), future.body());
        for (String absurd : new String[] {"-0001-01-01", "1989-12-31", "9999-12-31"}) {
            Http.Reply r = post(STAFF, "editor", item("标题", "<p>x</p>").add("formedOn", absurd).build().toString());
            assertEquals(400, r.status(), absurd + ": " + r.body());
            assertTrue(r.body().contains("formedOn"), r.body());
        }
        Http.Reply category = post(STAFF, "editor", item("标题", "<p>x</p>").add("categoryCode", "NOPE").build().toString());
        assertEquals(400, category.status(), category.body());
        assertEquals(401, get(STAFF, null).status());
        assertEquals(403, get(STAFF, "clerk").status());
    }
}

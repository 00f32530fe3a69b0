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

        act(id, "submit", "editor", Json.createObjectBuilder());
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
        JsonObject published = act(id, "approve", "reviewer", Json.createObjectBuilder());
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals("reviewer", published.getString("reviewedBy"));
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

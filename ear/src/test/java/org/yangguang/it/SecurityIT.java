package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.it.Http.get;
import static org.yangguang.it.Http.post;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what: anonymous, departments only for themselves, the office, the API role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anonymousIsSentToTheLoginPageForStaffPages() {
        for (String page : new String[] {"/admin/index.xhtml", "/admin/catalog/matters.xhtml", "/admin/office/users.xhtml",
                "/admin/office/audit.xhtml"}) {
            Http.Reply r = get(page, null);
            assertEquals(302, r.status(), page);
            assertTrue(r.header("Location").contains("/login.xhtml?next="), r.header("Location"));
        }
    }

    @Test
    void publicPortalNeedsNoLogin() {
        assertEquals(200, get("/", null).status());
        assertEquals(200, get("/guide/index.xhtml", null).status());
        assertEquals(200, get("/api/v1/matters", null).status());
    }

    @Test
    void officePagesAreForTheOfficeOnly() {
        Http.Reply clerk = get("/admin/office/users.xhtml", "clerk");
        assertEquals(403, clerk.status());
        assertEquals(200, get("/admin/office/users.xhtml", "office").status());
        assertEquals(200, get("/admin/catalog/matters.xhtml", "clerk").status());
        assertEquals(403, get("/admin/index.xhtml", "api").status(), "the API account has no UI");
    }

    @Test
    void anonymousCannotWrite() {
        Http.Reply r = post("/api/v1/catalog/drafts", null, MatterJson.draft(MatterJson.newCode(), "SCJGJ", "匿名", 1).build().toString());
        assertEquals(401, r.status());
        assertTrue(r.isProblem(), r.contentType());
        assertNotNull(r.header("WWW-Authenticate"));
        assertEquals(401, post("/api/v1/matters", null, "{}").status(), "only GET is public on /api/v1/matters");
        assertEquals(401, get("/api/v1/catalog/review-queue", null).status());
    }

    @Test
    void aBrowserSessionCannotDriveTheApi() throws Exception {
        // a session as a logged-in office user's browser would have it
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/admin/index.xhtml"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("office:demo".getBytes()))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
        assertTrue(login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("SameSite=Lax")),
                login.headers().allValues("Set-Cookie").toString());
        // a cross-site form post would carry only the cookie: refused
        var forged = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/api/v1/jobs/catalog-activation"))
                .header("Cookie", cookie).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode(), forged.body());
    }

    @Test
    void wrongPasswordIs401() {
        Http.Reply r = get("/api/v1/catalog/review-queue", "office:wrong");
        assertEquals(401, r.status());
        assertTrue(r.isProblem());
    }

    @Test
    void clerkCannotDraftForAnotherDepartment() {
        String code = MatterJson.newCode();
        Http.Reply r = post("/api/v1/catalog/drafts", "clerk", MatterJson.draft(code, "MZJ", "他部门事项", 1).build().toString());
        assertEquals(403, r.status(), r.body());
        assertTrue(r.isProblem());
        assertEquals(404, get("/api/v1/catalog/matters/" + code + "/versions", "office").status(), "nothing saved");
    }

    @Test
    void clerkCannotChangeAnotherDepartmentsMatter() {
        String mzj = get("/api/v1/matters?department=MZJ&size=1", null).json().getJsonArray("items").getJsonObject(0)
                .getString("implementationCode");
        assertEquals(403, post("/api/v1/catalog/matters/" + mzj + "/changes", "clerk", "").status());
    }

    @Test
    void clerkCannotPublishAndApproverCannotDraft() {
        String code = MatterJson.newCode();
        Http.Reply created = post("/api/v1/catalog/drafts", "clerk", MatterJson.draft(code, "SCJGJ", "角色测试", 1).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject v = created.json();
        long id = v.getJsonNumber("id").longValue();
        JsonObject s = post("/api/v1/catalog/drafts/" + id + "/submit", "clerk", "{\"version\":" + v.getInt("version") + "}").json();
        Http.Reply publish = post("/api/v1/catalog/drafts/" + id + "/publish", "clerk",
                "{\"effectiveDate\":\"2099-01-01\",\"version\":" + s.getInt("version") + "}");
        assertEquals(403, publish.status());
        assertEquals(403, post("/api/v1/catalog/drafts", "approver",
                MatterJson.draft(MatterJson.newCode(), "SCJGJ", "审批人起草", 1).build().toString()).status());
        assertEquals(403, Http.postBytes("/api/v1/catalog/import", "clerk",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1}).status());
    }

    @Test
    void apiClientReadsButDoesNotWrite() {
        assertEquals(403, post("/api/v1/catalog/drafts", "api", MatterJson.draft(MatterJson.newCode(), "SCJGJ", "接口", 1)
                .build().toString()).status());
        assertEquals(403, get("/api/v1/catalog/review-queue", "api").status());
        String code = get("/api/v1/matters?size=1", null).json().getJsonArray("items").getJsonObject(0).getString("implementationCode");
        assertEquals(200, get("/api/v1/catalog/matters/" + code + "/versions", "api").status());
    }
}

package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * The supervision settings and rules concern the supervision office, the office and the
     * departments (answer limits, the score formula); a job's executions are read by the office and
     * the supervision office, and by the disclosure editors for the publication job only.
     */
    @Test
    void settingsAndJobExecutionsAreReadByThoseTheyConcern() throws Exception {
        for (String path : new String[] {"/api/v1/supervision/settings", "/api/v1/supervision/rules"}) {
            for (String user : new String[] {"supervisor", "office", "clerk", "approver"}) {
                assertEquals(200, get(path, user).status(), user + " reads " + path);
            }
            for (String user : new String[] {"api", "reviewer", "editor"}) {
                Http.Reply r = get(path, user);
                assertEquals(403, r.status(), user + " does not read " + path + ": " + r.body());
                assertTrue(r.isProblem(), r.body());
            }
        }
        Http.Reply started = post("/api/v1/jobs/deemed-acceptance", "office", "");
        assertEquals(202, started.status(), started.body());
        String execution = "/api/v1/jobs/executions/" + started.json().getJsonNumber("executionId");
        for (String user : new String[] {"office", "supervisor"}) assertEquals(200, get(execution, user).status(), user);
        for (String user : new String[] {"editor", "reviewer", "api", "clerk", "approver"}) {
            assertEquals(403, get(execution, user).status(), user + " does not read another role's job");
        }
    }

    /** What a public resource allows is public too; a staff resource still asks for credentials. */
    @Test
    void optionsOnPublicEndpointsNeedsNoLogin() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[] {"/api/v1/matters", "/api/v1/public/disclosure-items", "/api/v1/calendar/2026",
                "/api/v1/public/cases/X"}) {
            var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + path))
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), "OPTIONS " + path);
            assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), path + " " + r.headers());
        }
        var staff = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/api/v1/supervision/settings"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, staff.statusCode());
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
        // nor does any Authorization header that is not a login
        var bearer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/api/v1/jobs/catalog-activation"))
                .header("Cookie", cookie).header("Authorization", "Bearer anything")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bearer.statusCode(), bearer.body());
    }

    @Test
    void aPageForAnotherRoleIs403WithTheApplicationsPage() {
        String[][] denied = {
                {"editor", "/admin/cases/queue.xhtml"}, {"editor", "/admin/catalog/review.xhtml"},
                {"supervisor", "/admin/catalog/review.xhtml"}, {"supervisor", "/admin/cases/receive.xhtml"},
                {"office", "/admin/cases/todo.xhtml"}, {"approver", "/admin/cases/receive.xhtml"}};
        for (String[] d : denied) {
            Http.Reply r = get(d[1], d[0]);
            assertEquals(403, r.status(), d[0] + " " + d[1]);
            assertTrue(r.body().contains("403") || r.body().contains("无权"), d[0] + " " + d[1] + ": " + r.body());
        }
        assertEquals(200, get("/admin/cases/queue.xhtml", "supervisor").status());
        assertEquals(200, get("/admin/cases/todo.xhtml", "approver").status());
        assertEquals(200, get("/admin/catalog/review.xhtml", "office").status());
    }

    @Test
    void anotherDepartmentsDraftIsNotThere() throws Exception {
        String code = MatterJson.newCode();
        String name = "未发布草稿" + code.substring(20);
        Http.Reply created = post("/api/v1/catalog/drafts", "clerk", MatterJson.draft(code, "SCJGJ", name, 5).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, get("/api/v1/catalog/drafts/" + id, "clerk").status(), "the own department reads it");
        assertEquals(200, get("/api/v1/catalog/drafts/" + id, "office").status(), "the office reads it");
        for (String other : new String[] {"clerk2", "api", "editor"}) {
            assertEquals(404, get("/api/v1/catalog/drafts/" + id, other).status(), other);
            Http.Reply versions = get("/api/v1/catalog/matters/" + code + "/versions", other);
            assertTrue(versions.status() == 403 || versions.body().equals("[]"), other + ": " + versions.body());
        }
        assertFalse(exportText(code, "clerk2").contains(code), "another department's export leaves the draft out");
        assertTrue(exportText(code, "clerk").contains(code), "the own department's export holds it");
    }

    /** The text of every part of the exported workbook. */
    static String exportText(String code, String user) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Http.BASE + "/api/v1/catalog/export?q=" + code))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        StringBuilder text = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        java.nio.file.Files.write(file, r.body());
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                text.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return text.toString();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Http.Reply r : new Http.Reply[] {get("/", null), get("/guide/index.xhtml", null), get("/api/v1/matters?size=1", null),
                get("/admin/index.xhtml", "clerk"), get("/api/v1/nothing-here", null)}) {
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("frame-ancestors 'self'"), r.raw().uri() + " " + r.status() + " " + r.raw().headers());
            assertEquals("nosniff", r.header("X-Content-Type-Options"), r.raw().uri().toString());
            assertNotNull(r.header("Referrer-Policy"), r.raw().uri().toString());
        }
        for (Http.Reply api : new Http.Reply[] {get("/api/v1/matters?size=1", null),
                get("/api/v1/public/cases/1-2-3?queryCode=x", null), get("/api/v1/calendar/2026", null)}) {
            assertTrue(api.raw().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "no session for an anonymous API call: " + api.raw().headers());
        }
    }

    @Test
    void anApiCallWithCredentialsGetsNoSession() {
        String apiKey = Http.post("/api/v1/api-keys", "office", "{\"username\":\"api\",\"name\":\"会话 " + System.nanoTime() + "\"}")
                .json().getString("token");
        for (Http.Reply api : new Http.Reply[] {get("/api/v1/calendar/2026", "clerk"), post("/api/v1/cases", "clerk", "{}"),
                Http.getWith("/api/v1/calendar/2026", "Bearer " + apiKey)}) {
            assertTrue(api.status() == 200 || api.status() == 400, api.raw().uri() + " " + api.status() + " " + api.body());
            assertTrue(api.raw().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "no session for an API call with credentials: " + api.raw().uri() + " " + api.raw().headers());
        }
        // a browser's Basic login on the pages keeps its session (the next test relies on it)
        assertTrue(get("/admin/index.xhtml", "clerk").raw().headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("JSESSIONID")));
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
                "{\"effectiveDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30)
                        + "\",\"version\":" + s.getInt("version") + "}");
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

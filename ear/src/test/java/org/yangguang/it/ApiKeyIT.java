package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Machines authenticate with API keys the office issues and revokes; a key is shown once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeyIT {
    static final String MATTER = "/api/v1/catalog/matters/11330399001000010101000000/versions";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String issue(String username, String name) {
        return Json.createObjectBuilder().add("username", username).add("name", name).build().toString();
    }

    @Test
    void theOfficeIssuesAKeyTheMachineUsesItUntilItIsRevoked() {
        assertEquals(403, post("/api/v1/api-keys", "clerk", issue("api", "x")).status(), "the office issues keys");
        Http.Reply notAMachine = post("/api/v1/api-keys", "office", issue("clerk", "柜台"));
        assertEquals(400, notAMachine.status(), notAMachine.body());

        Http.Reply issued = post("/api/v1/api-keys", "office", issue("api", "市平台对接"));
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().getString("token");
        JsonObject key = issued.json().getJsonObject("key");
        assertTrue(token.startsWith("ygk." + key.getJsonNumber("id") + "."), token);
        Http.Reply listed = get("/api/v1/api-keys", "office");
        assertTrue(listed.body().contains("市平台对接"));
        assertFalse(listed.body().contains(token.substring(token.lastIndexOf('.') + 1)), "the secret is shown once, never listed");

        String bearer = "Bearer " + token;
        assertEquals(200, Http.getWith(MATTER, bearer).status(), "the machine reads with its key");
        Http.Reply received = Http.postWith("/api/v1/cases", bearer, Json.createObjectBuilder()
                .add("implementationCode", "11330399001000010101000001")
                .add("applicant", Json.createObjectBuilder().add("name", "密钥推送测试").add("idNumber", "330399199001011234")
                        .add("phone", "13900000000"))
                .add("receivedMaterials", Json.createArrayBuilder()).build().toString());
        assertTrue(received.status() == 201 || received.status() == 400, "a write with the key is authenticated: " + received.body());
        assertFalse(received.status() == 401 || received.status() == 403, received.body());

        // the machine's login is in the audit log (once a minute), naming the key
        String audit = get("/admin/office/audit.xhtml", "office").body();
        assertTrue(audit.contains("API密钥 #" + key.getJsonNumber("id")), "the key's login is audited");

        Http.Reply wrong = Http.getWith(MATTER, bearer + "x");
        assertEquals(401, wrong.status());
        assertTrue(wrong.isProblem());

        String revokePath = "/api/v1/api-keys/" + key.getJsonNumber("id") + "/revoke";
        Http.Reply noReason = post(revokePath, "office", Json.createObjectBuilder().add("version", key.getInt("version")).build().toString());
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(200, Http.getWith(MATTER, bearer).status(), "a refused revocation changes nothing");
        Http.Reply revoked = post(revokePath, "office", Json.createObjectBuilder().add("version", key.getInt("version"))
                .add("reason", "对接结束").build().toString());
        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(revoked.json().getBoolean("active"));
        assertEquals(401, Http.getWith(MATTER, bearer).status(), "a revoked key is refused");
    }
}

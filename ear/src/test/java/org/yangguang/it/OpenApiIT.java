package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document at {@code /openapi} is what an upper-level platform generates its client
 * from: it must be valid OpenAPI 3.1 (checked with swagger-parser, a real validator), describe the
 * whole API, and offer both ways to authenticate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static List<String> problems(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) messages.add("not read as OpenAPI at all");
        return messages;
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        OpenApi api = OpenApi.load();
        assertTrue(api.document.getString("openapi").startsWith("3.1"), api.document.getString("openapi"));
        assertEquals(List.of(), problems(api.document.toString()));
    }

    /** The check can fail: the defects the document had (empty license and external docs) are reported. */
    @Test
    void theValidatorReportsAnEmptyLicenseAndEmptyExternalDocs() {
        JsonObject doc = OpenApi.load().document;
        JsonObject broken = Json.createObjectBuilder(doc)
                .add("info", Json.createObjectBuilder(doc.getJsonObject("info")).add("license", JsonValue.EMPTY_JSON_OBJECT))
                .add("externalDocs", JsonValue.EMPTY_JSON_OBJECT).build();
        String found = String.join("\n", problems(broken.toString()));
        assertTrue(found.contains("info.license"), found);
        assertTrue(found.contains("externalDocs"), found);
    }

    @Test
    void itDescribesTheWholeApiAndBothWaysToLogIn() {
        OpenApi api = OpenApi.load();
        String description = api.document.getJsonObject("info").getString("description");
        for (String area : List.of("事项目录", "办件", "电子监察", "政府信息公开", "年度报告", "problem JSON", "API密钥")) {
            assertTrue(description.contains(area), "the description speaks of " + area + ": " + description);
        }
        JsonObject schemes = api.document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("http", schemes.getJsonObject("apiKey").getString("type"));
        assertEquals("bearer", schemes.getJsonObject("apiKey").getString("scheme"));

        List<OpenApi.Operation> operations = api.operations();
        assertTrue(operations.size() > 80, "every endpoint is documented: " + operations.size());
        for (OpenApi.Operation op : operations) {
            boolean open = op.path().startsWith("/api/v1/public/") || op.path().startsWith("/api/v1/matters")
                    || (op.method().equals("get") && op.path().matches("/api/v1/calendar/(\\{year}|deadline)"));
            if (open) continue;
            assertTrue(op.secured(), op + " says how to log in");
        }
        api.document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (!op.asJsonObject().containsKey("security")) return;
            String security = op.asJsonObject().getJsonArray("security").toString();
            assertFalse(security.contains("\"basic\"") && !security.contains("\"apiKey\""), method + " " + path + ": " + security);
        }));
    }

    @Test
    void theOptimisticLockVersionIsRequiredWhereverABodyHasOne() {
        OpenApi api = OpenApi.load();
        int bodies = 0;
        for (OpenApi.Operation op : api.operations()) {
            JsonObject body = op.body();
            if (!api.properties(body).containsKey("version")) continue;
            bodies++;
            assertNotNull(body.getJsonArray("required"), op + " has required fields");
            assertTrue(body.getJsonArray("required").toString().contains("\"version\""), op + ": " + body);
        }
        assertTrue(bodies > 15, "bodies with a version: " + bodies);
    }
}

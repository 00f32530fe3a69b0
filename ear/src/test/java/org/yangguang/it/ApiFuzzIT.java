package org.yangguang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzzer generated from the OpenAPI document: every operation it lists gets bad input, so a new
 * endpoint is covered without anyone remembering to add it. Path and query parameters of the wrong
 * type, huge, negative, absurd dates, unknown values; bodies of the wrong shape, every property of
 * the wrong type, huge, out of range, with absurd dates or unknown enum values, 10,000 levels deep;
 * a body nested 10,000 levels, with a key twice, over the size limit, without its {@code version};
 * a wrong Content-Type and Accept. Each is sent as a user whose role may call the operation (found
 * by asking the demo users in turn) and, for the public operations, anonymously; a sample of the
 * rest anonymously too.
 *
 * <p>It fails on any 5xx, on any error that is not {@code application/problem+json} or names our
 * classes or RESTEasy's message codes, and where a class of input has one right answer on every
 * endpoint: malformed, too deep, duplicate keys, a wrong type, an unknown enum value, a date out of
 * range or a missing {@code version} in a body is 400, a body over the limit 413, a non-integer for
 * an integer query parameter 400.
 *
 * <p>Nothing it sends may change data: every path parameter names nothing that exists, a body
 * carries at most one bad property, and the two operations that act on an empty body (starting a
 * nightly job) never get one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {
    /** In this order: the first one the operation does not refuse (401/403) is its caller. */
    static final List<String> USERS = List.of("office", "supervisor", "editor", "clerk", "approver", "reviewer", "api");
    static final int DEPTH = 10_000;
    /** Over the API's 2 MB. */
    static final int OVERSIZE = 2 * 1024 * 1024 + 100;

    /** Makes each neutral path value unique, so no per-number limit is reached. */
    private int counter;
    /** When the last public lookup was sent: the test ends once its limit window has passed. */
    private long lastPublicLookup;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** One request: what is sent and, where the class of input has one right answer, that status. */
    record Input(String label, Map<String, String> path, Map<String, String> query, String contentType, byte[] body,
            String accept, Integer expected) {
        Input withAccept(String type) {
            return new Input(label + " (Accept " + type + ")", path, query, contentType, body, type, expected);
        }
    }

    // ------------------------------------------------------------------------------------------ the test

    @Test
    void noBadInputGetsA5xxOrAnErrorThatIsNotProblemJson() {
        OpenApi api = OpenApi.load();
        List<OpenApi.Operation> operations = api.operations();
        assertTrue(operations.size() > 80, "operations in the document: " + operations.size());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        long started = System.nanoTime();
        for (OpenApi.Operation op : operations) {
            List<Input> inputs = inputs(api, op);
            String caller = op.secured() ? caller(op, probe(op, inputs.get(0))) : null;
            int anonymousSample = 0;
            for (Input in : inputs) {
                requests++;
                judge(op, in, caller, send(op, in, caller), failures);
                if (op.secured() && anonymousSample++ < 3) {
                    requests++;
                    judge(op, in, null, send(op, in, null), failures);
                }
            }
        }
        System.out.printf("ApiFuzzIT: %d operations, %d requests in %d s%n", operations.size(), requests,
                (System.nanoTime() - started) / 1_000_000_000L);
        letTheLookupWindowPass();
        assertEquals(List.of(), failures.size() > 60 ? failures.subList(0, 60) : failures,
                failures.size() + " failures (first 60 shown)");
    }

    /** Later tests of the run start with the public lookup limit unused (the test server's window is 8 s). */
    private void letTheLookupWindowPass() {
        long since = (System.nanoTime() - lastPublicLookup) / 1_000_000L;
        try {
            if (lastPublicLookup != 0 && since < 9_000) Thread.sleep(9_000 - since);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void judge(OpenApi.Operation op, Input in, String caller, Http.Reply r, List<String> failures) {
        String what = op + " " + in.label() + " as " + (caller == null ? "anonymous" : caller) + " → " + r.status() + " "
                + abbreviate(r.body());
        if (r.status() >= 500) {
            failures.add("5xx: " + what);
            return;
        }
        if (r.status() >= 400) {
            if (!r.isProblem()) failures.add("not problem JSON (" + r.contentType() + "): " + what);
            else if (!r.body().contains("\"status\":" + r.status())) failures.add("problem without its status: " + what);
            if (r.body().contains("RESTEASY") || r.body().contains("org.yangguang") || r.body().contains("java.")
                    || r.body().contains("Exception")) {
                failures.add("internals in the answer: " + what);
            }
        }
        if (in.expected() != null && r.status() != in.expected() && !(r.status() == 401 && caller == null)) {
            failures.add("expected " + in.expected() + ": " + what);
        }
    }

    // ------------------------------------------------------------------------------------------ sending

    private Http.Reply send(OpenApi.Operation op, Input in, String user) {
        String path = op.path();
        for (Map.Entry<String, String> p : in.path().entrySet()) {
            path = path.replace("{" + p.getKey() + "}", Http.enc(p.getValue()).replace("+", "%20"));
        }
        StringBuilder query = new StringBuilder();
        in.query().forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=').append(Http.enc(v)));
        boolean lookup = path.startsWith("/api/v1/public/");
        for (int attempt = 0; ; attempt++) {
            Http.Reply r = Http.request(op.method().toUpperCase(), path + query, user, in.contentType(), in.body(), in.accept());
            if (lookup) lastPublicLookup = System.nanoTime();
            if (r.status() != 429 || attempt >= 3) return r;
            // the public limits count us like anyone else: wait as told, so every input is really tried
            try {
                Thread.sleep(Long.parseLong(r.header("Retry-After")) * 1000 + 300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

    /**
     * What asks the operation who may call it without doing anything: an empty object where the
     * body has required properties (refused by validation, which comes after the role check), else
     * the neutral input (refused, or a read).
     */
    private static Input probe(OpenApi.Operation op, Input neutral) {
        JsonObject body = op.body();
        boolean required = body.containsKey("required") && !body.getJsonArray("required").isEmpty();
        return op.takesJson() && required ? new Input("probe {}", neutral.path(), Map.of(), "application/json", bytes("{}"),
                "application/json", null) : neutral;
    }

    /** The first demo user the operation does not refuse outright; the office if it refuses them all. */
    private String caller(OpenApi.Operation op, Input first) {
        for (String user : USERS) {
            int status = send(op, first, user).status();
            if (status != 401 && status != 403) return user;
        }
        return USERS.get(0);
    }

    // ------------------------------------------------------------------------------------------ inputs

    private List<Input> inputs(OpenApi api, OpenApi.Operation op) {
        List<Input> all = new ArrayList<>();
        boolean json = op.takesJson();
        boolean body = !op.bodyTypes().isEmpty();
        String type = json ? "application/json" : body ? op.bodyTypes().get(0) : null;
        // with parameters under test, a body (if any) that must be refused: nothing is ever acted on
        byte[] refusedBody = !body ? null : json ? bytes("[]") : new byte[0];

        all.add(input("neutral", op, Map.of(), type, refusedBody, null));
        for (OpenApi.Parameter p : op.parameters()) {
            if (!p.in().equals("path") && !p.in().equals("query")) continue;
            for (String v : parameterValues(p)) {
                boolean query = p.in().equals("query");
                // a query parameter that is no integer where one is wanted; on a JSON operation the refused body
                Integer expected = query && (json || p.type().equals("integer") && !v.isEmpty() && !v.matches("-?\\d{1,9}"))
                        ? Integer.valueOf(400) : null;
                all.add(input(p.name() + "=" + abbreviate(v), op, Map.of(p.name(), v), type, refusedBody, expected));
            }
        }
        if (op.parameters().stream().anyMatch(p -> p.in().equals("query") && p.name().equals("version"))) {
            // the optimistic-lock version as a query parameter: left out, refused before anything is looked up
            all.add(input("without the version parameter", op, Map.of(), type, json ? bytes("{}") : new byte[0], 400));
        }
        if (body) {
            all.add(input("Content-Type application/xml", op, Map.of(), "application/xml", bytes("<a/>"), null));
            if (json) all.addAll(jsonBodies(api, op));
            else if (!op.bodyTypes().contains("application/x-ndjson")) {
                // an import file of garbage lines is a valid upload (each line is reported): not sent
                all.add(input("garbage body", op, Map.of(), type, bytes("\u0000\u00ff garbage,\"\n;;;"), null));
            }
        }
        all.add(input("neutral", op, Map.of(), type, refusedBody, null).withAccept("application/xml"));
        return all;
    }

    private List<Input> jsonBodies(OpenApi api, OpenApi.Operation op) {
        List<Input> all = new ArrayList<>();
        JsonObject schema = op.body();
        Map<String, JsonObject> properties = api.properties(schema);
        boolean versioned = properties.containsKey("version");
        String firstKey = properties.isEmpty() ? "a" : properties.keySet().iterator().next();

        all.add(body(op, "body []", "[]", 400));
        all.add(body(op, "body \"text\"", "\"text\"", 400));
        all.add(body(op, "body 123", "123", 400));
        all.add(body(op, "malformed", "{\"" + firstKey + "\":", 400));
        all.add(body(op, "[ x10000", "[".repeat(DEPTH) + "]".repeat(DEPTH), 400));
        all.add(body(op, "{ x10000", "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH), 400));
        all.add(body(op, "duplicate key " + firstKey, "{\"" + firstKey + "\":0,\"" + firstKey + "\":1}", 400));
        all.add(body(op, "over 2 MB", "{\"" + firstKey + "\":\"" + "x".repeat(OVERSIZE) + "\"}", 413));
        if (versioned) all.add(body(op, "without version", "{}", 400));

        // one bad property at a time; the version is sent only where a path names nothing that
        // exists (otherwise a body with only a version and a harmless value could act)
        boolean withVersion = versioned && op.parameters().stream().anyMatch(p -> p.in().equals("path"));
        for (Map.Entry<String, JsonObject> p : properties.entrySet()) {
            if (p.getKey().equals("version")) continue;
            for (Map.Entry<String, Bad> v : badValues(api, p.getValue()).entrySet()) {
                StringBuilder b = new StringBuilder("{");
                if (withVersion) b.append("\"version\":0,");
                b.append(Json.createValue(p.getKey())).append(':').append(v.getValue().json()).append('}');
                all.add(body(op, p.getKey() + " " + v.getKey(), b.toString(), v.getValue().expected()));
            }
        }
        return all;
    }

    /** A bad JSON value (as text) and the status it must get, if one. */
    record Bad(String json, Integer expected) {}

    private static Map<String, Bad> badValues(OpenApi api, JsonObject schema) {
        Map<String, Bad> out = new LinkedHashMap<>();
        String type = OpenApi.type(schema);
        String nested = "[".repeat(DEPTH) + "]".repeat(DEPTH);
        out.put("nested x10000", new Bad(nested, 400));
        switch (type) {
            case "string" -> {
                out.put("wrong type", new Bad("12345", 400));
                out.put("huge", new Bad(Json.createValue("x".repeat(100_000)).toString(), null));
                if (schema.containsKey("enum")) out.put("unknown value", new Bad("\"NO_SUCH_VALUE\"", 400));
                if ("date".equals(schema.getString("format", ""))) {
                    for (String d : List.of("-0001-01-01", "9999-12-31", "1989-12-31", "2026-02-30", "20260101")) {
                        out.put("date " + d, new Bad("\"" + d + "\"", 400));
                    }
                }
            }
            case "integer" -> {
                out.put("wrong type", new Bad("\"abc\"", 400));
                out.put("decimal", new Bad("1.5", 400));
                out.put("1e400", new Bad("1e400", 400));
                out.put("beyond long", new Bad("9223372036854775808", 400));
                out.put("negative", new Bad("-1", null));
                out.put("minimum", new Bad(String.valueOf(Integer.MIN_VALUE), null));
            }
            case "number" -> {
                out.put("wrong type", new Bad("\"abc\"", 400));
                out.put("1e400", new Bad("1e400", 400));
                out.put("negative", new Bad("-1", null));
            }
            case "boolean" -> out.put("wrong type", new Bad("\"yes\"", 400));
            case "array" -> {
                out.put("wrong type", new Bad("{\"a\":1}", 400));
                JsonObject items = api.items(schema);
                JsonArrayBuilder many = Json.createArrayBuilder();
                for (int i = 0; i < 5_000; i++) many.add(i);
                out.put("5000 items", new Bad(many.build().toString(), null));
                if (items != null) {
                    for (Map.Entry<String, Bad> inner : badValues(api, items).entrySet()) {
                        if (inner.getKey().startsWith("nested")) continue;
                        out.put("item " + inner.getKey(), new Bad("[" + inner.getValue().json() + "]", inner.getValue().expected()));
                    }
                }
            }
            case "object" -> {
                out.put("wrong type", new Bad("\"text\"", api.properties(schema).isEmpty() ? null : 400));
                for (Map.Entry<String, JsonObject> child : api.properties(schema).entrySet()) {
                    for (Map.Entry<String, Bad> inner : badValues(api, child.getValue()).entrySet()) {
                        if (inner.getKey().startsWith("nested") || inner.getKey().startsWith("item")) continue;
                        out.put(child.getKey() + " " + inner.getKey(), new Bad("{" + Json.createValue(child.getKey()) + ":"
                                + inner.getValue().json() + "}", inner.getValue().expected()));
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    private static List<String> parameterValues(OpenApi.Parameter p) {
        List<String> values = new ArrayList<>();
        if (p.type().equals("integer")) {
            values.addAll(List.of("abc", "1.5", "-1", "0", "99999999999999999999", "1e3"));
        } else {
            values.addAll(List.of("NO_SUCH_VALUE", "-0001-01-01", "9999-12-31", "x".repeat(3_000), "' OR '1'='1",
                    "../../../etc/passwd", "-1", "中文测试", "<script>alert(1)</script>"));
        }
        if (p.in().equals("query")) values.add("");
        return values;
    }

    private Input input(String label, OpenApi.Operation op, Map<String, String> values, String type, byte[] body,
            Integer expected) {
        Map<String, String> path = new HashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (OpenApi.Parameter p : op.parameters()) {
            // a path names nothing that exists, and a different thing each time (no per-number limit is hit)
            if (p.in().equals("path")) path.put(p.name(), values.getOrDefault(p.name(), neutral(p)));
            else if (p.in().equals("query") && values.containsKey(p.name())) query.put(p.name(), values.get(p.name()));
        }
        return new Input(label, path, query, type, body, "application/json", expected);
    }

    private String neutral(OpenApi.Parameter p) {
        return p.type().equals("integer") ? "999999999" : "FUZZ" + (++counter);
    }

    private Input body(OpenApi.Operation op, String label, String json, Integer expected) {
        return input(label, op, Map.of(), "application/json", bytes(json), expected);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}

package org.yangguang.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API as the server documents it at {@code /openapi}: every operation with its parameters and
 * request body, so that tests cover each endpoint without anyone listing them.
 */
final class OpenApi {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    final JsonObject document;

    private OpenApi(JsonObject document) {
        this.document = document;
    }

    static OpenApi load() {
        Http.Reply r = Http.get("/openapi", null);
        if (r.status() != 200) throw new AssertionError("/openapi: " + r.status() + " " + r.body());
        return new OpenApi(r.json());
    }

    record Parameter(String name, String in, JsonObject schema) {
        String type() {
            return schema.getString("type", "string");
        }
    }

    /** One operation; {@code bodyTypes} are the media types it consumes, {@code body} their schema (refs resolved). */
    record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes, JsonObject body,
            boolean secured) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        boolean takesJson() {
            return bodyTypes.stream().anyMatch(t -> t.equals("application/json") || t.equals("*/*"));
        }
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : document.getJsonObject("paths").entrySet()) {
            JsonObject item = p.getValue().asJsonObject();
            for (String method : METHODS) {
                if (!item.containsKey(method)) continue;
                JsonObject op = item.getJsonObject(method);
                List<Parameter> params = new ArrayList<>();
                for (JsonValue v : op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
                    JsonObject param = resolve(v.asJsonObject());
                    params.add(new Parameter(param.getString("name"), param.getString("in"),
                            param.containsKey("schema") ? resolve(param.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT));
                }
                List<String> types = new ArrayList<>();
                JsonObject body = null;
                if (op.containsKey("requestBody")) {
                    JsonObject content = resolve(op.getJsonObject("requestBody")).getJsonObject("content");
                    types.addAll(content.keySet());
                    for (String t : content.keySet()) {
                        JsonObject media = content.getJsonObject(t);
                        if (media.containsKey("schema") && (body == null || t.equals("application/json"))) {
                            body = resolve(media.getJsonObject("schema"));
                        }
                    }
                }
                boolean secured = op.containsKey("security") && !op.getJsonArray("security").isEmpty();
                all.add(new Operation(method, p.getKey(), params, types, body == null ? JsonValue.EMPTY_JSON_OBJECT : body, secured));
            }
        }
        return all;
    }

    /** Follows {@code $ref} to {@code #/components/…}. */
    JsonObject resolve(JsonObject o) {
        JsonObject current = o;
        for (int hops = 0; current.containsKey("$ref") && hops < 10; hops++) {
            String ref = current.getString("$ref");
            if (!ref.startsWith("#/")) throw new AssertionError("external $ref " + ref);
            JsonObject target = document;
            for (String part : ref.substring(2).split("/")) target = target.getJsonObject(part);
            current = target;
        }
        return current;
    }

    /** The properties of an object schema, refs resolved (empty for anything else). */
    Map<String, JsonObject> properties(JsonObject schema) {
        Map<String, JsonObject> out = new java.util.LinkedHashMap<>();
        JsonObject props = schema.getJsonObject("properties");
        if (props == null) return out;
        props.forEach((name, s) -> out.put(name, resolve(s.asJsonObject())));
        return out;
    }

    /** An array schema's items, resolved (null if none). */
    JsonObject items(JsonObject schema) {
        return schema.containsKey("items") && schema.get("items").getValueType() == JsonValue.ValueType.OBJECT
                ? resolve(schema.getJsonObject("items")) : null;
    }

    static String type(JsonObject schema) {
        JsonValue t = schema.get("type");
        if (t == null) return schema.containsKey("properties") ? "object" : "any";
        if (t.getValueType() == JsonValue.ValueType.STRING) return ((jakarta.json.JsonString) t).getString();
        // OpenAPI 3.1: ["string", "null"]
        for (JsonValue v : t.asJsonArray()) {
            String s = ((jakarta.json.JsonString) v).getString();
            if (!s.equals("null")) return s;
        }
        return "any";
    }
}

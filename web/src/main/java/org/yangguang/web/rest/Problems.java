package org.yangguang.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 9457 problem details: every error of {@code /api} is answered this way. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    /** Made once: {@code Json.createObjectBuilder} looks the provider up on every call. */
    private static final jakarta.json.JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    private Problems() {}

    public static JsonObject body(int status, String title, String detail, List<String> errors) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) b.add("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            errors.forEach(a::add);
            b.add("errors", a);
        }
        return b.build();
    }

    public static Response response(int status, String title, String detail, List<String> errors) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, title, detail, errors).toString()).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    /** For places outside JAX-RS (the authentication mechanism). */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, title, detail, List.of()).toString());
    }
}

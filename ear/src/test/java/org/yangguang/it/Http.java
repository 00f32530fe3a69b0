package org.yangguang.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client for the black-box tests of the REST API, as an upper-level platform calls it. */
public final class Http {
    public static final String BASE = System.getProperty("app.url", "http://localhost:8080");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {}

    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A GET accepting the given types (a feed reader asks for Atom). */
    public static Reply getAccepting(String path, String user, String accept) {
        return send(request(path, user).setHeader("Accept", accept).GET().build());
    }

    public static Reply get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    /** With this Authorization header (an API key: "Bearer ygk.…"). */
    public static Reply getWith(String path, String authorization) {
        return send(request(path, null).header("Authorization", authorization).GET().build());
    }

    public static Reply postWith(String path, String authorization, String json) {
        return send(request(path, null).header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public static Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)).build());
    }

    /** A GET asking for the texts of the answer in a language ({@code Accept-Language}). */
    public static Reply getIn(String language, String path, String user) {
        return send(request(path, user).header("Accept-Language", language).GET().build());
    }

    /** A POST asking for the texts of the answer in a language ({@code Accept-Language}). */
    public static Reply postIn(String language, String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public static Reply put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public static Reply postBytes(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any request (the fuzz test): the path already encoded, a body of the given type or none. */
    public static Reply request(String method, String path, String user, String contentType, byte[] body, String accept) {
        HttpRequest.Builder b = request(path, user).setHeader("Accept", accept);
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** A download (PDF, workbook) as bytes, accepting any type as a browser does. */
    public static HttpResponse<byte[]> getBytes(String path, String user) {
        try {
            return CLIENT.send(request(path, user).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Demo users all have the password "demo"; {@code user:password} overrides it. */
    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":demo";
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.yangguang.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.URLDecodingHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.regex.Pattern;
import org.yangguang.web.rest.Problems;

/**
 * Decodes the URL (path and query, UTF-8) for this application instead of the HTTP parser. The
 * listener runs with {@code decode-url=false} (wildfly-config/configure-server.cli) because the
 * parser answers a malformed escape such as a bare {@code %} with an empty 400 before any handler
 * runs; here such a URL gets problem JSON. Registered as an Undertow {@link ServletExtension}
 * (META-INF/services), ahead of the servlet chain.
 */
public class StrictUrlDecoding implements ServletExtension {
    /** A '%' not followed by two hexadecimal digits. */
    private static final Pattern MALFORMED = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> {
            HttpHandler decoding = new URLDecodingHandler(next, "UTF-8");
            return exchange -> {
                if (malformed(exchange.getRequestURI()) || malformed(exchange.getQueryString())) {
                    refuse(exchange);
                    return;
                }
                decoding.handleRequest(exchange);
            };
        });
    }

    static boolean malformed(String raw) {
        return raw != null && raw.indexOf('%') >= 0 && MALFORMED.matcher(raw).find();
    }

    private static void refuse(HttpServerExchange exchange) {
        exchange.setStatusCode(400);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problems.MEDIA_TYPE + ";charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        exchange.getResponseSender().send(Problems.body(400, "请求无效", "请求地址或参数无效（百分号编码不完整）", List.of()).toString());
    }
}

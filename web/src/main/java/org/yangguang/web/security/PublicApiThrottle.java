package org.yangguang.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.yangguang.web.rest.Problems;

/**
 * The public API under {@code /api/v1/public/} through {@link PublicLimits}: a lookup by number
 * ({@code /cases/{rn}…}, {@code /complaints/{number}…}, {@code /disclosure-requests/{number}…},
 * {@code /letters/{number}}) per address and per address and number, a submission
 * ({@code POST /disclosure-requests}, {@code POST /letters}) per address
 * once accepted, everything else (published items, feeds, categories) per address only, generously.
 * 429 problem JSON with {@code Retry-After} once a limit is used up.
 */
@WebFilter(urlPatterns = "/api/v1/public/*")
public class PublicApiThrottle extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response); // what is allowed, not a lookup
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api/v1/public/".length());
        String[] parts = path.split("/");
        String address = request.getRemoteAddr();
        Optional<PublicLimits.Kind> kind = Arrays.stream(PublicLimits.Kind.values()).filter(k -> k.segment.equals(parts[0])).findFirst();
        boolean submission = kind.isPresent() && parts.length == 1 && "POST".equals(request.getMethod());
        long wait;
        if (submission) wait = limits.submissionBlocked(address);
        else if (kind.isPresent() && parts.length >= 2) wait = limits.lookup(address, kind.get(), decoded(parts[1]));
        else wait = limits.published(address);
        if (wait > 0) {
            tooMany(response, wait);
            return;
        }
        chain.doFilter(request, response);
        if (submission && response.getStatus() == HttpServletResponse.SC_CREATED) limits.submitted(address);
    }

    /** The number as the resource sees it: %54S-… and TS-… are one number, not two to guess at. */
    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // malformed: the resource refuses it anyway
        }
    }

    static void tooMany(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(seconds));
        Problems.write(response, 429, "请求过于频繁", "请求过于频繁，请 " + seconds + " 秒后再试");
    }
}

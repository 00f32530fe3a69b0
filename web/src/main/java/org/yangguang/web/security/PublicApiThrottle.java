package org.yangguang.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.web.rest.Problems;

/**
 * The public lookups of the API (a case, a complaint or a disclosure request by its number and query
 * code) are throttled per client address and per number, applications also as applications: 429 with {@code Retry-After} once a limit is used up.
 */
@WebFilter(urlPatterns = "/api/v1/public/*")
public class PublicApiThrottle extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    RateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api/v1/public/".length());
        String[] parts = path.split("/");
        long wait = limits.use(RateLimits.Limit.TRACK_BY_ADDRESS, request.getRemoteAddr());
        if (wait == 0 && parts.length == 1 && "POST".equals(request.getMethod())) {
            wait = limits.use(RateLimits.Limit.APPLY_BY_ADDRESS, request.getRemoteAddr()); // an application
        }
        if (wait == 0 && parts.length >= 2) wait = limits.use(RateLimits.Limit.TRACK_BY_CASE, parts[0] + "/" + parts[1]);
        if (wait > 0) {
            tooMany(response, wait);
            return;
        }
        chain.doFilter(request, response);
    }

    static void tooMany(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(seconds));
        Problems.write(response, 429, "请求过于频繁", "查询过于频繁，请 " + seconds + " 秒后再试");
    }
}

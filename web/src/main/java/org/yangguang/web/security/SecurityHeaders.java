package org.yangguang.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries: no framing by other sites (clickjacking), no content-type
 * sniffing, no full URLs (with receipt numbers) leaked to other sites, and no plugins, foreign
 * base URLs or form targets.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST,
        jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}

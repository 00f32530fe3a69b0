package org.yangguang.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * REST clients authenticate on every request with HTTP Basic; the session the login created is
 * dropped afterwards so that a busy upper-level platform does not pile up sessions.
 */
@WebFilter(urlPatterns = "/api/*")
public class StatelessApiFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The client sent no session cookie: whatever session exists now was made for this call.
        boolean sessionless = request.getRequestedSessionId() == null;
        try {
            chain.doFilter(request, response);
        } finally {
            String authorization = request.getHeader("Authorization");
            HttpSession session = request.getSession(false);
            if (sessionless && session != null && authorization != null) {
                session.invalidate();
            }
        }
    }
}

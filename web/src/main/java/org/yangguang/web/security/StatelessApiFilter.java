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
 * REST clients authenticate on every request with HTTP Basic or an API key; the mechanism keeps no
 * session for them, and one made anyway during the call is dropped afterwards, so that a busy
 * upper-level platform does not pile up sessions. A request that
 * changes data must carry its own credentials: riding on a browser's login session would let any
 * other web page post to the API in the user's name (CSRF). Only HTTP Basic credentials count:
 * {@code Authorization: Bearer anything} next to a session cookie is not a login.
 */
@WebFilter(urlPatterns = "/api/*")
public class StatelessApiFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String credentials = request.getHeader("Authorization");
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod());
        boolean basic = credentials != null && credentials.regionMatches(true, 0, "Basic ", 0, 6)
                || Boolean.TRUE.equals(request.getAttribute(YangguangAuthenticationMechanism.BY_API_KEY));
        // Only credentials this request proved count (Basic, checked by the mechanism before this
        // filter, or an API key it accepted): any other Authorization header would leave the
        // browser session in charge.
        if (!safe && !basic && request.getUserPrincipal() != null) {
            org.yangguang.web.rest.Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "未登录",
                    "修改数据的接口调用须带HTTP Basic凭据，不接受浏览器会话");
            return;
        }
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

package org.yangguang.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Until the password the office gave is replaced, every staff page leads to the change form. */
@WebFilter(urlPatterns = "/admin/*")
public class PasswordChangeRequired extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && Boolean.TRUE.equals(session.getAttribute(PasswordBean.MUST_CHANGE))
                && !path.equals(PasswordBean.PAGE)) {
            response.sendRedirect(request.getContextPath() + PasswordBean.PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

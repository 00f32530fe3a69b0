package org.yangguang.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.shared.ForbiddenException;

/**
 * A staff page that calls a service the user's role may not use answers 403 with the
 * application's page, not 500: the services' {@code @RolesAllowed} are the last word, and the
 * page constraints in web.xml cannot foresee every combination.
 */
@WebFilter(urlPatterns = "/admin/*")
public class AccessDeniedPages extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!denied(e) || response.isCommitted()) throw e;
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean denied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof ForbiddenException) return true;
        }
        return false;
    }
}

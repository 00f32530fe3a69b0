package org.yangguang.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.web.rest.Problems;

/** The 401 error page (web.xml): REST clients get problem JSON, never an HTML error page. */
@WebServlet("/error/unauthorized")
public class UnauthorizedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String DETAIL = UnauthorizedServlet.class.getName() + ".detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "未登录",
                detail == null ? "需要登录" : detail.toString());
    }
}

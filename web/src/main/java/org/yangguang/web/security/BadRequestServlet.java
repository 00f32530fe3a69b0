package org.yangguang.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.web.rest.Problems;

/**
 * The 400 error page (web.xml) for what the container refuses before the application sees it,
 * such as a path whose percent-encoding is not UTF-8: problem JSON, never the server's HTML page.
 */
@WebServlet("/error/bad-request")
public class BadRequestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the container's own message may name its internals: not repeated
        Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "请求无效", "请求地址或参数无效（例如URL编码不是有效的UTF-8）");
    }
}

package org.yangguang.web.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.approval.CaseService;
import org.yangguang.files.StoredFile;
import org.yangguang.web.support.Downloads;

/**
 * Downloads of case material, {@code /admin/case-files/{receiptNumber}/{fileId}}: under /admin (a
 * staff role is required) and only for a case the user may see.
 */
@WebServlet("/admin/case-files/*")
public class CaseFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        StoredFile file;
        try {
            file = cases.caseFile(parts[1], Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file);
    }
}

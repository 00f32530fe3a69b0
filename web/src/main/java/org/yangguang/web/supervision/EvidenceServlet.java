package org.yangguang.web.supervision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.files.StoredFile;
import org.yangguang.supervision.FindingService;
import org.yangguang.web.support.Downloads;

/**
 * The evidence of an appeal, {@code /admin/findings/evidence/{findingId}}: for the department that
 * appealed and the supervision office only (the service checks who may see the finding).
 */
@WebServlet("/admin/findings/evidence/*")
public class EvidenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    FindingService findings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = findings.evidence(Long.parseLong(request.getPathInfo().substring(1)));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file);
    }
}

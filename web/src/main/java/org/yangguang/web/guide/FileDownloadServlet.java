package org.yangguang.web.guide;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.web.support.Downloads;

/** Downloads of the guide's blank forms and samples: {@code /files/{id}}. */
@WebServlet("/files/*")
public class FileDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        StoredFile file = files.publicFile(id).orElse(null);
        if (file == null) {
            response.sendError(404);
            return;
        }
        Downloads.send(response, file);
    }
}

package org.yangguang.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.yangguang.files.StoredFile;

/** Sends a stored file as a download: our content type (never the uploader's claim), no sniffing. */
public final class Downloads {
    private Downloads() {}

    public static void send(HttpServletResponse response, StoredFile file) throws IOException {
        response.setContentType(file.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", attachment(file.getFileName()));
        response.setContentLengthLong(file.getSizeBytes());
        response.getOutputStream().write(file.getContent());
    }

    /** A stored file for a page's download link ({@code p:fileDownload}), its content read now. */
    public static org.primefaces.model.StreamedContent of(StoredFile file) {
        byte[] content = file.getContent();
        return org.primefaces.model.DefaultStreamedContent.builder().name(file.getFileName()).contentType(file.getContentType())
                .contentLength((long) content.length).stream(() -> new java.io.ByteArrayInputStream(content)).build();
    }

    /** The Content-Disposition of a download, the name encoded as RFC 6266 asks. */
    public static String attachment(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

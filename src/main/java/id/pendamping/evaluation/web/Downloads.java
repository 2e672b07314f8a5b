package id.pendamping.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sending a report as a file to save: never cached on the way, since reports name trainees or a centre's results. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    private Downloads() {
    }

    public static void headers(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
    }

    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        headers(response, contentType, fileName);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

package id.pendamping.competency.web;

import id.pendamping.competency.application.PortfolioFiles;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A portfolio file, always as an attachment with the type found from its content at upload and
 * nosniff, so a browser never runs or renders it in the platform's origin. The service checks who
 * may read it; the URL areas only admit the roles.
 */
@WebServlet({"/learn/portfolio", "/assess/portfolio", "/manage/portfolio"})
public class PortfolioDownloadServlet extends HttpServlet {

    @Inject
    PortfolioFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = RequestParameters.id(request, "file");
        PortfolioFiles.Download download;
        try {
            download = id == null ? null : files.read(id);
        } catch (AccessDenied denied) {
            download = null;
        }
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.mediaType());
        String ascii = download.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(download.content().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(download.content());
        }
    }
}

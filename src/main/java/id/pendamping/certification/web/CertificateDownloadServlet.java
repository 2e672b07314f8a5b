package id.pendamping.certification.web;

import id.pendamping.certification.application.CohortCertificates;
import id.pendamping.certification.application.MyCertificates;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The document of record, byte for byte as issued: /learn/certificate?id=N for the holder,
 * /manage/certificate?id=N for a coordinator of the issuing centre. The URL areas admit the role;
 * the services check whose certificate it is.
 */
@WebServlet({"/learn/certificate", "/manage/certificate"})
public class CertificateDownloadServlet extends HttpServlet {

    @Inject
    MyCertificates mine;

    @Inject
    CohortCertificates cohorts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = RequestParameters.id(request, "id");
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MyCertificates.Document document;
        try {
            document = request.getServletPath().startsWith("/learn/") ? mine.document(id) : cohorts.document(id);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        sendPdf(response, document.fileName(), document.pdf());
    }

    static void sendPdf(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(pdf);
        }
    }
}

package id.pendamping.certification.web.manage;

import id.pendamping.certification.application.CohortCertificates;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** /manage/cohort-certificates.zip?c=COHORT: every current certificate of the cohort, one PDF each. */
@WebServlet("/manage/cohort-certificates.zip")
public class CohortCertificatesZipServlet extends HttpServlet {

    @Inject
    CohortCertificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long cohort = RequestParameters.id(request, "c");
        if (cohort == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Built before the first byte is sent, so a refusal is still a clean 404 and not a broken download.
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            certificates.zip(cohort, zip);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"sertifikat-angkatan-" + cohort + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(zip.size());
        zip.writeTo(response.getOutputStream());
    }
}

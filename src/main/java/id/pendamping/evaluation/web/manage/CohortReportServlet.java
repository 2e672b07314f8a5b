package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.CohortReport;
import id.pendamping.evaluation.infrastructure.CohortReportPdf;
import id.pendamping.evaluation.infrastructure.CohortReportXlsx;
import id.pendamping.evaluation.web.Downloads;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.web.Language;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * /manage/cohort-report.pdf?c=COHORT and /manage/cohort-report.xlsx?c=COHORT: the cohort's report
 * in the reader's language, for a coordinator of its centre; any other cohort id is refused (403)
 * before anything is read.
 */
@WebServlet({"/manage/cohort-report.pdf", "/manage/cohort-report.xlsx"})
public class CohortReportServlet extends HttpServlet {

    @Inject
    CohortReport reports;

    @Inject
    CohortReportPdf pdf;

    @Inject
    CohortReportXlsx xlsx;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = RequestParameters.id(request, "c");
        if (id == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CohortReport.Report report;
        try {
            report = reports.of(id);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        if (request.getServletPath().endsWith(".pdf")) {
            Downloads.send(response, Downloads.PDF, "cohort-report-" + id + ".pdf", pdf.render(report, locale));
        } else {
            Downloads.send(response, Downloads.XLSX, "cohort-report-" + id + ".xlsx", xlsx.render(report, locale));
        }
    }
}

package id.pendamping.evaluation.web;

import id.pendamping.evaluation.application.CentreReports;
import id.pendamping.evaluation.infrastructure.CentreExport;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.web.Language;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * What centres report upward, one row per cohort (aggregates, no trainee), as CSV or spreadsheet:
 * /manage/centre-report.csv|.xlsx for a coordinator's own centre; /admin/centres-report.csv|.xlsx
 * for an admin, every centre or one with ?centre=ID. The URL prefixes admit the role, and the
 * service checks it again.
 */
@WebServlet({"/manage/centre-report.csv", "/manage/centre-report.xlsx", "/admin/centres-report.csv",
    "/admin/centres-report.xlsx"})
public class CentreReportServlet extends HttpServlet {

    @Inject
    CentreReports reports;

    @Inject
    CentreExport export;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean admin = request.getServletPath().startsWith("/admin/");
        Long centre = RequestParameters.id(request, "centre");
        List<CentreReports.Line> lines;
        try {
            if (!admin) {
                lines = reports.mine().lines();
            } else {
                lines = centre == null ? reports.allCentres() : reports.of(centre).lines();
            }
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        String name = admin ? "centres-report" + (centre == null ? "" : "-" + centre) : "centre-report";
        if (request.getServletPath().endsWith(".csv")) {
            Downloads.headers(response, Downloads.CSV, name + ".csv");
            export.csv(lines, locale, response.getWriter());
        } else {
            Downloads.send(response, Downloads.XLSX, name + ".xlsx", export.xlsx(lines, locale));
        }
    }
}

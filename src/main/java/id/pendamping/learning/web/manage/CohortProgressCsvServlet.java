package id.pendamping.learning.web.manage;

import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.learning.application.CohortProgress;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.Messages;
import id.pendamping.platform.web.Language;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** /manage/cohort-progress.csv?id=COHORT: the progress table as CSV, in the reader's language. */
@WebServlet("/manage/cohort-progress.csv")
public class CohortProgressCsvServlet extends HttpServlet {

    @Inject
    CohortProgress progress;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = RequestParameters.id(request, "id");
        if (id == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CohortProgress.Table table;
        try {
            table = progress.of(id);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"progress-cohort-" + id + ".csv\"");
        List<String> header = new ArrayList<>(List.of(Messages.text(locale, "register.fullName"),
                Messages.text(locale, "register.email")));
        for (CurriculumModule module : table.modules()) {
            header.add(module.title(locale) + " (%)");
        }
        header.add(Messages.text(locale, "manage.progress.total") + " (%)");
        header.add("JP");
        PrintWriter writer = response.getWriter();
        writer.write('\uFEFF'); // lets spreadsheet programs read the file as UTF-8
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (CohortProgress.Row row : table.rows()) {
                List<Object> values = new ArrayList<>(List.of(safe(row.getFullName()), row.getEmail()));
                table.modules().forEach(m -> values.add(row.getModulePercent().getOrDefault(m.getKey(), 0)));
                values.add(row.getPercent());
                values.add(row.getJpStudied());
                csv.printRecord(values);
            }
        }
    }

    /** A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it so it stays text. */
    static String safe(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

package id.pendamping.evaluation.infrastructure;

import id.pendamping.evaluation.application.CentreReports;
import id.pendamping.evaluation.domain.CohortFigures;
import id.pendamping.learning.domain.Cohort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Worksheet;

/**
 * What a centre reports upward, one row per cohort, as CSV and as a spreadsheet: the centre, the
 * cohort and its figures. Aggregates only: no trainee's name, e-mail or result is in it.
 */
@ApplicationScoped
public class CentreExport {

    private static final String[] COLUMNS = {"export.centreCode", "export.centreName", "export.cohort", "export.programme",
        "export.startsOn", "export.endsOn", "export.enrolled", "export.complete", "export.completionPercent",
        "export.postTestTaken", "export.postTestPassed", "export.passRate", "export.preTestMean", "export.postTestMean",
        "export.gainPoints", "export.surveyResponses", "export.surveyMean", "export.certificates"};

    public List<String> header(Locale locale) {
        ReportLayout layout = new ReportLayout(locale);
        return Arrays.stream(COLUMNS).map(layout::text).toList();
    }

    /** One cohort's values in the order of the header; null where a figure does not exist yet. */
    public List<Object> row(CentreReports.Line line, Locale locale) {
        Cohort c = line.cohort();
        CohortFigures f = line.figures();
        return new ArrayList<>(Arrays.asList(c.getTrainingCenter().getCode(), c.getTrainingCenter().getName(), c.getName(),
                c.getProgramme().title(locale), c.getStartsOn(), c.getEndsOn(), f.enrolled(), f.complete(),
                f.completionPercent(), f.postTestTaken(), f.postTestPassed(), f.passRate(),
                f.gain().map(g -> ReportLayout.scaled(g.pre(), 1)).orElse(null),
                f.gain().map(g -> ReportLayout.scaled(g.post(), 1)).orElse(null),
                f.gainPoints().map(g -> ReportLayout.scaled(g, 1)).orElse(null), f.reactionResponses(),
                ReportLayout.scaled(f.reactionMean(), 2), f.certificates()));
    }

    /** CSV with a byte order mark (spreadsheet programs then read UTF-8), numbers with a decimal point. */
    public void csv(List<CentreReports.Line> lines, Locale locale, Writer writer) {
        try {
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                csv.printRecord(header(locale));
                for (CentreReports.Line line : lines) {
                    csv.printRecord(row(line, locale).stream().map(CentreExport::csvCell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(List<CentreReports.Line> lines, Locale locale) {
        return Sheets.workbook(workbook -> {
            Worksheet sheet = workbook.newWorksheet(new ReportLayout(locale).text("export.sheet"));
            Sheets.header(sheet, 0, header(locale));
            sheet.freezePane(3, 1);
            Sheets.widths(sheet, 14, 40, 30, 30, 12, 12);
            for (int i = 0; i < lines.size(); i++) {
                Sheets.row(sheet, i + 1, row(lines.get(i), locale));
            }
        });
    }

    /** A text cell starting with = + - @ would run as a formula in a spreadsheet: prefixed, it stays text. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String cell = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        boolean text = !(value instanceof Number);
        return text && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

package id.pendamping.evaluation.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writing the reports' spreadsheets (Office Open XML, with fastexcel): numbers and dates stay
 * numbers and dates, texts stay texts (a cell is never a formula, whatever a name starts with).
 */
final class Sheets {

    /** What fills a workbook. */
    interface Content {
        void write(Workbook workbook) throws IOException;
    }

    private Sheets() {
    }

    static byte[] workbook(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Akademi Pendamping", "1.0")) {
            content.write(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A header row in bold; the sheet keeps it in view while scrolling when it is the first row. */
    static void header(Worksheet sheet, int row, List<String> labels) {
        for (int c = 0; c < labels.size(); c++) {
            sheet.value(row, c, labels.get(c));
            sheet.style(row, c).bold().set();
        }
    }

    /** A row of values: a String, Number or LocalDate each, or null for an empty cell. */
    static void row(Worksheet sheet, int row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                sheet.value(row, c, number);
            } else if (value instanceof LocalDate day) {
                sheet.value(row, c, day);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (value != null) {
                sheet.value(row, c, value.toString());
            }
        }
    }

    static void widths(Worksheet sheet, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }
}

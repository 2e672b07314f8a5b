package id.pendamping.learning.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A coordinator's list of trainees to enrol: a CSV file with a header row and the columns name,
 * email and optional phone (Indonesian headers nama, email, telepon also accepted; comma or
 * semicolon separated, as spreadsheets save them). Every row is checked and every problem reported
 * with its line number; the caller enrols nobody unless there is no problem at all.
 */
public final class EnrolmentCsv {

    /** A row to enrol. */
    public record Row(int line, String fullName, String email, String phone) {
    }

    /** A problem on a line: a bundle key and its arguments, so the page says it in the reader's language. */
    public record Problem(int line, String messageKey, List<Object> arguments) {
    }

    /** What a file came to: rows when valid, problems otherwise. */
    public record Result(List<Row> rows, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static final int MAX_ROWS = 1000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");
    private static final Map<String, String> HEADERS = Map.of(
            "nama", "name", "name", "name", "nama lengkap", "name", "full name", "name",
            "email", "email", "e-mail", "email", "telepon", "phone", "phone", "phone", "hp", "phone", "no hp", "phone");

    private EnrolmentCsv() {
    }

    public static Result parse(String content) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text = content == null ? "" : content.replace("\uFEFF", "");
        if (text.isBlank()) {
            problems.add(new Problem(1, "csv.empty", List.of()));
            return new Result(rows, problems);
        }
        char delimiter = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            Map<String, Integer> emails = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getCharacterPosition() >= 0 ? lineOf(text, record.getCharacterPosition()) : 0;
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns == null) {
                        return new Result(List.of(), problems);
                    }
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "csv.tooManyRows", List.of(MAX_ROWS)));
                    break;
                }
                row(record, line, columns, emails, problems).ifPresent(rows::add);
            }
            if (columns != null && rows.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(2, "csv.noRows", List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new Problem(0, "csv.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static java.util.Optional<Row> row(CSVRecord record, int line, Map<String, Integer> columns,
                                               Map<String, Integer> emails, List<Problem> problems) {
        String name = value(record, columns.get("name"));
        String email = value(record, columns.get("email")).toLowerCase(Locale.ROOT);
        String phone = columns.containsKey("phone") ? value(record, columns.get("phone")) : "";
        int before = problems.size();
        if (name.length() < 2 || name.length() > 200) {
            problems.add(new Problem(line, "csv.nameInvalid", List.of()));
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(new Problem(line, "csv.emailInvalid", List.of(email)));
        } else {
            Integer first = emails.putIfAbsent(email, line);
            if (first != null) {
                problems.add(new Problem(line, "csv.emailRepeated", List.of(email, first)));
            }
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem(line, "csv.phoneInvalid", List.of(phone)));
        }
        return problems.size() == before ? java.util.Optional.of(new Row(line, name, email, phone)) : java.util.Optional.empty();
    }

    private static Map<String, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = HEADERS.get(record.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("email")) {
            problems.add(new Problem(1, "csv.headerMissing", List.of()));
            return null;
        }
        return columns;
    }

    private static String value(CSVRecord record, Integer column) {
        return column == null || column >= record.size() ? "" : record.get(column).strip();
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** 1-based line number of a character position (a quoted value may span lines; its first line counts). */
    private static int lineOf(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

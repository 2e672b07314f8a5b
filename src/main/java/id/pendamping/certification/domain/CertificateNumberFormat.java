package id.pendamping.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A centre's pattern for certificate numbers, such as {@code {seq:4}/{centre}/PLT/{roman-month}/{year}}
 * giving {@code 0007/BBPPKS-JKT/PLT/XI/2026}. The sequence restarts each year, so a pattern must hold
 * both {@code {seq}} and {@code {year}}, or two certificates could share a number.
 */
public final class CertificateNumberFormat {

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z-]+)(?::(\\d))?}");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    public static final String DEFAULT = "{seq:4}/{centre}/PLT/{roman-month}/{year}";

    private final String pattern;

    private CertificateNumberFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The format, or the problems with it (bundle keys) when it cannot number certificates safely. */
    public static CertificateNumberFormat of(String pattern) {
        List<String> problems = problems(pattern);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(pattern + ": " + problems);
        }
        return new CertificateNumberFormat(pattern);
    }

    public static List<String> problems(String pattern) {
        List<String> problems = new ArrayList<>();
        if (pattern == null || pattern.isBlank()) {
            problems.add("certificate.settings.numberFormat.required");
            return problems;
        }
        if (pattern.length() > 60) {
            problems.add("certificate.settings.numberFormat.tooLong");
        }
        boolean seq = false;
        boolean year = false;
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            switch (m.group(1)) {
                case "seq" -> seq = true;
                case "year" -> year = true;
                case "centre", "month", "roman-month" -> { }
                default -> problems.add("certificate.settings.numberFormat.unknownToken");
            }
        }
        if (!seq || !year) {
            problems.add("certificate.settings.numberFormat.needsSeqAndYear");
        }
        if (TOKEN.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
            problems.add("certificate.settings.numberFormat.unknownToken");
        }
        return problems.stream().distinct().toList();
    }

    public String number(int sequence, String centreCode, LocalDate issuedOn) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "seq" -> m.group(2) == null ? Integer.toString(sequence)
                        : String.format("%0" + m.group(2) + "d", sequence);
                case "year" -> Integer.toString(issuedOn.getYear());
                case "centre" -> centreCode;
                case "month" -> String.format("%02d", issuedOn.getMonthValue());
                case "roman-month" -> ROMAN[issuedOn.getMonthValue() - 1];
                default -> throw new IllegalStateException(m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String pattern() {
        return pattern;
    }
}

package id.pendamping.assessment.gift;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as GIFT writes them (weights, numerical answers and tolerances). Every number is kept in one
 * canonical form, without trailing zeros, so that {@code 50}, {@code 50.0} and {@code 5E1} are equal in
 * the model and a number written with {@link #format} reads back equal.
 */
final class GiftNumbers {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // No thousands separators and no decimal comma: Moodle reads neither, and guessing would be worse.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?");

    private GiftNumbers() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal parse(String text) {
        String trimmed = text.strip();
        return DECIMAL.matcher(trimmed).matches() ? canonical(new BigDecimal(trimmed)) : null;
    }

    /** The same value without trailing zeros and never in exponent form, or null for null. */
    static BigDecimal canonical(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String format(BigDecimal number) {
        return canonical(number).toPlainString();
    }

    static boolean isPercentage(BigDecimal weight) {
        return weight.abs().compareTo(HUNDRED) <= 0;
    }

    /** A hint for a number that is not one, for the most likely slip of an Indonesian author. */
    static String notANumber(String text) {
        String hint = text.contains(",") ? " (write decimals with a dot, e.g. 3.5)" : "";
        return "'" + text.strip() + "' is not a number" + hint;
    }
}

package id.pendamping.assessment.gift;

import java.math.BigDecimal;

/**
 * An answer's text after its optional weight, as in {@code %50%Bethlehem} or {@code %-33.33333%No one}.
 *
 * @param weight the weight written, or the default of the marker when none is
 * @param rest   what follows the weight
 */
record WeightedText(BigDecimal weight, MarkedText rest) {

    /**
     * The weight and what follows it, or null after reporting a weight that is malformed or outside
     * -100..100. An answer that starts with {@code %} must start with a weight: guessing whether
     * {@code %abc%} was meant as text would hide typing mistakes, and the writer always writes a weight
     * before a text that starts with {@code %}.
     */
    static WeightedText read(Piece piece, BigDecimal defaultWeight, Problems problems) {
        MarkedText text = piece.text();
        if (!text.startsWith("%")) {
            return new WeightedText(defaultWeight, text);
        }
        int close = text.indexOf('%', 1);
        if (close < 0) {
            problems.add(piece.line(), "the weight has no closing %: write it like %50%");
            return null;
        }
        String written = text.slice(1, close).text();
        BigDecimal weight = GiftNumbers.parse(written);
        if (weight == null) {
            problems.add(piece.line(), "weight %" + written + "%: " + GiftNumbers.notANumber(written));
            return null;
        }
        if (!GiftNumbers.isPercentage(weight)) {
            problems.add(piece.line(), "weight " + GiftNumbers.format(weight) + "% is outside -100..100");
            return null;
        }
        return new WeightedText(weight, text.slice(close + 1).trim());
    }
}

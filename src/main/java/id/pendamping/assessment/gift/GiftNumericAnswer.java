package id.pendamping.assessment.gift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One accepted number of a numerical question. {@code 3.5:0.1} is value 3.5 with tolerance 0.1; a range
 * {@code 1..5} is stored the same way, as its exact middle and half width (value 3, tolerance 2), which is
 * also what Moodle stores. All numbers are kept without trailing zeros.
 *
 * <p>The catch-all {@code ~#feedback} of Moodle (feedback for any other number) has no value and no
 * tolerance: see {@link #anyOther}.
 *
 * @param value     the right number, or null for the catch-all
 * @param tolerance how far an answer may be from value and still count, never negative; null for the catch-all
 * @param weight    the credit as a percentage, -100 to 100 (100 unless written {@code =%n%}); 0 for the catch-all
 * @param feedback  what the student sees for an answer in this range, or null
 */
public record GiftNumericAnswer(BigDecimal value, BigDecimal tolerance, BigDecimal weight, String feedback) {

    public GiftNumericAnswer {
        Objects.requireNonNull(weight, "weight");
        if ((value == null) != (tolerance == null)) {
            throw new IllegalArgumentException("value and tolerance are both set, or both null for the catch-all");
        }
        if (tolerance != null && tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance " + tolerance + " is negative");
        }
        if (!GiftNumbers.isPercentage(weight)) {
            throw new IllegalArgumentException("weight " + weight + " is outside -100..100");
        }
        if (value == null && weight.signum() != 0) {
            throw new IllegalArgumentException("the catch-all for any other number earns nothing");
        }
        value = GiftNumbers.canonical(value);
        tolerance = GiftNumbers.canonical(tolerance);
        weight = GiftNumbers.canonical(weight);
    }

    /** A fully right number with a tolerance, {@code {#value:tolerance}}. */
    public static GiftNumericAnswer of(String value, String tolerance) {
        return new GiftNumericAnswer(new BigDecimal(value), new BigDecimal(tolerance), GiftNumbers.HUNDRED, null);
    }

    /** A fully right range, {@code {#min..max}}, stored as its middle and half width. */
    public static GiftNumericAnswer range(BigDecimal min, BigDecimal max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range " + min + ".." + max + " starts after it ends");
        }
        BigDecimal two = BigDecimal.valueOf(2);
        // Halving a decimal always terminates, so both are exact.
        return new GiftNumericAnswer(min.add(max).divide(two), max.subtract(min).divide(two), GiftNumbers.HUNDRED, null);
    }

    /** Moodle's catch-all: the feedback for any number not accepted by the other answers. */
    public static GiftNumericAnswer anyOther(String feedback) {
        return new GiftNumericAnswer(null, null, BigDecimal.ZERO, feedback);
    }

    public boolean isAnyOther() {
        return value == null;
    }

    /** The smallest accepted number; not for the catch-all. */
    public BigDecimal min() {
        return value.subtract(tolerance);
    }

    /** The largest accepted number; not for the catch-all. */
    public BigDecimal max() {
        return value.add(tolerance);
    }

    public GiftNumericAnswer withWeight(BigDecimal newWeight) {
        return new GiftNumericAnswer(value, tolerance, newWeight, feedback);
    }

    public GiftNumericAnswer withFeedback(String newFeedback) {
        return new GiftNumericAnswer(value, tolerance, weight, newFeedback);
    }
}

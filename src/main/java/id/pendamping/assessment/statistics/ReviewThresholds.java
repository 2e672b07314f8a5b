package id.pendamping.assessment.statistics;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The limits that raise {@link ReviewFlag}s. Defaults: too easy above 0.90 facility, too hard below
 * 0.20, low discrimination below 0.20 corrected item-total correlation, at least 10 attempts.
 * Negative discrimination is always "below 0": that is its meaning, not a setting.
 *
 * <p>All limits are strict: a facility of exactly 0.90 is not too easy. Figures within
 * 1e-9 of a limit count as on it, so 9 of 10 right, or a correlation that is 0 but
 * computes as -2e-17, is not flagged because of floating-point noise.
 */
public record ReviewThresholds(double tooEasyAbove, double tooHardBelow, double lowDiscriminationBelow,
                               int minimumAttempts) {

    static final double ROUNDING_SLACK = 1e-9;

    public ReviewThresholds {
        if (!(tooHardBelow >= 0.0 && tooHardBelow <= tooEasyAbove && tooEasyAbove <= 1.0)) {
            throw new IllegalArgumentException("Need 0 <= tooHardBelow <= tooEasyAbove <= 1: " + tooHardBelow + ", " + tooEasyAbove);
        }
        if (!(lowDiscriminationBelow >= -1.0 && lowDiscriminationBelow <= 1.0)) {
            throw new IllegalArgumentException("lowDiscriminationBelow must be within -1..1: " + lowDiscriminationBelow);
        }
        if (minimumAttempts < 0) {
            throw new IllegalArgumentException("minimumAttempts must not be negative: " + minimumAttempts);
        }
    }

    public static ReviewThresholds defaults() {
        return new ReviewThresholds(0.90, 0.20, 0.20, 10);
    }

    public ReviewThresholds withMinimumAttempts(int minimumAttempts) {
        return new ReviewThresholds(tooEasyAbove, tooHardBelow, lowDiscriminationBelow, minimumAttempts);
    }

    /**
     * Flags for one item. A figure that is not computable raises no flag of its own: an item everyone
     * got right has no correlation, and TOO_EASY already says why.
     */
    Set<ReviewFlag> flagsFor(int attempts, OptionalDouble facility, OptionalDouble correctedItemTotalCorrelation) {
        EnumSet<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (attempts < minimumAttempts) {
            flags.add(ReviewFlag.TOO_FEW_ATTEMPTS);
        }
        if (facility.isPresent() && facility.getAsDouble() > tooEasyAbove + ROUNDING_SLACK) {
            flags.add(ReviewFlag.TOO_EASY);
        }
        if (facility.isPresent() && facility.getAsDouble() < tooHardBelow - ROUNDING_SLACK) {
            flags.add(ReviewFlag.TOO_HARD);
        }
        if (correctedItemTotalCorrelation.isPresent()) {
            double r = correctedItemTotalCorrelation.getAsDouble();
            if (r < lowDiscriminationBelow - ROUNDING_SLACK) {
                flags.add(ReviewFlag.LOW_DISCRIMINATION);
            }
            if (r < -ROUNDING_SLACK) {
                flags.add(ReviewFlag.NEGATIVE_DISCRIMINATION);
            }
        }
        return flags;
    }
}

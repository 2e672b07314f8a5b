package id.pendamping.assessment.statistics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A set of scores observed on the same attempts, with the moments the statistics need. Variances
 * are population variances (divide by N); see the package documentation for why.
 */
final class Observations {

    private final double[] values;

    Observations(double[] values) {
        this.values = values.clone();
    }

    int count() {
        return values.length;
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    double mean() {
        requireSome();
        return Arrays.stream(values).sum() / values.length;
    }

    /**
     * Population variance. Exactly 0 when every value is the same: summing identical partial-credit
     * scores can leave a mean a rounding step away from them, and a variance of 1e-33 instead of 0
     * would turn "no spread" into a meaningless correlation.
     */
    double variance() {
        return constant() ? 0.0 : sumOfSquaredDeviations() / values.length;
    }

    double standardDeviation() {
        return Math.sqrt(variance());
    }

    double median() {
        requireSome();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    boolean constant() {
        requireSome();
        return Arrays.stream(values).allMatch(value -> value == values[0]);
    }

    /**
     * Pearson's correlation with observations of the same attempts, in the same order. Not computable
     * with fewer than two attempts or when either side has no spread (the formula would divide by 0).
     */
    OptionalDouble correlationWith(Observations other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("Correlation needs paired observations");
        }
        if (values.length < 2 || constant() || other.constant()) {
            return OptionalDouble.empty();
        }
        double meanX = mean();
        double meanY = other.mean();
        double products = 0.0;
        for (int i = 0; i < values.length; i++) {
            products += (values[i] - meanX) * (other.values[i] - meanY);
        }
        double r = products / Math.sqrt(sumOfSquaredDeviations() * other.sumOfSquaredDeviations());
        // Rounding can push a perfect correlation a hair past 1.
        return OptionalDouble.of(Math.max(-1.0, Math.min(1.0, r)));
    }

    private double sumOfSquaredDeviations() {
        double mean = mean();
        return Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
    }

    private void requireSome() {
        if (values.length == 0) {
            throw new IllegalStateException("No observations");
        }
    }
}

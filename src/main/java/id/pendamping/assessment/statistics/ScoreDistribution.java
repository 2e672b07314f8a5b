package id.pendamping.assessment.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How the attempts' percentages spread: counts in ten bands of 10 points, and their mean, median and
 * population standard deviation. The summary figures are empty when there are no attempts.
 */
public record ScoreDistribution(List<ScoreBand> bands, int attempts, OptionalDouble mean, OptionalDouble median,
                                OptionalDouble standardDeviation) {

    public static final int BAND_WIDTH = 10;
    public static final int BAND_COUNT = 100 / BAND_WIDTH;

    /** A percentage this close below a band's lower bound belongs to that band: 3 x 0.7 sums to 69.999...%. */
    static final double ROUNDING_SLACK = 1e-9;

    public ScoreDistribution {
        bands = List.copyOf(bands);
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(standardDeviation, "standardDeviation");
    }

    public static ScoreDistribution of(ScoreMatrix matrix) {
        double[] percentages = new double[matrix.attemptCount()];
        int[] counts = new int[BAND_COUNT];
        for (int row = 0; row < percentages.length; row++) {
            percentages[row] = matrix.percentage(row);
            counts[bandOf(percentages[row])]++;
        }
        List<ScoreBand> bands = new ArrayList<>();
        for (int band = 0; band < BAND_COUNT; band++) {
            bands.add(new ScoreBand(band * BAND_WIDTH, (band + 1) * BAND_WIDTH, counts[band]));
        }
        if (percentages.length == 0) {
            return new ScoreDistribution(bands, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        Observations observed = new Observations(percentages);
        return new ScoreDistribution(bands, percentages.length, OptionalDouble.of(observed.mean()),
                OptionalDouble.of(observed.median()), OptionalDouble.of(observed.standardDeviation()));
    }

    static int bandOf(double percentage) {
        int band = (int) Math.floor((percentage + ROUNDING_SLACK) / BAND_WIDTH);
        return Math.min(band, BAND_COUNT - 1);
    }

    /** Attempts in the band starting at {@code fromPercent} (0, 10, ... 90). */
    public int attemptsFrom(int fromPercent) {
        return bands.stream().filter(band -> band.fromPercent() == fromPercent).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No band starts at " + fromPercent + "%"))
                .attempts();
    }
}

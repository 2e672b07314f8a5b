package id.pendamping.assessment.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Computes {@link ItemStatistics} for one column of a {@link ScoreMatrix}. */
final class ItemAnalysis {

    private ItemAnalysis() {
    }

    static ItemStatistics of(ScoreMatrix matrix, int column, ReviewThresholds thresholds) {
        List<Double> scores = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        List<Double> scoresWithRest = new ArrayList<>();
        List<Double> restScores = new ArrayList<>();
        for (int row = 0; row < matrix.attemptCount(); row++) {
            if (!matrix.saw(row, column)) {
                continue;
            }
            double score = matrix.cell(row, column);
            scores.add(score);
            totals.add(matrix.percentage(row));
            int otherItems = matrix.itemsSeen(row) - 1;
            // An attempt that saw only this item has no rest score; it cannot say whether the item agrees with the rest.
            if (otherItems > 0) {
                scoresWithRest.add(score);
                restScores.add(restScore(matrix.scoreSum(row), score, otherItems));
            }
        }
        Observations itemScores = new Observations(array(scores));
        OptionalDouble facility = itemScores.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(itemScores.mean());
        OptionalDouble spread = itemScores.isEmpty()
                ? OptionalDouble.empty() : OptionalDouble.of(itemScores.standardDeviation());
        OptionalDouble upperLower = UpperLowerIndex.of(array(scores), array(totals));
        OptionalDouble correlation = new Observations(array(scoresWithRest))
                .correlationWith(new Observations(array(restScores)));
        return new ItemStatistics(matrix.items().get(column), scores.size(), facility, spread, upperLower, correlation,
                thresholds.flagsFor(scores.size(), facility, correlation));
    }

    /**
     * The mean over the other items the attempt saw. With every item seen it is Moodle's rest score
     * divided by k-1, which leaves the correlation unchanged; with items drawn from a blueprint it keeps
     * attempts that saw different numbers of items comparable.
     */
    private static double restScore(double scoreSum, double itemScore, int otherItems) {
        return (scoreSum - itemScore) / otherItems;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

package id.pendamping.assessment.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Cronbach's alpha = k/(k-1) * (1 - sum of item variances / variance of totals), over the items of a
 * set. On right/wrong items the item variance is p(1-p), so alpha is KR-20.
 *
 * <p>Alpha needs complete data: item variances and the total's variance must come from the same
 * attempts, or the ratio means nothing. So it uses only the attempts that saw every item of the set
 * and reports how many that were. With items drawn at random from a blueprint that can be few or none;
 * alpha is then not computable rather than guessed.
 *
 * <p>Population variances throughout; sample variances would scale numerator and denominator by the
 * same N/(N-1) and give the same alpha.
 */
final class CronbachAlpha {

    private CronbachAlpha() {
    }

    static Reliability over(ScoreMatrix matrix, List<Integer> columns) {
        List<Integer> completeRows = new ArrayList<>();
        for (int row = 0; row < matrix.attemptCount(); row++) {
            int attempt = row;
            if (columns.stream().allMatch(column -> matrix.saw(attempt, column))) {
                completeRows.add(row);
            }
        }
        int k = columns.size();
        if (k < 2 || completeRows.size() < 2) {
            return new Reliability(k, completeRows.size(), OptionalDouble.empty());
        }
        double[] totals = new double[completeRows.size()];
        double itemVariances = 0.0;
        for (int column : columns) {
            double[] scores = new double[completeRows.size()];
            for (int i = 0; i < completeRows.size(); i++) {
                scores[i] = matrix.cell(completeRows.get(i), column);
                totals[i] += scores[i];
            }
            itemVariances += new Observations(scores).variance();
        }
        double totalVariance = new Observations(totals).variance();
        if (totalVariance == 0.0) {
            return new Reliability(k, completeRows.size(), OptionalDouble.empty());
        }
        double alpha = (double) k / (k - 1) * (1.0 - itemVariances / totalVariance);
        return new Reliability(k, completeRows.size(), OptionalDouble.of(alpha));
    }
}

package id.pendamping.assessment.statistics;

import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Kelley's upper-lower discrimination index: the item's facility among the best 27 % of the attempts
 * that saw it, ranked by their total percentage (this item included, as the classical index does),
 * minus its facility among the worst 27 %. From -1 to 1.
 *
 * <p>Group size: 27 % of the N attempts that saw the item, rounded half up in integer arithmetic
 * (10 attempts give 3, 50 give 14, 2 give 1), and never below 1. With fewer than 2 attempts there is
 * no upper and lower group, so the index is not computable.
 *
 * <p>Ties: attempts whose totals are equal (within {@link #TIE_TOLERANCE}) and straddle a group
 * boundary all belong to the group, each with the same fractional weight, so that the group still
 * counts exactly its size. Three attempts tied for the last upper place each count for 1/3. This is
 * the average over every order the tied attempts could have been listed in, so the index does not
 * depend on row order and no trainee is arbitrarily in or out. When every attempt ties, both groups
 * are the whole cohort and the index is 0.
 */
final class UpperLowerIndex {

    static final int GROUP_PERCENT = 27;

    /** Totals equal up to rounding noise are a tie: 2/3 summed in two orders may differ in the last bit. */
    static final double TIE_TOLERANCE = 1e-9;

    private UpperLowerIndex() {
    }

    static int groupSize(int attempts) {
        return Math.max(1, (attempts * GROUP_PERCENT + 50) / 100);
    }

    /**
     * @param itemScores       the item's score on each attempt that saw it
     * @param totalPercentages the same attempts' total percentages, in the same order
     */
    static OptionalDouble of(double[] itemScores, double[] totalPercentages) {
        int attempts = itemScores.length;
        if (attempts < 2) {
            return OptionalDouble.empty();
        }
        int[] worstFirst = IntStream.range(0, attempts).boxed()
                .sorted(Comparator.comparingDouble(i -> totalPercentages[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] bestFirst = IntStream.range(0, attempts).map(i -> worstFirst[attempts - 1 - i]).toArray();
        int size = groupSize(attempts);
        double upper = groupFacility(bestFirst, itemScores, totalPercentages, size);
        double lower = groupFacility(worstFirst, itemScores, totalPercentages, size);
        return OptionalDouble.of(upper - lower);
    }

    /** Facility over the first {@code size} places of {@code ranked}, sharing tied places equally. */
    private static double groupFacility(int[] ranked, double[] itemScores, double[] totals, int size) {
        double weightedScores = 0.0;
        int placesLeft = size;
        int blockStart = 0;
        while (placesLeft > 0) {
            int blockEnd = blockStart + 1;
            while (blockEnd < ranked.length
                    && Math.abs(totals[ranked[blockEnd]] - totals[ranked[blockStart]]) <= TIE_TOLERANCE) {
                blockEnd++;
            }
            int blockSize = blockEnd - blockStart;
            int placesTaken = Math.min(placesLeft, blockSize);
            double weight = (double) placesTaken / blockSize;
            for (int place = blockStart; place < blockEnd; place++) {
                weightedScores += weight * itemScores[ranked[place]];
            }
            placesLeft -= placesTaken;
            blockStart = blockEnd;
        }
        return weightedScores / size;
    }
}

package id.pendamping.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Items drawn from a blueprint: not every attempt sees every item. Absent cells are left out, never
 * counted as 0.
 *
 * <pre>
 *        m1 m2 m3 | seen | % (mean over seen items x 100)
 *   A     1  1  - |  2   | 100
 *   B     1  0  1 |  3   | 66.6667
 *   C     0  -  0 |  2   | 0
 *   D     1  1  1 |  3   | 100
 *   E     0  0  0 |  3   | 0
 * </pre>
 */
class MissingItemsTest {

    private static final Offset<Double> TOLERANCE = within(1e-4);

    private final QuizStatistics statistics = QuizStatistics.of(ScoreTable.parse("""
            topic ethics ethics ethics
            item  m1 m2 m3
            A     1  1  -
            B     1  0  1
            C     0  -  0
            D     1  1  1
            E     0  0  0
            """));

    @Test
    void facilityCountsOnlyTheAttemptsThatSawTheItem() {
        // m1: 5 saw it, 3 right -> .6. m2: 4 saw it (not C), 2 right -> .5. m3: 4 (not A), 2 right -> .5.
        assertThat(statistics.item("m1").attempts()).isEqualTo(5);
        assertThat(statistics.item("m1").facility()).hasValueCloseTo(0.6, TOLERANCE);
        assertThat(statistics.item("m2").attempts()).isEqualTo(4);
        assertThat(statistics.item("m2").facility()).hasValueCloseTo(0.5, TOLERANCE);
        assertThat(statistics.item("m3").attempts()).isEqualTo(4);
        assertThat(statistics.item("m3").facility()).hasValueCloseTo(0.5, TOLERANCE);
    }

    @Test
    void restScoreIsTheMeanOverTheOtherItemsSeen() {
        // m1: x = 1 1 0 1 0 (A..E); rest = A m2 = 1; B (0+1)/2 = .5; C m3 = 0; D (1+1)/2 = 1; E 0
        //   mean x .6, mean rest .5; dx .4 .4 -.6 .4 -.6; drest .5 0 -.5 .5 -.5
        //   Sxy = .2 + 0 + .3 + .2 + .3 = 1; Sxx = 3*.16 + 2*.36 = 1.2; Syy = 4*.25 = 1
        //   r = 1 / sqrt(1.2) = .912871
        // m2 (A B D E): x = 1 0 1 0; rest = A 1; B (1+1)/2 = 1; D 1; E 0
        //   mean x .5, mean rest .75; dx .5 -.5 .5 -.5; drest .25 .25 .25 -.75
        //   Sxy = .125 - .125 + .125 + .375 = .5; Sxx = 1; Syy = 3*.0625 + .5625 = .75
        //   r = .5 / sqrt(.75) = .577350
        // m3 (B C D E): x = 1 0 1 0; rest = B (1+0)/2 = .5; C m1 = 0; D 1; E 0
        //   mean x .5, mean rest .375; dx .5 -.5 .5 -.5; drest .125 -.375 .625 -.375
        //   Sxy = .0625 + .1875 + .3125 + .1875 = .75; Sxx = 1; Syy = .015625 + .140625 + .390625 + .140625 = .6875
        //   r = .75 / sqrt(.6875) = .904534
        assertThat(statistics.item("m1").correctedItemTotalCorrelation()).hasValueCloseTo(0.912871, TOLERANCE);
        assertThat(statistics.item("m2").correctedItemTotalCorrelation()).hasValueCloseTo(0.577350, TOLERANCE);
        assertThat(statistics.item("m3").correctedItemTotalCorrelation()).hasValueCloseTo(0.904534, TOLERANCE);
    }

    @Test
    void upperLowerGroupsAreDrawnFromTheAttemptsThatSawTheItem() {
        // m1: 5 saw it, group size round(1.35) = 1. Upper place shared by A and D (both 100 %, 1/2 each):
        //   U = (1 + 1)/2 = 1. Lower place shared by C and E (both 0 %): L = (0 + 0)/2 = 0. D = 1.
        // m2: A B D E saw it, group size round(1.08) = 1. Upper A, D (100 %): U = 1; lower E (0 %): L = 0. D = 1.
        assertThat(statistics.item("m1").upperLowerDiscrimination()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(statistics.item("m2").upperLowerDiscrimination()).hasValueCloseTo(1.0, TOLERANCE);
    }

    @Test
    void alphaUsesOnlyTheAttemptsThatSawEveryItem() {
        // Complete: B (1 0 1), D (1 1 1), E (0 0 0). Totals 2 3 0, mean 5/3,
        //   deviations 1/3 4/3 -5/3, variance (1 + 16 + 25)/9/3 = 14/9.
        // Item variances: m1 (1 1 0) 2/9, m2 (0 1 0) 2/9, m3 (1 1 0) 2/9; sum 6/9.
        // alpha = 3/2 * (1 - (6/9)/(14/9)) = 3/2 * 8/14 = 6/7 = .857143
        Reliability reliability = statistics.reliability();
        assertThat(reliability.attemptsUsed()).isEqualTo(3);
        assertThat(reliability.alpha()).hasValueCloseTo(6.0 / 7, TOLERANCE);
    }

    @Test
    void percentagesAreOverTheItemsSeen() {
        // 100, 66.6667, 0, 100, 0 -> 0-10: 2, 60-70: 1, 90-100: 2.
        // Mean 266.6667/5 = 53.3333; median 66.6667.
        ScoreDistribution distribution = statistics.distribution();
        assertThat(distribution.bands()).extracting(ScoreBand::attempts).containsExactly(2, 0, 0, 0, 0, 0, 1, 0, 0, 2);
        assertThat(distribution.mean()).hasValueCloseTo(53.333333, TOLERANCE);
        assertThat(distribution.median()).hasValueCloseTo(66.666667, TOLERANCE);
    }

    @Test
    void anAttemptThatSawOnlyThisItemHasNoRestScore() {
        // Only B saw another item besides n1, so n1's correlation has one pair: not computable.
        // Its facility and upper-lower index still use both attempts.
        QuizStatistics onlyOne = QuizStatistics.of(ScoreTable.parse("""
                topic ethics ethics
                item  n1 n2
                A     1  -
                B     0  1
                """));
        assertThat(onlyOne.item("n1").attempts()).isEqualTo(2);
        assertThat(onlyOne.item("n1").facility()).hasValueCloseTo(0.5, TOLERANCE);
        assertThat(onlyOne.item("n1").correctedItemTotalCorrelation()).isEmpty();
        assertThat(onlyOne.item("n1").upperLowerDiscrimination()).isPresent();
    }
}

package id.pendamping.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

    private static final Offset<Double> TOLERANCE = within(1e-4);

    @Test
    void distributionOfTheRightWrongQuiz() {
        // Percentages: 100, 80, 60 60 60, 40 40, 20 20 20.
        // Bands: 20-30: 3, 40-50: 2, 60-70: 3, 80-90: 1, 90-100: 1 (100 belongs to the last band).
        // Mean 500/10 = 50. Median of 20 20 20 40 40 | 60 60 60 80 100 = (40 + 60)/2 = 50.
        // SD: deviations -30 x3, -10 x2, +10 x3, +30, +50; squares 2700 + 200 + 300 + 900 + 2500 = 6600;
        //     population variance 660; SD = sqrt(660) = 25.690465.
        ScoreDistribution distribution = QuizStatistics.of(SampleQuizzes.rightWrong()).distribution();
        assertThat(distribution.bands()).extracting(ScoreBand::attempts).containsExactly(0, 0, 3, 0, 2, 0, 3, 0, 1, 1);
        assertThat(distribution.bands()).extracting(ScoreBand::label)
                .containsExactly("0-10", "10-20", "20-30", "30-40", "40-50", "50-60", "60-70", "70-80", "80-90", "90-100");
        assertThat(distribution.attempts()).isEqualTo(10);
        assertThat(distribution.mean()).hasValueCloseTo(50.0, TOLERANCE);
        assertThat(distribution.median()).hasValueCloseTo(50.0, TOLERANCE);
        assertThat(distribution.standardDeviation()).hasValueCloseTo(25.690465, TOLERANCE);
        assertThat(distribution.attemptsFrom(90)).isEqualTo(1);
    }

    @Test
    void distributionWithPartialCredit() {
        // Percentages 81.25, 68.75, 50, 37.5, 12.5, 12.5 -> 10-20: 2, 30-40: 1, 50-60: 1, 60-70: 1, 80-90: 1.
        // Mean 262.5/6 = 43.75. Median (37.5 + 50)/2 = 43.75.
        // SD: deviations 37.5 25 6.25 -6.25 -31.25 -31.25; squares 1406.25 + 625 + 39.0625 + 39.0625
        //     + 976.5625 + 976.5625 = 4062.5; variance 677.083333; SD 26.020825.
        ScoreDistribution distribution = QuizStatistics.of(SampleQuizzes.partialCredit()).distribution();
        assertThat(distribution.bands()).extracting(ScoreBand::attempts).containsExactly(0, 2, 0, 1, 0, 1, 1, 0, 1, 0);
        assertThat(distribution.mean()).hasValueCloseTo(43.75, TOLERANCE);
        assertThat(distribution.median()).hasValueCloseTo(43.75, TOLERANCE);
        assertThat(distribution.standardDeviation()).hasValueCloseTo(26.020825, TOLERANCE);
    }

    @Test
    void bandEdgesBelongToTheUpperBandAndHundredToTheLast() {
        // One-item attempts give percentages 0, 9.99, 10, 89.99, 90, 100.
        // G saw three items scored .7: 0.7 + 0.7 + 0.7 sums to 2.0999999999999996 in doubles, so its
        // percentage computes as 69.99999999999999; it must still count in 70-80, not 60-70.
        ScoreMatrix matrix = ScoreTable.parse("""
                topic x x x
                item  b1 b2 b3
                A     0      -   -
                B     0.0999 -   -
                C     0.1    -   -
                D     0.8999 -   -
                E     0.9    -   -
                F     1      -   -
                G     0.7    0.7 0.7
                """);
        ScoreDistribution distribution = ScoreDistribution.of(matrix);
        assertThat(distribution.bands()).extracting(ScoreBand::attempts).containsExactly(2, 1, 0, 0, 0, 0, 0, 1, 1, 2);
        // Median of 0, 9.99, 10, 70, 89.99, 90, 100 is 70.
        assertThat(distribution.median()).hasValueCloseTo(70.0, TOLERANCE);
    }

    @Test
    void noAttemptsGiveEmptyBandsAndNoFigures() {
        ScoreDistribution distribution = ScoreDistribution.of(ScoreMatrix.builder().item("q1", "ethics").build());
        assertThat(distribution.bands()).hasSize(10).allMatch(band -> band.attempts() == 0);
        assertThat(distribution.attempts()).isZero();
        assertThat(distribution.mean()).isEmpty();
        assertThat(distribution.median()).isEmpty();
        assertThat(distribution.standardDeviation()).isEmpty();
    }
}

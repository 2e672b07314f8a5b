package id.pendamping.assessment.statistics;

import static id.pendamping.assessment.statistics.ReviewFlag.LOW_DISCRIMINATION;
import static id.pendamping.assessment.statistics.ReviewFlag.TOO_EASY;
import static id.pendamping.assessment.statistics.ReviewFlag.TOO_FEW_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EdgeCaseTest {

    private static final Offset<Double> TOLERANCE = within(1e-4);

    @Test
    void anItemEveryoneGotRightHasNoCorrelationAndIsTooEasy() {
        //      e1 e2 e3 | total
        //   A   1  1  1 |  3
        //   B   1  1  0 |  2
        //   C   1  0  1 |  2
        //   D   1  0  0 |  1
        // e1: facility 1, SD 0. Its scores do not vary, so Pearson's r divides by 0: not computable,
        //   and no discrimination flag; TOO_EASY (1 > .90) already says why. Upper-lower: U = L = 1, D = 0.
        // e2: rest = e1 + e3 = 2 1 2 1, x = 1 1 0 0: dx .5 .5 -.5 -.5, drest .5 -.5 .5 -.5, Sxy = 0 -> r = 0:
        //   low discrimination but NOT negative.
        //   Upper-lower: group size round(1.08) = 1; upper A: 1; lower D: 0; D = 1.
        // alpha: item variances 0 + .25 + .25 = .5; totals 3 2 2 1, mean 2, variance (1+0+0+1)/4 = .5
        //   alpha = 3/2 * (1 - .5/.5) = 0
        QuizStatistics statistics = QuizStatistics.of(ScoreTable.parse("""
                topic ethics ethics ethics
                item  e1 e2 e3
                A     1  1  1
                B     1  1  0
                C     1  0  1
                D     1  0  0
                """));
        ItemStatistics e1 = statistics.item("e1");
        assertThat(e1.facility()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(e1.standardDeviation()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(e1.correctedItemTotalCorrelation()).isEmpty();
        assertThat(e1.upperLowerDiscrimination()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(e1.flags()).containsExactly(TOO_EASY, TOO_FEW_ATTEMPTS);

        ItemStatistics e2 = statistics.item("e2");
        assertThat(e2.correctedItemTotalCorrelation()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(e2.upperLowerDiscrimination()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(e2.flags()).containsExactly(LOW_DISCRIMINATION, TOO_FEW_ATTEMPTS);

        assertThat(statistics.reliability().alpha()).hasValueCloseTo(0.0, TOLERANCE);
    }

    @Test
    void aSingleAttempt() {
        // One attempt, scores 1 and .5: facilities 1 and .5, SD 0 (population: a single value does not
        // spread). No upper and lower group, no correlation, no alpha (needs 2 attempts).
        // Percentage (1 + .5)/2 = 75 -> band 70-80; mean = median = 75, SD 0.
        QuizStatistics statistics = QuizStatistics.of(ScoreTable.parse("""
                topic ethics ethics
                item  s1 s2
                A     1  0.5
                """));
        ItemStatistics s1 = statistics.item("s1");
        assertThat(s1.attempts()).isEqualTo(1);
        assertThat(s1.facility()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(s1.standardDeviation()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(s1.upperLowerDiscrimination()).isEmpty();
        assertThat(s1.correctedItemTotalCorrelation()).isEmpty();
        assertThat(s1.flags()).containsExactly(TOO_EASY, TOO_FEW_ATTEMPTS);
        assertThat(s1.reliable()).isFalse();
        assertThat(statistics.item("s2").flags()).containsExactly(TOO_FEW_ATTEMPTS);

        assertThat(statistics.reliability().alpha()).isEmpty();
        assertThat(statistics.reliability().attemptsUsed()).isEqualTo(1);

        ScoreDistribution distribution = statistics.distribution();
        assertThat(distribution.attemptsFrom(70)).isEqualTo(1);
        assertThat(distribution.mean()).hasValueCloseTo(75.0, TOLERANCE);
        assertThat(distribution.median()).hasValueCloseTo(75.0, TOLERANCE);
        assertThat(distribution.standardDeviation()).hasValueCloseTo(0.0, TOLERANCE);
    }

    @Test
    void anEmptyMatrix() {
        QuizStatistics statistics = QuizStatistics.of(ScoreMatrix.builder().build());
        assertThat(statistics.items()).isEmpty();
        assertThat(statistics.itemsToReview()).isEmpty();
        assertThat(statistics.reliability().alpha()).isEmpty();
        assertThat(statistics.reliability().itemCount()).isZero();
        assertThat(statistics.reliabilityByTopic()).isEmpty();
        assertThat(statistics.distribution().attempts()).isZero();
        assertThat(statistics.distribution().mean()).isEmpty();
    }

    @Test
    void itemsNobodySawHaveNoFiguresOnlyTooFewAttempts() {
        QuizStatistics statistics = QuizStatistics.of(ScoreMatrix.builder()
                .item("q1", "ethics").item("q2", "ethics").build());
        ItemStatistics q1 = statistics.item("q1");
        assertThat(q1.attempts()).isZero();
        assertThat(q1.facility()).isEmpty();
        assertThat(q1.standardDeviation()).isEmpty();
        assertThat(q1.upperLowerDiscrimination()).isEmpty();
        assertThat(q1.correctedItemTotalCorrelation()).isEmpty();
        assertThat(q1.flags()).containsExactly(TOO_FEW_ATTEMPTS);
        assertThat(statistics.reliabilityOf("ethics").alpha()).isEmpty();
    }

    @Test
    void identicalPartialCreditScoresHaveExactlyNoSpread() {
        // 0.1 three times sums to 0.30000000000000004, so a naive mean-based variance is about 1e-33
        // rather than 0. The item must still count as having no spread: no correlation.
        QuizStatistics statistics = QuizStatistics.of(ScoreTable.parse("""
                topic ethics ethics
                item  c1 c2
                A     0.1 1
                B     0.1 0
                C     0.1 1
                """));
        assertThat(statistics.item("c1").standardDeviation().getAsDouble()).isZero();
        assertThat(statistics.item("c1").correctedItemTotalCorrelation()).isEmpty();
    }
}

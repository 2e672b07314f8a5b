package id.pendamping.assessment.statistics;

import static id.pendamping.assessment.statistics.ReviewFlag.LOW_DISCRIMINATION;
import static id.pendamping.assessment.statistics.ReviewFlag.NEGATIVE_DISCRIMINATION;
import static id.pendamping.assessment.statistics.ReviewFlag.TOO_EASY;
import static id.pendamping.assessment.statistics.ReviewFlag.TOO_FEW_ATTEMPTS;
import static id.pendamping.assessment.statistics.ReviewFlag.TOO_HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReviewFlagTest {

    @Test
    void defaultThresholdsOnTheRightWrongQuiz() {
        // From ItemStatisticsTest: facility .9 .6 .5 .4 .1; correlation .1667 .5626 .6708 -.0669 .4789.
        // q1: .9 is not ABOVE .90 -> not too easy; .1667 < .20 -> low discrimination
        // q2, q3: nothing
        // q4: -.0669 < .20 and < 0 -> low and negative discrimination
        // q5: .1 < .20 -> too hard (it discriminates well: the one who got it is the best attempt)
        // 10 attempts saw every item: not below the default minimum of 10.
        QuizStatistics statistics = QuizStatistics.of(SampleQuizzes.rightWrong());
        assertThat(statistics.item("q1").flags()).containsExactly(LOW_DISCRIMINATION);
        assertThat(statistics.item("q2").flags()).isEmpty();
        assertThat(statistics.item("q3").flags()).isEmpty();
        assertThat(statistics.item("q4").flags()).containsExactly(LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION);
        assertThat(statistics.item("q5").flags()).containsExactly(TOO_HARD);
        assertThat(statistics.itemsToReview()).extracting(ItemStatistics::itemKey).containsExactly("q1", "q4", "q5");
        assertThat(statistics.items()).allMatch(ItemStatistics::reliable);
    }

    @Test
    void tooFewAttemptsKeepsTheOtherFlagsButMarksThemUnreliable() {
        QuizStatistics statistics = QuizStatistics.of(SampleQuizzes.rightWrong(),
                ReviewThresholds.defaults().withMinimumAttempts(11));
        assertThat(statistics.item("q2").flags()).containsExactly(TOO_FEW_ATTEMPTS);
        assertThat(statistics.item("q4").flags())
                .containsExactly(LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION, TOO_FEW_ATTEMPTS);
        assertThat(statistics.item("q5").flags()).containsExactly(TOO_HARD, TOO_FEW_ATTEMPTS);
        assertThat(statistics.items()).noneMatch(ItemStatistics::reliable);
        // The figures themselves are unchanged.
        assertThat(statistics.item("q5").facility()).hasValueCloseTo(0.1, within(1e-4));
    }

    @Test
    void stricterThresholdsFlagMore() {
        // Too easy above .85 catches q1 (.9); low discrimination below .60 now also catches q2 (.5626)
        // but not q3 (.6708); too hard below .45 catches q4 (.4) as well as q5 (.1).
        QuizStatistics statistics = QuizStatistics.of(SampleQuizzes.rightWrong(),
                new ReviewThresholds(0.85, 0.45, 0.60, 10));
        assertThat(statistics.item("q1").flags()).containsExactly(TOO_EASY, LOW_DISCRIMINATION);
        assertThat(statistics.item("q2").flags()).containsExactly(LOW_DISCRIMINATION);
        assertThat(statistics.item("q3").flags()).isEmpty();
        assertThat(statistics.item("q4").flags()).containsExactly(TOO_HARD, LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION);
        assertThat(statistics.item("q5").flags()).containsExactly(TOO_HARD, LOW_DISCRIMINATION);
    }

    @Test
    void limitsAreStrictAndIgnoreRoundingNoise() {
        ReviewThresholds defaults = ReviewThresholds.defaults();
        assertThat(defaults.flagsFor(10, OptionalDouble.of(0.9), OptionalDouble.of(0.2))).isEmpty();
        assertThat(defaults.flagsFor(10, OptionalDouble.of(0.9 + 1e-12), OptionalDouble.of(0.2 - 1e-12))).isEmpty();
        assertThat(defaults.flagsFor(10, OptionalDouble.of(0.2 - 1e-12), OptionalDouble.of(-2e-17)))
                .containsExactly(LOW_DISCRIMINATION);
        assertThat(defaults.flagsFor(10, OptionalDouble.of(0.9001), OptionalDouble.of(-0.0001)))
                .containsExactly(TOO_EASY, LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION);
        assertThat(defaults.flagsFor(9, OptionalDouble.of(0.5), OptionalDouble.of(0.5))).containsExactly(TOO_FEW_ATTEMPTS);
    }

    @Test
    void figuresThatCannotBeComputedRaiseNoFlagOfTheirOwn() {
        assertThat(ReviewThresholds.defaults().flagsFor(10, OptionalDouble.empty(), OptionalDouble.empty())).isEmpty();
        assertThat(ReviewThresholds.defaults().flagsFor(0, OptionalDouble.empty(), OptionalDouble.empty()))
                .containsExactly(TOO_FEW_ATTEMPTS);
    }

    @Test
    void defaultsAreTheAgreedOnes() {
        assertThat(ReviewThresholds.defaults()).isEqualTo(new ReviewThresholds(0.90, 0.20, 0.20, 10));
    }

    @Test
    void nonsensicalThresholdsAreRejected() {
        assertThatThrownBy(() -> new ReviewThresholds(0.2, 0.9, 0.2, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewThresholds(1.1, 0.2, 0.2, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewThresholds(0.9, 0.2, 1.5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewThresholds(0.9, 0.2, 0.2, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

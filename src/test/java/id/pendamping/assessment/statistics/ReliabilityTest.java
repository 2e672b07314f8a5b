package id.pendamping.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Cronbach's alpha, worked by hand from the tables in {@link SampleQuizzes}. */
class ReliabilityTest {

    private static final Offset<Double> TOLERANCE = within(1e-4);

    @Test
    void alphaOfTheRightWrongQuiz() {
        // k = 5, sum of item variances = .09 + .24 + .25 + .24 + .09 = .91, variance of totals = 1.65
        // alpha = 5/4 * (1 - .91/1.65) = 1.25 * .74/1.65 = 1.25 * .448485 = .560606 (= 37/66)
        Reliability quiz = QuizStatistics.of(SampleQuizzes.rightWrong()).reliability();
        assertThat(quiz.alpha()).hasValueCloseTo(37.0 / 66, TOLERANCE);
        assertThat(quiz.itemCount()).isEqualTo(5);
        assertThat(quiz.attemptsUsed()).isEqualTo(10);
    }

    @Test
    void onRightWrongItemsAlphaIsKr20() {
        // KR-20 = k/(k-1) * (1 - sum p(1-p) / var(total)), built here only from what the report shows:
        // p from each item's facility, var(total) from the distribution's SD of percentages converted back
        // to raw points (x k / 100): 25.690465 * 5/100 = 1.284523, squared 1.65.
        // KR-20 = 1.25 * (1 - .91/1.65) = .560606, the same as alpha.
        QuizStatistics statistics = QuizStatistics.of(SampleQuizzes.rightWrong());
        int k = statistics.items().size();
        double sumPq = statistics.items().stream()
                .mapToDouble(item -> item.facility().getAsDouble() * (1 - item.facility().getAsDouble()))
                .sum();
        double totalSd = statistics.distribution().standardDeviation().getAsDouble() * k / 100;
        double kr20 = (double) k / (k - 1) * (1 - sumPq / (totalSd * totalSd));

        assertThat(sumPq).isCloseTo(0.91, TOLERANCE);
        assertThat(totalSd * totalSd).isCloseTo(1.65, TOLERANCE);
        assertThat(kr20).isCloseTo(0.560606, TOLERANCE);
        assertThat(statistics.reliability().alpha()).hasValueCloseTo(kr20, within(1e-9));
    }

    @Test
    void sampleVariancesWouldGiveTheSameAlpha() {
        // With N-1 instead of N every variance grows by 10/9, which cancels in the ratio:
        // item variances .91 * 10/9 = 1.011111, total 1.65 * 10/9 = 1.833333, 1.011111/1.833333 = .551515
        // = .91/1.65, so alpha = 1.25 * (1 - .551515) = .560606 again.
        double ratio = (0.91 * 10 / 9) / (1.65 * 10 / 9);
        assertThat(1.25 * (1 - ratio)).isCloseTo(
                QuizStatistics.of(SampleQuizzes.rightWrong()).reliability().alpha().getAsDouble(), TOLERANCE);
    }

    @Test
    void alphaPerTopic() {
        // ethics = q1, q2, q3. Topic totals 3 3 3 3 3 2 1 1 0 1: sum 20, mean 2,
        //   sum of squares 45+4+1+1+0+1 = 52, variance 5.2 - 4 = 1.2; item variances .09+.24+.25 = .58
        //   alpha = 3/2 * (1 - .58/1.2) = 1.5 * .516667 = .775
        // referral = q4, q5. Topic totals 2 1 0 0 0 0 1 0 1 0: sum 5, mean .5,
        //   sum of squares 4+1+1+1 = 7, variance .7 - .25 = .45; item variances .24+.09 = .33
        //   alpha = 2/1 * (1 - .33/.45) = 2 * .266667 = .533333
        QuizStatistics statistics = QuizStatistics.of(SampleQuizzes.rightWrong());
        assertThat(statistics.reliabilityByTopic()).containsOnlyKeys("ethics", "referral");
        assertThat(statistics.reliabilityByTopic().keySet()).containsExactly("ethics", "referral");
        assertThat(statistics.reliabilityOf("ethics").alpha()).hasValueCloseTo(0.775, TOLERANCE);
        assertThat(statistics.reliabilityOf("ethics").itemCount()).isEqualTo(3);
        assertThat(statistics.reliabilityOf("referral").alpha()).hasValueCloseTo(0.533333, TOLERANCE);
        assertThat(statistics.reliabilityOf("referral").itemCount()).isEqualTo(2);
    }

    @Test
    void alphaWithPartialCredit() {
        // k = 4, sum of item variances = 48/144 = 1/3, variance of totals = 13/12 (see SampleQuizzes)
        // alpha = 4/3 * (1 - (1/3)/(13/12)) = 4/3 * (1 - 4/13) = 4/3 * 9/13 = 12/13 = .923077
        // techniques = p1, p2: totals 1.75 1.75 1 .75 .5 .25, mean 1, deviations .75 .75 0 -.25 -.5 -.75,
        //   squares .5625+.5625+0+.0625+.25+.5625 = 2, variance 2/6 = 1/3; items 15/144 + 12/144 = 27/144
        //   alpha = 2 * (1 - (27/144)/(48/144)) = 2 * 21/48 = .875
        // functions = p3, p4: totals 1.5 1 1 .75 0 .25, mean .75, deviations .75 .25 .25 0 -.75 -.5,
        //   squares .5625+.0625+.0625+0+.5625+.25 = 1.5, variance .25; items 15/144 + 6/144 = 21/144
        //   alpha = 2 * (1 - (21/144)/(36/144)) = 2 * 15/36 = .833333
        QuizStatistics statistics = QuizStatistics.of(SampleQuizzes.partialCredit());
        assertThat(statistics.reliability().alpha()).hasValueCloseTo(12.0 / 13, TOLERANCE);
        assertThat(statistics.reliabilityOf("techniques").alpha()).hasValueCloseTo(0.875, TOLERANCE);
        assertThat(statistics.reliabilityOf("functions").alpha()).hasValueCloseTo(0.833333, TOLERANCE);
    }

    @Test
    void notComputableWithOneItem() {
        ScoreMatrix oneItem = ScoreTable.parse("""
                topic ethics
                item  q1
                A     1
                B     0
                """);
        Reliability reliability = QuizStatistics.of(oneItem).reliability();
        assertThat(reliability.alpha()).isEmpty();
        assertThat(reliability.computable()).isFalse();
        assertThat(reliability.itemCount()).isEqualTo(1);
    }

    @Test
    void notComputableWithoutSpreadInTheTotals() {
        // Totals 1 1 1: variance 0, alpha would divide by 0.
        ScoreMatrix flat = ScoreTable.parse("""
                topic ethics ethics
                item  q1 q2
                A     1  0
                B     0  1
                C     1  0
                """);
        Reliability reliability = QuizStatistics.of(flat).reliability();
        assertThat(reliability.alpha()).isEmpty();
        assertThat(reliability.attemptsUsed()).isEqualTo(3);
    }

    @Test
    void aTopicWithOneItemHasNoAlphaWhileTheQuizHasOne() {
        ScoreMatrix matrix = ScoreTable.parse("""
                topic ethics ethics referral
                item  q1 q2 q3
                A     1  1  1
                B     1  0  0
                C     0  0  1
                """);
        QuizStatistics statistics = QuizStatistics.of(matrix);
        assertThat(statistics.reliabilityOf("referral").alpha()).isEmpty();
        assertThat(statistics.reliabilityOf("ethics").alpha()).isPresent();
        assertThat(CronbachAlpha.over(matrix, List.of(0, 1, 2)).alpha()).isPresent();
    }
}

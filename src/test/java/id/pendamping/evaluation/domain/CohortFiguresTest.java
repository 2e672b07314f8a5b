package id.pendamping.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CohortFiguresTest {

    private static CohortFigures.Standing trainee(int progress, String pre, String post) {
        return new CohortFigures.Standing(progress, pre == null ? null : new BigDecimal(pre),
                post == null ? null : new BigDecimal(post));
    }

    @Test
    void countsCompletionPassAndGainOverTheTraineesWhoTookTheTests() {
        CohortFigures f = CohortFigures.tally(List.of(trainee(100, "40", "80"), trainee(100, null, "60"),
                trainee(50, "20", null), trainee(0, null, null)), new BigDecimal("70"), 3, OptionalDouble.of(4.25), 1);
        assertThat(f.enrolled()).isEqualTo(4);
        assertThat(f.complete()).isEqualTo(2);
        assertThat(f.completionPercent()).isEqualTo(50);
        assertThat(f.postTestTaken()).isEqualTo(2);
        assertThat(f.postTestPassed()).isEqualTo(1);
        assertThat(f.passRate()).isEqualTo(50);
        assertThat(f.gainPoints()).as("only the trainee who took both tests").contains(new BigDecimal("40.00"));
        assertThat(f.reactionResponses()).isEqualTo(3);
        assertThat(f.certificates()).isEqualTo(1);
    }

    @Test
    void aPassMarkIsReachedExactly() {
        CohortFigures f = CohortFigures.tally(List.of(trainee(100, null, "70.00")), new BigDecimal("70"), 0,
                OptionalDouble.empty(), 0);
        assertThat(f.passRate()).isEqualTo(100);
    }

    @Test
    void anEmptyCohortHasNoRatesRatherThanZero() {
        CohortFigures f = CohortFigures.tally(List.of(), new BigDecimal("70"), 0, OptionalDouble.empty(), 0);
        assertThat(f.completionPercent()).isNull();
        assertThat(f.passRate()).isNull();
        assertThat(f.gain()).isEmpty();
    }

    @Test
    void withoutAPostTestNobodyTookIt() {
        CohortFigures f = CohortFigures.tally(List.of(trainee(100, "50", "90")), null, 0, OptionalDouble.empty(), 0);
        assertThat(f.postTestTaken()).isZero();
        assertThat(f.passRate()).isNull();
    }

    @Test
    void percentsRoundHalfUp() {
        assertThat(CohortFigures.percent(1, 3)).isEqualTo(33);
        assertThat(CohortFigures.percent(2, 3)).isEqualTo(67);
        assertThat(CohortFigures.percent(1, 8)).isEqualTo(13);
        assertThat(CohortFigures.percent(0, 0)).isNull();
    }

    @Test
    void theRatingMeanWeighsEveryAnswerOfEveryStatement() {
        SurveyQuestions.Question q = new SurveyQuestions.Question("q1", SurveyQuestions.Type.SCALE, "a", "a");
        List<ReactionResults.Scale> scales = List.of(
                new ReactionResults.Scale(q, new int[]{0, 0, 0, 1, 1}, 2, OptionalDouble.of(4.5)),
                new ReactionResults.Scale(q, new int[]{0, 0, 1, 0, 0}, 1, OptionalDouble.of(3)));
        assertThat(CohortFigures.ratingMean(scales).getAsDouble()).isEqualTo(4.0);
        assertThat(CohortFigures.ratingMean(List.of())).isEmpty();
    }
}

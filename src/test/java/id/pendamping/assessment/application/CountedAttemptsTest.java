package id.pendamping.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.application.CountedAttempts.GradedAttempt;
import id.pendamping.assessment.application.CountedAttempts.ScoredItem;
import id.pendamping.assessment.statistics.QuizItem;
import id.pendamping.assessment.statistics.ScoreMatrix;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which attempts a cohort's item statistics count, and how their scores become the score matrix. */
class CountedAttemptsTest {

    @Test
    void eachTraineeCountsOnceWithTheirFirstAttemptWhateverTheOrderTheyArriveIn() {
        List<GradedAttempt> graded = List.of(
                new GradedAttempt(12, 1, 2),
                new GradedAttempt(11, 1, 1),
                new GradedAttempt(21, 2, 1),
                new GradedAttempt(13, 1, 3));

        assertThat(CountedAttempts.firstPerTrainee(graded)).containsExactly(
                new GradedAttempt(11, 1, 1),
                new GradedAttempt(21, 2, 1));
    }

    @Test
    void anEssayWaitingForItsAssessorIsAbsentNotZero() {
        ScoreMatrix matrix = CountedAttempts.matrix(
                List.of(new GradedAttempt(1, 1, 1), new GradedAttempt(2, 2, 1)),
                List.of(scored(1, "a", "goals", "1"), scored(1, "essay", "goals", null),
                        scored(2, "a", "goals", "0"), scored(2, "essay", "goals", "0.5")),
                List.of("goals"));

        assertThat(matrix.score("attempt-1", "essay")).isEmpty();
        assertThat(matrix.score("attempt-2", "essay")).hasValue(0.5);
        assertThat(matrix.score("attempt-1", "a")).hasValue(1.0);
    }

    @Test
    void anAttemptWithNothingScoredYetIsLeftOutRatherThanReplacedByALaterOne() {
        ScoreMatrix matrix = CountedAttempts.matrix(
                List.of(new GradedAttempt(1, 1, 1), new GradedAttempt(2, 2, 1)),
                List.of(scored(1, "essay", "goals", null), scored(2, "a", "goals", "1"),
                        scored(3, "a", "goals", "0")),
                List.of("goals"));

        assertThat(matrix.attemptKeys()).as("attempt 3 is not counted, attempt 1 has no score yet").containsExactly("attempt-2");
        assertThat(matrix.items()).extracting(QuizItem::key).containsExactly("a");
    }

    @Test
    void columnsFollowTheQuizsTopicsThenTheItemKey() {
        ScoreMatrix matrix = CountedAttempts.matrix(
                List.of(new GradedAttempt(1, 1, 1)),
                List.of(scored(1, "g2", "goals", "1"), scored(1, "x1", "impact", "0"),
                        scored(1, "d1", "definitions", "1"), scored(1, "g1", "goals", "0"),
                        scored(1, "o1", "other", "1")),
                List.of("goals", "definitions", "impact"));

        assertThat(matrix.items()).extracting(QuizItem::key).containsExactly("g1", "g2", "d1", "x1", "o1");
        assertThat(matrix.topics()).containsExactly("goals", "definitions", "impact", "other");
    }

    @Test
    void noAttemptGivesAnEmptyMatrix() {
        ScoreMatrix matrix = CountedAttempts.matrix(List.of(), List.of(), List.of("goals"));

        assertThat(matrix.attemptCount()).isZero();
        assertThat(matrix.itemCount()).isZero();
    }

    private static ScoredItem scored(long attempt, String key, String topic, String score) {
        return new ScoredItem(attempt, key, topic, score == null ? null : new BigDecimal(score));
    }
}

package id.pendamping.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.domain.AttemptResult;
import id.pendamping.assessment.domain.AttemptTiming;
import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.DrawnItem;
import id.pendamping.assessment.domain.Grading;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.assessment.domain.LearningGain;
import id.pendamping.assessment.domain.Response;
import id.pendamping.assessment.domain.SavedAnswer;
import id.pendamping.curriculum.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines, answer sequencing, grading of an attempt and across attempts, and the learning gain. */
class AttemptRulesTest {

    private static final LocalizedText T = new LocalizedText("teks", "text");
    private final Instant start = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void theDeadlineIncludesExtraTimeAndAnswersCountUntilTheGraceRunsOut() {
        Instant deadline = AttemptTiming.deadline(start, Duration.ofMinutes(30), Duration.ofMinutes(10));
        assertThat(deadline).isEqualTo(start.plus(Duration.ofMinutes(40)));
        assertThat(AttemptTiming.accepts(deadline.plusSeconds(60), deadline, AttemptTiming.DEFAULT_GRACE)).isTrue();
        assertThat(AttemptTiming.accepts(deadline.plusSeconds(61), deadline, AttemptTiming.DEFAULT_GRACE)).isFalse();
        assertThat(AttemptTiming.overdue(deadline.plusSeconds(61), deadline, AttemptTiming.DEFAULT_GRACE)).isTrue();
    }

    @Test
    void onlyANewerAnswerReplacesTheSavedOne() {
        SavedAnswer saved = new SavedAnswer(3, new Response.Choice(1), 7);
        assertThat(saved.isOlderThan(8)).isTrue();
        assertThat(saved.isOlderThan(7)).as("the same answer resent").isFalse();
        assertThat(saved.isOlderThan(6)).as("an older answer arriving late").isFalse();
    }

    @Test
    void anAttemptIsGradedPerTopicWithEssaysPending() {
        List<DrawnItem> items = List.of(
                drawn(0, "definitions", new ItemBody.TrueFalse(true, null, null)),
                drawn(1, "definitions", new ItemBody.SingleChoice(options("0", "1", "0"))),
                drawn(2, "impact", new ItemBody.MultipleResponse(options("0.5", "0.5", "-1"))),
                drawn(3, "impact", new ItemBody.Essay(T)));
        Map<Integer, Response> answers = Map.of(0, new Response.TrueFalse(true), 2, new Response.Choices(java.util.Set.of(0)),
                3, new Response.Text("esai"));
        AttemptResult result = AttemptResult.grade(items, answers, new BigDecimal("70"));
        assertThat(result.points()).isEqualByComparingTo("1.5");
        assertThat(result.maxPoints()).isEqualTo(3);
        assertThat(result.percent()).isEqualByComparingTo("50.00");
        assertThat(result.passed()).isFalse();
        assertThat(result.essaysPending()).isEqualTo(1);
        assertThat(result.byTopic().get("definitions").percent()).isEqualByComparingTo("50.00");
        assertThat(result.byTopic().get("impact").percent()).isEqualByComparingTo("50.00");
    }

    @Test
    void passingIsAtOrAboveThePassMark() {
        List<DrawnItem> items = List.of(drawn(0, "goals", new ItemBody.TrueFalse(true, null, null)));
        assertThat(AttemptResult.grade(items, Map.of(0, new Response.TrueFalse(true)), new BigDecimal("100")).passed()).isTrue();
    }

    @Test
    void gradingAcrossAttempts() {
        List<BigDecimal> percents = List.of(new BigDecimal("60"), new BigDecimal("85"), new BigDecimal("70"));
        assertThat(Grading.HIGHEST.of(percents)).contains(new BigDecimal("85"));
        assertThat(Grading.FIRST.of(percents)).contains(new BigDecimal("60"));
        assertThat(Grading.LAST.of(percents)).contains(new BigDecimal("70"));
        assertThat(Grading.AVERAGE.of(percents)).contains(new BigDecimal("71.67"));
        assertThat(Grading.HIGHEST.of(List.of())).isEmpty();
    }

    @Test
    void learningGainPerTraineeAndPerCohort() {
        LearningGain budi = new LearningGain(new BigDecimal("40"), new BigDecimal("70"));
        assertThat(budi.points()).isEqualByComparingTo("30");
        assertThat(budi.normalised()).get().satisfies(g -> assertThat(g).isEqualByComparingTo("0.5"));
        LearningGain sari = new LearningGain(new BigDecimal("80"), new BigDecimal("90"));
        assertThat(sari.normalised()).get().satisfies(g -> assertThat(g).isEqualByComparingTo("0.5"));
        assertThat(new LearningGain(new BigDecimal("100"), new BigDecimal("100")).normalised()).isEmpty();
        LearningGain cohort = LearningGain.ofCohort(List.of(budi, sari)).orElseThrow();
        assertThat(cohort.pre()).isEqualByComparingTo("60");
        assertThat(cohort.post()).isEqualByComparingTo("80");
        assertThat(cohort.normalised()).get().satisfies(g -> assertThat(g).isEqualByComparingTo("0.5"));
    }

    private static DrawnItem drawn(int position, String topic, ItemBody body) {
        return new DrawnItem(position, new Item("i" + position, "m", topic, CognitiveLevel.APPLY, null, false, T, body, null),
                List.of());
    }

    private static List<Item.Option> options(String... weights) {
        return java.util.Arrays.stream(weights).map(w -> new Item.Option(T, new BigDecimal(w), null)).toList();
    }
}

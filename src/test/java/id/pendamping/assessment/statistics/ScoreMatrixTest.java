package id.pendamping.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreMatrixTest {

    @Test
    void absentCellsAreNotZero() {
        ScoreMatrix matrix = ScoreTable.parse("""
                topic ethics referral
                item  q1 q2
                A     1  -
                B     0  0.5
                """);
        assertThat(matrix.score("A", "q2")).isEmpty();
        assertThat(matrix.score("B", "q1")).hasValue(0.0);
        assertThat(matrix.score("B", "q2")).hasValue(0.5);
        assertThat(matrix.attemptKeys()).containsExactly("A", "B");
        assertThat(matrix.topics()).containsExactly("ethics", "referral");
    }

    @Test
    void acceptsTheScorersBigDecimals() {
        ScoreMatrix matrix = ScoreMatrix.builder().item("q1", "ethics")
                .attempt("budi", Map.of("q1", new BigDecimal("0.6667")))
                .build();
        assertThat(matrix.score("budi", "q1").getAsDouble()).isCloseTo(0.6667, within(1e-12));
    }

    @Test
    void rejectsScoresOutsideZeroToOne() {
        ScoreMatrix.Builder builder = ScoreMatrix.builder().item("q1", "ethics").attempt("budi", Map.of("q1", 1.5));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1");
        ScoreMatrix.Builder nan = ScoreMatrix.builder().item("q1", "ethics").attempt("budi", Map.of("q1", Double.NaN));
        assertThatThrownBy(nan::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullScoresSinceAbsentItemsAreLeftOut() {
        Map<String, Double> scores = new HashMap<>();
        scores.put("q1", null);
        ScoreMatrix.Builder builder = ScoreMatrix.builder().item("q1", "ethics").attempt("budi", scores);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is null");
    }

    @Test
    void rejectsUnknownItemsDuplicatesAndAttemptsThatSawNothing() {
        assertThatThrownBy(() -> ScoreMatrix.builder().item("q1", "ethics").attempt("budi", Map.of("q9", 1.0)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown item 'q9'");
        assertThatThrownBy(() -> ScoreMatrix.builder().item("q1", "ethics").item("q1", "referral"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreMatrix.builder().item("q1", "ethics")
                .attempt("budi", Map.of("q1", 1.0)).attempt("budi", Map.of("q1", 0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the one that counts");
        assertThatThrownBy(() -> ScoreMatrix.builder().item("q1", "ethics").attempt("budi", Map.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("saw no item");
        assertThatThrownBy(() -> ScoreMatrix.builder().item("q1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package id.pendamping.assessment.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GiftQuestionTest {

    @Test
    void ignoresTheLineInEquality() {
        GiftQuestion question = GiftQuestion.builder(GiftType.ESSAY, "Q").line(3).build();
        assertThat(question).isEqualTo(question.withLine(40)).hasSameHashCodeAs(question.withLine(40));
        assertThat(question.withLine(40).line()).isEqualTo(40);
        assertThat(question).isNotEqualTo(GiftQuestion.builder(GiftType.ESSAY, "Q").name("n").build());
    }

    @Test
    void keepsNumbersInOneFormSoEqualValuesAreEqual() {
        assertThat(GiftAnswer.weighted("50.00", "a")).isEqualTo(GiftAnswer.weighted("5E1", "a"));
        assertThat(GiftNumericAnswer.of("3.50", "0.10")).isEqualTo(GiftNumericAnswer.of("3.5", "0.1"));
        assertThat(GiftNumericAnswer.of("1E3", "0").value().toPlainString()).isEqualTo("1000");
    }

    @Test
    void storesARangeExactly() {
        GiftNumericAnswer range = GiftNumericAnswer.range(new BigDecimal("0.1"), new BigDecimal("0.2"));
        assertThat(range.value()).isEqualTo(new BigDecimal("0.15"));
        assertThat(range.tolerance()).isEqualTo(new BigDecimal("0.05"));
        assertThat(range.min()).isEqualByComparingTo("0.1");
        assertThat(range.max()).isEqualByComparingTo("0.2");
        assertThatThrownBy(() -> GiftNumericAnswer.range(BigDecimal.TEN, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWeightsOutsideAPercentage() {
        assertThatThrownBy(() -> GiftAnswer.weighted("100.01", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GiftNumericAnswer.of("1", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GiftNumericAnswer(null, null, BigDecimal.TEN, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnswersThatDoNotFitTheType() {
        assertThatThrownBy(() -> GiftQuestion.builder(GiftType.ESSAY, "Q").answer(GiftAnswer.right("a")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GiftQuestion.builder(GiftType.TRUE_FALSE, "Q").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GiftQuestion.builder(GiftType.MATCHING, "Q").trueFalse(true, null, null).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GiftQuestion.builder(GiftType.DESCRIPTION, "Q").generalFeedback("x").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GiftQuestion.builder(GiftType.SHORT_ANSWER, "Q").pair("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hasImmutableLists() {
        GiftQuestion question = GiftQuestion.builder(GiftType.SHORT_ANSWER, "Q").answer(GiftAnswer.right("a")).build();
        assertThatThrownBy(() -> question.answers().add(GiftAnswer.right("b"))).isInstanceOf(UnsupportedOperationException.class);
    }
}

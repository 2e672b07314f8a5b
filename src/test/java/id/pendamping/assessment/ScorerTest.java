package id.pendamping.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.assessment.domain.Response;
import id.pendamping.assessment.domain.Scorer;
import id.pendamping.curriculum.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring of every item type and its edge cases. */
class ScorerTest {

    private static final LocalizedText T = new LocalizedText("teks", "text");

    @Test
    void singleChoiceScoresTheChosenOptionsWeight() {
        Item item = item(new ItemBody.SingleChoice(options("0", "1", "0")));
        assertThat(score(item, new Response.Choice(1))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Choice(0))).contains(new BigDecimal("0.0000"));
        assertThat(score(item, new Response.Choice(7))).as("an index that is not an option").contains(new BigDecimal("0.0000"));
    }

    @Test
    void multipleResponseGivesPartialCreditAndTickingEverythingDoesNotPay() {
        Item item = item(new ItemBody.MultipleResponse(options("0.5", "0.5", "-0.5", "-0.5")));
        assertThat(score(item, new Response.Choices(Set.of(0, 1)))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Choices(Set.of(0)))).contains(new BigDecimal("0.5000"));
        assertThat(score(item, new Response.Choices(Set.of(0, 2)))).contains(new BigDecimal("0.0000"));
        assertThat(score(item, new Response.Choices(Set.of(0, 1, 2, 3)))).as("everything ticked").contains(new BigDecimal("0.0000"));
        assertThat(score(item, new Response.Choices(Set.of(2, 3)))).as("clamped at 0").contains(new BigDecimal("0.0000"));
        assertThat(score(item, new Response.Choices(Set.of()))).contains(new BigDecimal("0.0000"));
    }

    @Test
    void multipleResponseWithThirdsRoundsToFourDecimals() {
        Item item = item(new ItemBody.MultipleResponse(options("0.3333", "0.3333", "0.3334", "-1")));
        assertThat(score(item, new Response.Choices(Set.of(0)))).contains(new BigDecimal("0.3333"));
        assertThat(score(item, new Response.Choices(Set.of(0, 1, 2)))).contains(new BigDecimal("1.0000"));
    }

    @Test
    void trueFalse() {
        Item item = item(new ItemBody.TrueFalse(false, null, null));
        assertThat(score(item, new Response.TrueFalse(false))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.TrueFalse(true))).contains(new BigDecimal("0.0000"));
    }

    @Test
    void matchingScoresTheShareOfRightMatches() {
        Item item = item(new ItemBody.Matching(List.of(new Item.Pair(T, T), new Item.Pair(T, T), new Item.Pair(T, T),
                new Item.Pair(T, T))));
        assertThat(score(item, new Response.Matches(List.of(0, 1, 2, 3)))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Matches(List.of(1, 0, 2, 3)))).contains(new BigDecimal("0.5000"));
        assertThat(score(item, new Response.Matches(List.of(0, -1, -1)))).as("unmatched and missing lefts")
                .contains(new BigDecimal("0.2500"));
    }

    @Test
    void orderingScoresTheShareOfStepsInTheirPlace() {
        Item item = item(new ItemBody.Ordering(List.of(T, T, T)));
        assertThat(score(item, new Response.Order(List.of(0, 1, 2)))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Order(List.of(0, 2, 1)))).contains(new BigDecimal("0.3333"));
        assertThat(score(item, new Response.Order(List.of(2, 0, 1)))).contains(new BigDecimal("0.0000"));
    }

    @Test
    void shortAnswerIgnoresCaseAccentsAndSpacesInEitherLanguage() {
        Item item = item(new ItemBody.ShortAnswer(new Item.Accepted(List.of("Pusat Layanan Usaha Terpadu"),
                List.of("Integrated Business Service Centre"))));
        assertThat(score(item, new Response.Text("  pusat   layanan usaha TERPADU "))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Text("integrated business service centre"))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Text("Pusat Layanan Usaha Terpadú"))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Text("Pusat Layanan"))).contains(new BigDecimal("0.0000"));
        assertThat(score(item, new Response.Text("   "))).contains(new BigDecimal("0.0000"));
    }

    @Test
    void numericalAcceptsAnswersWithinTheTolerance() {
        Item item = item(new ItemBody.Numerical(new BigDecimal("45"), new BigDecimal("0.5")));
        assertThat(score(item, new Response.Number(new BigDecimal("45.5")))).contains(new BigDecimal("1.0000"));
        assertThat(score(item, new Response.Number(new BigDecimal("44.4")))).contains(new BigDecimal("0.0000"));
    }

    @Test
    void anEssayWaitsForAnAssessor() {
        Item item = item(new ItemBody.Essay(T));
        assertThat(score(item, new Response.Text("jawaban panjang"))).isEmpty();
        assertThat(item.scoredAutomatically()).isFalse();
    }

    @Test
    void noAnswerOrAnAnswerOfTheWrongKindScoresZero() {
        Item item = item(new ItemBody.SingleChoice(options("1", "0", "0")));
        assertThat(score(item, null)).contains(new BigDecimal("0.0000"));
        assertThat(score(item, new Response.Text("1"))).contains(new BigDecimal("0.0000"));
    }

    private static Optional<BigDecimal> score(Item item, Response response) {
        return Scorer.score(item, response);
    }

    private static List<Item.Option> options(String... weights) {
        return java.util.Arrays.stream(weights).map(w -> new Item.Option(T, new BigDecimal(w), null)).toList();
    }

    private static Item item(ItemBody body) {
        return new Item("t-i001", "m01", "definitions", CognitiveLevel.APPLY, null, true, T, body, null);
    }
}

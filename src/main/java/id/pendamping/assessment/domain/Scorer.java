package id.pendamping.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scores one answer to one item, from 0 to 1, with partial credit where the item type allows it.
 * Pure: the same item and answer always give the same score. An essay has no automatic score (an
 * assessor scores it); an answer of the wrong kind, or none, scores 0.
 */
public final class Scorer {

    public static final int SCALE = 4;
    private static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Scorer() {
    }

    public static Optional<BigDecimal> score(Item item, Response response) {
        ItemBody body = item.body();
        if (body instanceof ItemBody.Essay) {
            return Optional.empty();
        }
        if (response == null) {
            return Optional.of(ZERO);
        }
        return Optional.of(clamp(automaticScore(body, response)));
    }

    private static BigDecimal automaticScore(ItemBody body, Response response) {
        if (body instanceof ItemBody.SingleChoice single && response instanceof Response.Choice choice) {
            return weightOf(single.options(), choice.option());
        }
        if (body instanceof ItemBody.MultipleResponse multiple && response instanceof Response.Choices choices) {
            return choices.options().stream().map(i -> weightOf(multiple.options(), i)).reduce(ZERO, BigDecimal::add);
        }
        if (body instanceof ItemBody.TrueFalse trueFalse && response instanceof Response.TrueFalse answer) {
            return trueFalse.answer() == answer.value() ? ONE : ZERO;
        }
        if (body instanceof ItemBody.Matching matching && response instanceof Response.Matches matches) {
            return fraction(countInPlace(matches.rightForLeft()), matching.pairs().size());
        }
        if (body instanceof ItemBody.Ordering ordering && response instanceof Response.Order order) {
            return fraction(countInPlace(order.steps()), ordering.sequence().size());
        }
        if (body instanceof ItemBody.ShortAnswer shortAnswer && response instanceof Response.Text text) {
            return accepts(shortAnswer.accepted(), text.text()) ? ONE : ZERO;
        }
        if (body instanceof ItemBody.Numerical numerical && response instanceof Response.Number number) {
            return number.value() != null
                    && number.value().subtract(numerical.answer()).abs().compareTo(numerical.tolerance()) <= 0 ? ONE : ZERO;
        }
        return ZERO;
    }

    /** How answers compare: case, accents, surrounding and repeated spaces do not matter. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static BigDecimal weightOf(List<Item.Option> options, Integer index) {
        return index == null || index < 0 || index >= options.size() ? ZERO : options.get(index).weight();
    }

    /** How many positions hold their own index: lefts matched to their right, steps in their place. */
    private static int countInPlace(List<Integer> given) {
        int count = 0;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null && given.get(i) == i) {
                count++;
            }
        }
        return count;
    }

    private static BigDecimal fraction(int right, int total) {
        return total == 0 ? ZERO : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
    }

    private static boolean accepts(Item.Accepted accepted, String answer) {
        String given = normalise(answer);
        return !given.isEmpty() && Stream.concat(accepted.indonesian().stream(), accepted.english().stream())
                .map(Scorer::normalise).anyMatch(given::equals);
    }

    private static BigDecimal clamp(BigDecimal score) {
        BigDecimal scaled = score.setScale(SCALE, RoundingMode.HALF_UP);
        return scaled.compareTo(ZERO) < 0 ? ZERO : scaled.compareTo(ONE) > 0 ? ONE : scaled;
    }
}

package id.pendamping.assessment.gift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer of a multiple choice, multiple response or short answer question.
 *
 * @param text     the answer, unescaped; never blank
 * @param weight   the credit it earns as a percentage, -100 to 100: 100 for {@code =}, 0 for a plain
 *                 {@code ~}, n for {@code ~%n%} or {@code =%n%}; kept without trailing zeros
 * @param feedback what the student sees after choosing or typing it (after {@code #}), or null
 */
public record GiftAnswer(String text, BigDecimal weight, String feedback) {

    public GiftAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(weight, "weight");
        if (!GiftNumbers.isPercentage(weight)) {
            throw new IllegalArgumentException("weight " + weight + " is outside -100..100");
        }
        weight = GiftNumbers.canonical(weight);
    }

    /** A fully right answer ({@code =text}). */
    public static GiftAnswer right(String text) {
        return new GiftAnswer(text, GiftNumbers.HUNDRED, null);
    }

    /** A wrong answer worth nothing ({@code ~text}). */
    public static GiftAnswer wrong(String text) {
        return new GiftAnswer(text, BigDecimal.ZERO, null);
    }

    /** An answer worth the given percentage ({@code ~%weight%text}). */
    public static GiftAnswer weighted(String weight, String text) {
        return new GiftAnswer(text, new BigDecimal(weight), null);
    }

    public GiftAnswer withFeedback(String newFeedback) {
        return new GiftAnswer(text, weight, newFeedback);
    }
}

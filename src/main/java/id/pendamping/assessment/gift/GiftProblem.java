package id.pendamping.assessment.gift;

import java.util.Objects;

/**
 * One thing wrong in a GIFT text.
 *
 * @param line    the 1-based line the problem was found on
 * @param message what is wrong and, where it helps, how to write it instead (English)
 */
public record GiftProblem(int line, String message) {

    public GiftProblem {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}

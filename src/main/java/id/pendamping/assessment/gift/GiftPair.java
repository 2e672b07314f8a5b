package id.pendamping.assessment.gift;

import java.util.Objects;

/**
 * One pair of a matching question, {@code =left -> right}.
 *
 * @param left  what is shown to be matched; empty for a pair that only adds a wrong choice on the right
 *              (Moodle's "distractor"), never null
 * @param right what it matches; never blank
 */
public record GiftPair(String left, String right) {

    public GiftPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}

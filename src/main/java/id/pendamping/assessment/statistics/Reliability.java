package id.pendamping.assessment.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Cronbach's alpha for a set of items (the whole quiz or one topic), with what it was computed over,
 * so a report can say "alpha 0.81 over 24 of 30 attempts".
 *
 * @param itemCount    k, the number of items in the set
 * @param attemptsUsed the attempts that saw every item of the set, the only ones alpha uses
 * @param alpha        empty when not computable: fewer than 2 items, fewer than 2 such attempts, or
 *                     no spread in their totals. Can be negative when items disagree with each other.
 */
public record Reliability(int itemCount, int attemptsUsed, OptionalDouble alpha) {

    public Reliability {
        Objects.requireNonNull(alpha, "alpha");
    }

    public boolean computable() {
        return alpha.isPresent();
    }
}

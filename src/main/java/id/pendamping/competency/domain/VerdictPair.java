package id.pendamping.competency.domain;

import java.util.Objects;

/**
 * Two independent verdicts on the same candidate's unit: the first assessor's and the second's. Which
 * assessor is "first" only has to be the same for every pair of one comparison.
 */
public record VerdictPair(Verdict first, Verdict second) {

    public VerdictPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean agree() {
        return first == second;
    }
}

package id.pendamping.competency.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * Two different assessors, in a fixed order (by registration number) so that "A with B" and "B with A"
 * are one pair. In the pair's {@link RaterAgreement} the first assessor's verdict is always the first.
 */
public record AssessorPair(String first, String second) implements Comparable<AssessorPair> {

    private static final Comparator<AssessorPair> ORDER =
            Comparator.comparing(AssessorPair::first).thenComparing(AssessorPair::second);

    public AssessorPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("A pair is two different assessors in order; use AssessorPair.of('"
                    + first + "', '" + second + "')");
        }
    }

    public static AssessorPair of(String oneAssessor, String otherAssessor) {
        return oneAssessor.compareTo(otherAssessor) < 0
                ? new AssessorPair(oneAssessor, otherAssessor)
                : new AssessorPair(otherAssessor, oneAssessor);
    }

    @Override
    public int compareTo(AssessorPair other) {
        return ORDER.compare(this, other);
    }
}

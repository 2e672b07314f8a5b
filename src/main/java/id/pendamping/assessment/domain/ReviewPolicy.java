package id.pendamping.assessment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * When a trainee may see the right answers and the feedback of a finished attempt. The score and
 * the per-topic breakdown are always shown; answers given away at once would leak the bank to the
 * rest of the cohort, so a quiz may hold them back until the cohort has ended, or for good.
 */
public enum ReviewPolicy {
    AFTER_ATTEMPT("after-attempt"), AFTER_COHORT("after-cohort"), NEVER("never");

    private final String key;

    ReviewPolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ReviewPolicy> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

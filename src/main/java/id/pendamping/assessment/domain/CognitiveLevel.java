package id.pendamping.assessment.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an item asks of a trainee: to recall a fact, to explain, or to apply it in a situation. */
public enum CognitiveLevel {
    RECALL, UNDERSTAND, APPLY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CognitiveLevel> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key().equals(key)).findFirst();
    }
}

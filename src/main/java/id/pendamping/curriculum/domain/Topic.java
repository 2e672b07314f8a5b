package id.pendamping.curriculum.domain;

import java.util.Arrays;
import java.util.Optional;

/** The ten topics of the mentor curriculum (shared/design/domain.md), by their keys in the content files. */
public enum Topic {
    DEFINITIONS("definitions"),
    GOALS("goals"),
    PRINCIPLES("principles"),
    APPROACHES("approaches"),
    TECHNIQUES("techniques"),
    FUNCTIONS("functions"),
    SME_TASKS("sme-tasks"),
    PROGRAMME_CYCLE("programme-cycle"),
    RELATIONSHIP("relationship"),
    IMPACT("impact");

    private final String key;

    Topic(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Topic> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}

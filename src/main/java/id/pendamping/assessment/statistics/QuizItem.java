package id.pendamping.assessment.statistics;

import java.util.Objects;

/**
 * One column of a {@link ScoreMatrix}: the item's key in the item bank and the topic it belongs to,
 * the topic being what per-topic reliability groups by.
 */
public record QuizItem(String key, String topic) {

    public QuizItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(topic, "topic");
        if (key.isBlank() || topic.isBlank()) {
            throw new IllegalArgumentException("An item needs a key and a topic: '" + key + "', '" + topic + "'");
        }
    }
}

package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.LocalizedText;
import java.util.List;

/**
 * A quiz item (soal) as the item bank defines it: where it belongs (module, topic, competency unit),
 * what it asks of the trainee (level), its stem, its type-specific answer key ({@link ItemBody}) and
 * the general feedback shown after the attempt when the quiz allows.
 */
public record Item(String key, String moduleKey, String topic, CognitiveLevel level, String unitCode, boolean shuffle,
                   LocalizedText stem, ItemBody body, LocalizedText feedback) {

    public boolean scoredAutomatically() {
        return !(body instanceof ItemBody.Essay);
    }

    /** An option of a single or multiple choice item, with its signed weight (-1..1) and its feedback. */
    public record Option(LocalizedText text, java.math.BigDecimal weight, LocalizedText feedback) {
    }

    /** A left-right pair of a matching item. */
    public record Pair(LocalizedText left, LocalizedText right) {
    }

    /** Accepted answers of a short-answer item, per language. */
    public record Accepted(List<String> indonesian, List<String> english) {
    }
}

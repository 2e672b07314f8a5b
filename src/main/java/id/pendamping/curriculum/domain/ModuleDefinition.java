package id.pendamping.curriculum.domain;

import java.math.BigDecimal;
import java.util.List;

/** A module as its folder defines it: metadata from module.yaml and its lessons in order. */
public record ModuleDefinition(String key, int position, LocalizedText title, LocalizedText description,
                               List<String> prerequisites, List<Topic> topics, List<LocalizedText> objectives,
                               List<LessonDefinition> lessons, String contentHash) {

    public BigDecimal jp() {
        return lessons.stream().map(LessonDefinition::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

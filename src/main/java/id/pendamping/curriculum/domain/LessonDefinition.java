package id.pendamping.curriculum.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A lesson as its files define it: front matter, and the body in both languages already rendered to
 * sanitised HTML. The content hash covers everything a trainee sees, so a lesson whose hash is
 * unchanged is the same lesson and progress on it stands.
 */
public record LessonDefinition(String key, String moduleKey, int position, Topic topic, BigDecimal jp,
                               LocalizedText title, List<LocalizedText> objectives, List<String> competencies,
                               String htmlIndonesian, String htmlEnglish, String contentHash, String sourceFile) {
}

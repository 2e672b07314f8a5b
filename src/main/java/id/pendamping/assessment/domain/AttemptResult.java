package id.pendamping.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one attempt: points over the items scored automatically, the percentage, pass or
 * fail against the quiz's pass mark, a breakdown per topic, and how many essays still wait for an
 * assessor (the attempt's result is provisional until they are scored).
 */
public record AttemptResult(BigDecimal points, int maxPoints, BigDecimal percent, boolean passed,
                            Map<String, TopicResult> byTopic, int essaysPending) {

    /** Points and items of one topic. */
    public record TopicResult(BigDecimal points, int items) {

        public BigDecimal percent() {
            return items == 0 ? BigDecimal.ZERO : points.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP);
        }
    }

    /** Scores every drawn item against the answers saved (by position); an item left unanswered scores 0. */
    public static AttemptResult grade(List<DrawnItem> items, Map<Integer, Response> answers, BigDecimal passPercent) {
        BigDecimal points = BigDecimal.ZERO;
        int max = 0;
        int pending = 0;
        Map<String, TopicResult> byTopic = new LinkedHashMap<>();
        for (DrawnItem drawn : items) {
            Optional<BigDecimal> score = Scorer.score(drawn.item(), answers.get(drawn.position()));
            if (score.isEmpty()) {
                pending++;
                continue;
            }
            points = points.add(score.get());
            max++;
            TopicResult topic = byTopic.getOrDefault(drawn.item().topic(), new TopicResult(BigDecimal.ZERO, 0));
            byTopic.put(drawn.item().topic(), new TopicResult(topic.points().add(score.get()), topic.items() + 1));
        }
        BigDecimal percent = max == 0 ? BigDecimal.ZERO : points.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
        return new AttemptResult(points, max, percent, percent.compareTo(passPercent) >= 0, byTopic, pending);
    }
}

package id.pendamping.assessment.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Everything a coordinator sees for one quiz: per-item statistics in the quiz's item order, alpha for
 * the whole quiz and for each topic (in the quiz's topic order), and the score distribution.
 */
public record QuizStatistics(List<ItemStatistics> items, Reliability reliability,
                             Map<String, Reliability> reliabilityByTopic, ScoreDistribution distribution) {

    public QuizStatistics {
        items = List.copyOf(items);
        Objects.requireNonNull(reliability, "reliability");
        reliabilityByTopic = Collections.unmodifiableMap(new LinkedHashMap<>(reliabilityByTopic));
        Objects.requireNonNull(distribution, "distribution");
    }

    public static QuizStatistics of(ScoreMatrix matrix) {
        return of(matrix, ReviewThresholds.defaults());
    }

    public static QuizStatistics of(ScoreMatrix matrix, ReviewThresholds thresholds) {
        List<ItemStatistics> items = new ArrayList<>();
        for (int column = 0; column < matrix.itemCount(); column++) {
            items.add(ItemAnalysis.of(matrix, column, thresholds));
        }
        Reliability quiz = CronbachAlpha.over(matrix, IntStream.range(0, matrix.itemCount()).boxed().toList());
        Map<String, Reliability> byTopic = new LinkedHashMap<>();
        for (String topic : matrix.topics()) {
            byTopic.put(topic, CronbachAlpha.over(matrix, matrix.columnsOfTopic(topic)));
        }
        return new QuizStatistics(items, quiz, byTopic, ScoreDistribution.of(matrix));
    }

    public ItemStatistics item(String itemKey) {
        return items.stream().filter(item -> item.itemKey().equals(itemKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item '" + itemKey + "' in this quiz"));
    }

    public Reliability reliabilityOf(String topic) {
        Reliability reliability = reliabilityByTopic.get(topic);
        if (reliability == null) {
            throw new IllegalArgumentException("No topic '" + topic + "' in this quiz");
        }
        return reliability;
    }

    /** The items carrying at least one flag, in quiz order: the coordinator's review list. */
    public List<ItemStatistics> itemsToReview() {
        return items.stream().filter(item -> !item.flags().isEmpty()).toList();
    }
}

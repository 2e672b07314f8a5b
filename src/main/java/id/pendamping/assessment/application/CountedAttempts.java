package id.pendamping.assessment.application;

import id.pendamping.assessment.statistics.ScoreMatrix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which graded attempts a cohort's item statistics count, and their scores as the statistics'
 * {@link ScoreMatrix}. Pure, so the choices below can be checked by hand in a test.
 *
 * <ul>
 *   <li><b>The first graded attempt per trainee.</b> Moodle counts every attempt by default and offers
 *       "first attempt" as an option; here each trainee counts once, with the attempt made before any
 *       feedback or second try, so a trainee who retook a quiz three times does not weigh three times
 *       and a retake that learnt the key does not flatter the items.</li>
 *   <li><b>An item without a score is left out</b> of that attempt (an essay still waiting for its
 *       assessor): the package's rule is that absent is not zero. An attempt left with no scored item
 *       at all cannot have a percentage, so that trainee is not counted until the assessor has scored;
 *       a later attempt does not stand in for the first.</li>
 *   <li><b>Items are keyed by item key</b>, not by version: a reworded item keeps its statistics
 *       together. Columns follow the quiz's topic order, then the item key.</li>
 * </ul>
 */
final class CountedAttempts {

    /** A graded attempt: whose it is (the enrolment) and which of their attempts it was. */
    record GradedAttempt(long attemptId, long enrolmentId, int number) {
    }

    /** One drawn item of an attempt with its score, null while an assessor has not scored it. */
    record ScoredItem(long attemptId, String itemKey, String topic, BigDecimal score) {
    }

    private CountedAttempts() {
    }

    /** The attempt with the lowest number of each enrolment, in the order of the enrolments' first appearance. */
    static List<GradedAttempt> firstPerTrainee(Collection<GradedAttempt> graded) {
        Map<Long, GradedAttempt> first = new LinkedHashMap<>();
        for (GradedAttempt attempt : graded) {
            first.merge(attempt.enrolmentId(), attempt, (kept, other) -> other.number() < kept.number() ? other : kept);
        }
        return List.copyOf(first.values());
    }

    /**
     * The score matrix of the counted attempts: one row per attempt that has at least one scored item,
     * one column per item any of them saw.
     *
     * @param counted    the attempts that count, one per trainee
     * @param scores     the drawn items of those attempts (items of other attempts are ignored)
     * @param topicOrder the quiz's topics in its own order; topics not in it come after, by name
     */
    static ScoreMatrix matrix(List<GradedAttempt> counted, Collection<ScoredItem> scores, List<String> topicOrder) {
        Map<Long, Map<String, BigDecimal>> byAttempt = new LinkedHashMap<>();
        counted.forEach(attempt -> byAttempt.put(attempt.attemptId(), new LinkedHashMap<>()));
        Map<String, String> topicOfItem = new HashMap<>();
        for (ScoredItem scored : scores) {
            Map<String, BigDecimal> row = byAttempt.get(scored.attemptId());
            if (row == null || scored.score() == null) {
                continue;
            }
            row.put(scored.itemKey(), scored.score());
            topicOfItem.putIfAbsent(scored.itemKey(), scored.topic());
        }
        ScoreMatrix.Builder builder = ScoreMatrix.builder();
        orderedItems(topicOfItem, topicOrder).forEach((key, topic) -> builder.item(key, topic));
        for (Map.Entry<Long, Map<String, BigDecimal>> row : byAttempt.entrySet()) {
            if (!row.getValue().isEmpty()) {
                builder.attempt("attempt-" + row.getKey(), row.getValue());
            }
        }
        return builder.build();
    }

    private static Map<String, String> orderedItems(Map<String, String> topicOfItem, List<String> topicOrder) {
        Comparator<Map.Entry<String, String>> byTopic = Comparator.comparingInt(entry -> {
            int index = topicOrder.indexOf(entry.getValue());
            return index < 0 ? topicOrder.size() : index;
        });
        List<Map.Entry<String, String>> entries = new ArrayList<>(topicOfItem.entrySet());
        entries.sort(byTopic.thenComparing(Map.Entry.<String, String>comparingByValue())
                .thenComparing(Map.Entry.<String, String>comparingByKey()));
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }
}

package id.pendamping.assessment.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The scores that count for one quiz: one row per graded attempt (the one attempt that counts per
 * trainee), one column per item, each cell a score from 0 to 1 (partial credit allowed) or absent when
 * the blueprint did not draw that item for that attempt. Immutable; build it with {@link #builder()}.
 *
 * <p>Absent is not zero: a trainee who never saw an item tells us nothing about it, so every statistic
 * of an item uses only the attempts that saw it, and an attempt's percentage is its mean over the items
 * it saw, which keeps attempts that drew different numbers of items comparable.
 */
public final class ScoreMatrix {

    private final List<QuizItem> items;
    private final Map<String, Integer> columnByItemKey;
    private final List<String> attemptKeys;
    private final Map<String, Integer> rowByAttemptKey;
    /** Row per attempt, column per item; NaN marks an item not drawn for that attempt. */
    private final double[][] cells;

    private ScoreMatrix(List<QuizItem> items, List<String> attemptKeys, double[][] cells) {
        this.items = List.copyOf(items);
        this.attemptKeys = List.copyOf(attemptKeys);
        this.cells = cells;
        this.columnByItemKey = indexOf(items.stream().map(QuizItem::key).toList());
        this.rowByAttemptKey = indexOf(attemptKeys);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<QuizItem> items() {
        return items;
    }

    public List<String> attemptKeys() {
        return attemptKeys;
    }

    public int itemCount() {
        return items.size();
    }

    public int attemptCount() {
        return attemptKeys.size();
    }

    /** Topics in the order their first item appears, so reports list them as the quiz does. */
    public List<String> topics() {
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        items.forEach(item -> topics.add(item.topic()));
        return List.copyOf(topics);
    }

    /** The score of one attempt on one item, empty when that item was not drawn for the attempt. */
    public OptionalDouble score(String attemptKey, String itemKey) {
        Integer row = rowByAttemptKey.get(attemptKey);
        if (row == null) {
            throw new IllegalArgumentException("No attempt '" + attemptKey + "' in this matrix");
        }
        int column = column(itemKey);
        return saw(row, column) ? OptionalDouble.of(cells[row][column]) : OptionalDouble.empty();
    }

    int column(String itemKey) {
        Integer column = columnByItemKey.get(itemKey);
        if (column == null) {
            throw new IllegalArgumentException("No item '" + itemKey + "' in this matrix");
        }
        return column;
    }

    List<Integer> columnsOfTopic(String topic) {
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < items.size(); column++) {
            if (items.get(column).topic().equals(topic)) {
                columns.add(column);
            }
        }
        return columns;
    }

    boolean saw(int row, int column) {
        return !Double.isNaN(cells[row][column]);
    }

    double cell(int row, int column) {
        return cells[row][column];
    }

    int itemsSeen(int row) {
        return (int) Arrays.stream(cells[row]).filter(score -> !Double.isNaN(score)).count();
    }

    double scoreSum(int row) {
        return Arrays.stream(cells[row]).filter(score -> !Double.isNaN(score)).sum();
    }

    /** 100 times the mean score over the items the attempt saw; the builder guarantees it saw one. */
    double percentage(int row) {
        return 100.0 * scoreSum(row) / itemsSeen(row);
    }

    private static Map<String, Integer> indexOf(List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        return Map.copyOf(index);
    }

    /** Collects items, then attempts; everything is checked when the matrix is built. */
    public static final class Builder {

        private final Map<String, QuizItem> items = new LinkedHashMap<>();
        private final Map<String, Map<String, ? extends Number>> attempts = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder item(String key, String topic) {
            QuizItem item = new QuizItem(key, topic);
            if (items.putIfAbsent(key, item) != null) {
                throw new IllegalArgumentException("Item '" + key + "' appears twice");
            }
            return this;
        }

        /**
         * Adds one graded attempt: its scores by item key, leaving out the items it did not see.
         * Accepts doubles or the scorer's BigDecimals alike. Attempts keep the order they are added in.
         */
        public Builder attempt(String attemptKey, Map<String, ? extends Number> scoresByItemKey) {
            Objects.requireNonNull(attemptKey, "attemptKey");
            Objects.requireNonNull(scoresByItemKey, "scoresByItemKey");
            if (attempts.putIfAbsent(attemptKey, new LinkedHashMap<>(scoresByItemKey)) != null) {
                throw new IllegalArgumentException("Attempt '" + attemptKey + "' appears twice: only the one that counts belongs here");
            }
            return this;
        }

        public ScoreMatrix build() {
            List<QuizItem> columns = new ArrayList<>(items.values());
            Map<String, Integer> columnByKey = indexOf(columns.stream().map(QuizItem::key).toList());
            double[][] cells = new double[attempts.size()][columns.size()];
            int row = 0;
            for (Map.Entry<String, Map<String, ? extends Number>> attempt : attempts.entrySet()) {
                Arrays.fill(cells[row], Double.NaN);
                if (attempt.getValue().isEmpty()) {
                    // A percentage over no items is meaningless; such an attempt was never graded.
                    throw new IllegalArgumentException("Attempt '" + attempt.getKey() + "' saw no item");
                }
                for (Map.Entry<String, ? extends Number> score : attempt.getValue().entrySet()) {
                    Integer column = columnByKey.get(score.getKey());
                    if (column == null) {
                        throw new IllegalArgumentException("Attempt '" + attempt.getKey() + "' has a score for unknown item '" + score.getKey() + "'");
                    }
                    cells[row][column] = checked(attempt.getKey(), score.getKey(), score.getValue());
                }
                row++;
            }
            return new ScoreMatrix(columns, new ArrayList<>(attempts.keySet()), cells);
        }

        private static double checked(String attemptKey, String itemKey, Number score) {
            if (score == null) {
                throw new IllegalArgumentException("Score of attempt '" + attemptKey + "' on item '" + itemKey + "' is null: leave an item that was not drawn out of the map");
            }
            double value = score.doubleValue();
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("Score of attempt '" + attemptKey + "' on item '" + itemKey + "' must be within 0..1: " + score);
            }
            return value;
        }
    }
}

package id.pendamping.assessment.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a score matrix written as a table, so each test shows its data the way a reviewer checks it
 * by hand. First line "topic" then one topic per item, second line "item" then the item keys, then one
 * line per attempt: its key and one score per item, "-" where the item was not drawn.
 */
final class ScoreTable {

    private ScoreTable() {
    }

    static ScoreMatrix parse(String table) {
        List<String[]> lines = table.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).toList();
        String[] topics = expect(lines.get(0), "topic");
        String[] items = expect(lines.get(1), "item");
        ScoreMatrix.Builder builder = ScoreMatrix.builder();
        for (int i = 1; i < items.length; i++) {
            builder.item(items[i], topics[i]);
        }
        for (String[] row : lines.subList(2, lines.size())) {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (int i = 1; i < row.length; i++) {
                if (!row[i].equals("-")) {
                    scores.put(items[i], Double.parseDouble(row[i]));
                }
            }
            builder.attempt(row[0], scores);
        }
        return builder.build();
    }

    private static String[] expect(String[] line, String heading) {
        if (!line[0].equals(heading)) {
            throw new IllegalArgumentException("Expected a '" + heading + "' line, got " + String.join(" ", line));
        }
        return line;
    }
}

package id.pendamping.assessment.gift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found so far; readers keep going after one so that a file's problems are all listed. */
final class Problems {

    private final List<GiftProblem> found = new ArrayList<>();

    void add(int line, String message) {
        found.add(new GiftProblem(line, message));
    }

    int count() {
        return found.size();
    }

    /** In line order; problems on one line stay in the order they were found. */
    List<GiftProblem> inLineOrder() {
        List<GiftProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(GiftProblem::line));
        return List.copyOf(sorted);
    }

    /** A piece of the author's text short enough to quote in a message. */
    static String quote(String text) {
        String oneLine = text.strip().replace('\n', ' ');
        return "'" + (oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine) + "'";
    }
}

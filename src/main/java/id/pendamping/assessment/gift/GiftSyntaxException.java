package id.pendamping.assessment.gift;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A GIFT text could not be read. Carries every problem found, in line order, not just the first, so that a
 * teacher can fix a file in one go.
 */
public class GiftSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<GiftProblem> problems;

    public GiftSyntaxException(List<GiftProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in line order; never empty. */
    public List<GiftProblem> problems() {
        return problems;
    }

    private static String describe(List<GiftProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a syntax exception needs at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in GIFT text: "
                + problems.stream().map(GiftProblem::toString).collect(Collectors.joining("; "));
    }
}

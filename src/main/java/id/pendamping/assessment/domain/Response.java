package id.pendamping.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A trainee's answer to one item. Options, lefts, rights and steps are identified by their index in
 * the item as defined (not as shown), so shuffling never changes what an answer means.
 */
public sealed interface Response {

    record Choice(int option) implements Response {
    }

    record Choices(Set<Integer> options) implements Response {
    }

    record TrueFalse(boolean value) implements Response {
    }

    /** For each left, in order, the index of the right chosen for it (-1 when left unmatched). */
    record Matches(List<Integer> rightForLeft) implements Response {
    }

    /** The steps' indices in the order the trainee put them. */
    record Order(List<Integer> steps) implements Response {
    }

    record Text(String text) implements Response {
    }

    record Number(BigDecimal value) implements Response {
    }
}

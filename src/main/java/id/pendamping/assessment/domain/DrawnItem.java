package id.pendamping.assessment.domain;

import java.util.List;

/**
 * An item as one attempt shows it: its place in the attempt and the order its options (or matching
 * rights, or ordering steps) are shown in, as indices into the item as defined. Fixed when the
 * attempt starts, so a reload or another device shows exactly the same quiz.
 */
public record DrawnItem(int position, Item item, List<Integer> shownOrder) {

    public DrawnItem {
        shownOrder = List.copyOf(shownOrder);
    }
}

package id.pendamping.assessment.statistics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Classical statistics of one item over the attempts that saw it.
 *
 * @param item                          the item and its topic
 * @param attempts                      how many attempts saw the item
 * @param facility                      mean score, 0..1; empty when no attempt saw the item
 * @param standardDeviation             population standard deviation of the item's scores; empty when
 *                                      no attempt saw it
 * @param upperLowerDiscrimination      facility among the best 27 % of the attempts that saw the item
 *                                      minus among the worst 27 %, ranked by total percentage, tied
 *                                      attempts at a group boundary sharing its places equally; empty
 *                                      with fewer than 2 attempts
 * @param correctedItemTotalCorrelation Pearson correlation of the item's score with the rest score (the
 *                                      attempt's mean over the other items it saw), as Moodle's
 *                                      discrimination index; empty when fewer than 2 attempts saw the item
 *                                      and another one, or either side has no spread
 * @param flags                         reasons to review; see {@link #reliable()}
 */
public record ItemStatistics(QuizItem item, int attempts, OptionalDouble facility, OptionalDouble standardDeviation,
                             OptionalDouble upperLowerDiscrimination, OptionalDouble correctedItemTotalCorrelation,
                             Set<ReviewFlag> flags) {

    public ItemStatistics {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(standardDeviation, "standardDeviation");
        Objects.requireNonNull(upperLowerDiscrimination, "upperLowerDiscrimination");
        Objects.requireNonNull(correctedItemTotalCorrelation, "correctedItemTotalCorrelation");
        Objects.requireNonNull(flags, "flags");
        flags = flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ReviewFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public String itemKey() {
        return item.key();
    }

    public boolean hasFlag(ReviewFlag flag) {
        return flags.contains(flag);
    }

    /** False when too few attempts saw the item: its figures and other flags are shown but not to be trusted. */
    public boolean reliable() {
        return !flags.contains(ReviewFlag.TOO_FEW_ATTEMPTS);
    }
}

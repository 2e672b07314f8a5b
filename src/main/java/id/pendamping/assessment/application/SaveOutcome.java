package id.pendamping.assessment.application;

import java.time.Instant;

/**
 * What became of one answer sent: stored, or ignored because a newer one (a higher sequence
 * number) was already stored. Either way the answer the server holds for the item is the one
 * with {@code storedSequence}, which is all the page needs to know to stop resending.
 */
public record SaveOutcome(int position, long storedSequence, boolean applied, Instant savedAt) {
}

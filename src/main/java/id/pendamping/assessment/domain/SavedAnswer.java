package id.pendamping.assessment.domain;

/**
 * The answer stored for one item of an attempt, with the sequence number the page gave it. The page
 * numbers every change it makes; an answer is replaced only by one with a higher number, so a resent
 * answer (after a lost connection) or one arriving late and out of order never overwrites a newer one.
 */
public record SavedAnswer(int position, Response response, long sequence) {

    /** True when {@code incoming} should replace this answer. */
    public boolean isOlderThan(long incomingSequence) {
        return incomingSequence > sequence;
    }
}

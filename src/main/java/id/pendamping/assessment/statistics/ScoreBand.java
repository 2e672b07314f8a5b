package id.pendamping.assessment.statistics;

/**
 * One bar of the score distribution: the attempts whose percentage is at least {@code fromPercent} and
 * below {@code toPercent}; the last band, 90-100, also holds 100.
 */
public record ScoreBand(int fromPercent, int toPercent, int attempts) {

    public String label() {
        return fromPercent + "-" + toPercent;
    }
}

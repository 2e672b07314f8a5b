package id.pendamping.assessment.statistics;

/**
 * Why a coordinator should look at an item again. The limits are in {@link ReviewThresholds}; an item
 * can carry several flags at once.
 */
public enum ReviewFlag {

    /** Facility above the limit (default 0.90): nearly everyone gets it, so it tells trainees apart poorly. */
    TOO_EASY,

    /** Facility below the limit (default 0.20): check the key and the wording before blaming the trainees. */
    TOO_HARD,

    /**
     * Corrected item-total correlation below the limit (default 0.20): the item barely agrees with the
     * rest of the quiz. Every negatively discriminating item carries this flag as well, so filtering on
     * it catches every item whose discrimination is too weak.
     */
    LOW_DISCRIMINATION,

    /**
     * Corrected item-total correlation below 0: weaker trainees do better on it than stronger ones,
     * which usually means a wrong key or a misleading stem.
     */
    NEGATIVE_DISCRIMINATION,

    /**
     * Fewer attempts saw the item than the minimum (default 10). The other flags and figures are still
     * computed and shown, but they are unreliable: with few attempts one trainee moves them a lot.
     */
    TOO_FEW_ATTEMPTS
}

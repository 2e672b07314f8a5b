package id.pendamping.evaluation.domain;

/**
 * The kinds of impact mentoring has on the people mentored (dampak pendampingan): four positive,
 * three negative. A review records each as observed or not, so a centre also looks for the harm a
 * badly designed programme can do, not only for success. Stored by name.
 */
public enum ImpactType {
    /** Peningkatan pengetahuan dan keterampilan. */
    KNOWLEDGE_SKILLS(true),
    /** Peningkatan kepercayaan diri. */
    CONFIDENCE(true),
    /** Pemberdayaan: solving their own problems without the mentor. */
    EMPOWERMENT(true),
    /** Perbaikan kesejahteraan: income, health, education. */
    WELFARE(true),
    /** Ketergantungan: the community only carries on while the mentor is there. */
    DEPENDENCY(false),
    /** Kesenjangan: some groups benefit and others are left behind. */
    INEQUALITY(false),
    /** Penolakan atau resistensi against the change. */
    RESISTANCE(false);

    private final boolean positive;

    ImpactType(boolean positive) {
        this.positive = positive;
    }

    public boolean isPositive() {
        return positive;
    }

    public String messageKey() {
        return "impact.type." + name();
    }
}

package id.pendamping.evaluation.domain;

/** The field (bidang) the mentored communities work in. Stored by name. */
public enum ImpactField {
    EDUCATION, HEALTH, ECONOMY;

    public String messageKey() {
        return "impact.field." + name();
    }
}

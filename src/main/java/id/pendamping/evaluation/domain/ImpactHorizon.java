package id.pendamping.evaluation.domain;

/**
 * How long after the training the review looks: short term (knowledge and attitude), medium term
 * (what is applied) or long term (lasting change). Stored by name.
 */
public enum ImpactHorizon {
    SHORT, MEDIUM, LONG;

    public String messageKey() {
        return "impact.horizon." + name();
    }
}

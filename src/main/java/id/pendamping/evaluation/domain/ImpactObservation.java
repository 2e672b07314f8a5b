package id.pendamping.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One impact type in a stored review: observed or not, and the centre's note. */
@Embeddable
public class ImpactObservation {

    @Column(nullable = false)
    private boolean observed;

    private String note;

    protected ImpactObservation() {
    }

    ImpactObservation(ImpactFindings.Observation observation) {
        this.observed = observation.observed();
        this.note = observation.note().isEmpty() ? null : observation.note();
    }

    public boolean isObserved() {
        return observed;
    }

    public String getNote() {
        return note == null ? "" : note;
    }
}

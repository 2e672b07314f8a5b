package id.pendamping.evaluation.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * An impact review as a person types it, unchecked: the page binds to it and the service checks it
 * through {@link ImpactFindings#check}. One line per impact type, in the type's order.
 */
public class ImpactReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One impact type's line: observed or not, and a note. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ImpactType type;
        private boolean observed;
        private String note;

        public Line(ImpactType type) {
            this.type = type;
        }

        public ImpactType getType() {
            return type;
        }

        public boolean isObserved() {
            return observed;
        }

        public void setObserved(boolean observed) {
            this.observed = observed;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private LocalDate reviewedOn;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private ImpactHorizon horizon;
    private Integer communities;
    private Integer alumniReporting;
    private String observedChanges;
    private String evidence;
    /** An array, not a list, so the page's checkboxes know the enum they convert to. */
    private ImpactField[] fields = new ImpactField[0];
    private final List<Line> lines = new ArrayList<>();
    /** The version of the review being edited, so an edit never overwrites one made meanwhile; null for a new one. */
    private Long version;

    public ImpactReviewForm() {
        for (ImpactType type : ImpactType.values()) {
            lines.add(new Line(type));
        }
    }

    public Line line(ImpactType type) {
        return lines.get(type.ordinal());
    }

    /** The fields chosen, once each. */
    public EnumSet<ImpactField> chosenFields() {
        EnumSet<ImpactField> chosen = EnumSet.noneOf(ImpactField.class);
        if (fields != null) {
            java.util.Arrays.stream(fields).filter(java.util.Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public ImpactHorizon getHorizon() {
        return horizon;
    }

    public void setHorizon(ImpactHorizon horizon) {
        this.horizon = horizon;
    }

    public Integer getCommunities() {
        return communities;
    }

    public void setCommunities(Integer communities) {
        this.communities = communities;
    }

    public Integer getAlumniReporting() {
        return alumniReporting;
    }

    public void setAlumniReporting(Integer alumniReporting) {
        this.alumniReporting = alumniReporting;
    }

    public String getObservedChanges() {
        return observedChanges;
    }

    public void setObservedChanges(String observedChanges) {
        this.observedChanges = observedChanges;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public ImpactField[] getFields() {
        return fields;
    }

    public void setFields(ImpactField[] fields) {
        this.fields = fields;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

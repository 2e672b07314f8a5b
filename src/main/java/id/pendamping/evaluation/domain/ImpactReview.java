package id.pendamping.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An impact review (evaluasi dampak, Kirkpatrick level 4): what a cohort's alumni changed for the
 * communities they mentor, as a training centre found it over a period after the training. It counts
 * the communities or groups mentored and the alumni who reported, describes the changes observed,
 * and says for each of the seven impact types, positive and negative, whether it was seen. A cohort
 * may be reviewed several times, e.g. once a year; a review is revised by the centre as it learns more.
 */
@Entity
@Table(name = "impact_review")
@NamedQuery(name = "ImpactReview.ofCohort", query = "select r from ImpactReview r where r.cohortId = :cohort "
        + "order by r.reviewedOn desc, r.id desc")
public class ImpactReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImpactHorizon horizon;

    @Column(nullable = false)
    private int communities;

    @Column(name = "alumni_reporting", nullable = false)
    private int alumniReporting;

    @Column(name = "observed_changes", nullable = false)
    private String observedChanges;

    private String evidence;

    // Eager: a review is never shown without what it observed, and it has seven lines at most.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "impact_review_observation", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "impact_type")
    private Map<ImpactType, ImpactObservation> observations = new EnumMap<>(ImpactType.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "impact_review_field", joinColumns = @JoinColumn(name = "review_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field")
    private Set<ImpactField> fields = EnumSet.noneOf(ImpactField.class);

    /** Who saved the review last, and when. */
    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ImpactReview() {
    }

    public ImpactReview(Long cohortId, ImpactFindings findings, Long recordedBy, Instant now) {
        this.cohortId = cohortId;
        revise(findings, recordedBy, now);
    }

    /** Replaces what the review says with newer findings. */
    public final void revise(ImpactFindings findings, Long by, Instant now) {
        reviewedOn = findings.reviewedOn();
        periodFrom = findings.periodFrom();
        periodTo = findings.periodTo();
        horizon = findings.horizon();
        communities = findings.communities();
        alumniReporting = findings.alumniReporting();
        observedChanges = findings.observedChanges();
        evidence = findings.evidence().isEmpty() ? null : findings.evidence();
        observations.clear();
        findings.observations().forEach((type, seen) -> observations.put(type, new ImpactObservation(seen)));
        fields.clear();
        fields.addAll(findings.fields());
        recordedBy = by;
        recordedAt = now;
    }

    /** The impact types observed, positive ones first, in the types' order. */
    public List<ImpactType> observedTypes() {
        List<ImpactType> observed = new ArrayList<>();
        for (ImpactType type : ImpactType.values()) {
            ImpactObservation line = observations.get(type);
            if (line != null && line.isObserved()) {
                observed.add(type);
            }
        }
        return observed;
    }

    /** The review as an editable form, carrying its version. */
    public ImpactReviewForm toForm() {
        ImpactReviewForm form = new ImpactReviewForm();
        form.setReviewedOn(reviewedOn);
        form.setPeriodFrom(periodFrom);
        form.setPeriodTo(periodTo);
        form.setHorizon(horizon);
        form.setCommunities(communities);
        form.setAlumniReporting(alumniReporting);
        form.setObservedChanges(observedChanges);
        form.setEvidence(evidence);
        form.setFields(fields.toArray(ImpactField[]::new));
        observations.forEach((type, line) -> {
            form.line(type).setObserved(line.isObserved());
            form.line(type).setNote(line.getNote());
        });
        form.setVersion(version);
        return form;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public ImpactHorizon getHorizon() {
        return horizon;
    }

    public int getCommunities() {
        return communities;
    }

    public int getAlumniReporting() {
        return alumniReporting;
    }

    public String getObservedChanges() {
        return observedChanges;
    }

    public String getEvidence() {
        return evidence == null ? "" : evidence;
    }

    public Map<ImpactType, ImpactObservation> getObservations() {
        return observations;
    }

    public Set<ImpactField> getFields() {
        return fields;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}

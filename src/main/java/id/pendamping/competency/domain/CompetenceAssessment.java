package id.pendamping.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One candidate (asesi) assessed on one scheme, from one enrolment: the self-assessment and portfolio
 * while DRAFT, then assessors' work, the outcome with its appeal window, and the decision.
 */
@Entity
@Table(name = "competence_assessment")
@NamedQuery(name = "CompetenceAssessment.ofCandidate", query = "select a from CompetenceAssessment a "
        + "where a.candidateId = :candidate order by a.appliedAt desc")
@NamedQuery(name = "CompetenceAssessment.ofCentre", query = "select a from CompetenceAssessment a "
        + "where a.trainingCenterId = :centre and a.status <> id.pendamping.competency.domain.AssessmentStatus.DRAFT "
        + "order by a.submittedAt desc, a.id desc")
@NamedQuery(name = "CompetenceAssessment.due", query = "select a.id from CompetenceAssessment a "
        + "where a.status = id.pendamping.competency.domain.AssessmentStatus.OUTCOME and a.appealUntil <= :now")
public class CompetenceAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scheme_code", nullable = false)
    private String schemeCode;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(name = "training_center_id", nullable = false)
    private Long trainingCenterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "appeal_until")
    private Instant appealUntil;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "candidate_feedback")
    private String candidateFeedback;

    /** 1 for the first assessment on the scheme; one more for each re-certification. */
    @Column(nullable = false)
    private int cycle = 1;

    @Version
    private long version;

    protected CompetenceAssessment() {
    }

    public CompetenceAssessment(String schemeCode, Long enrolmentId, Long candidateId, Long trainingCenterId, Instant now) {
        this.schemeCode = schemeCode;
        this.enrolmentId = enrolmentId;
        this.candidateId = candidateId;
        this.trainingCenterId = trainingCenterId;
        this.status = AssessmentStatus.DRAFT;
        this.appliedAt = now;
    }

    /** The next cycle for the same candidate, enrolment and scheme: a re-certification, starting as a draft. */
    public CompetenceAssessment nextCycle(Instant now) {
        if (status != AssessmentStatus.COMPETENT) {
            throw new IllegalStateException("assessment " + id + " is " + status + ": only a competent decision is renewed");
        }
        CompetenceAssessment next = new CompetenceAssessment(schemeCode, enrolmentId, candidateId, trainingCenterId, now);
        next.cycle = cycle + 1;
        return next;
    }

    public void submit(Instant now) {
        require(AssessmentStatus.DRAFT);
        status = AssessmentStatus.SUBMITTED;
        submittedAt = now;
    }

    /** The first assessor accepted the work: the assessment is in progress. */
    public void startAssessment() {
        if (status == AssessmentStatus.SUBMITTED) {
            status = AssessmentStatus.IN_ASSESSMENT;
        }
    }

    /** Every unit has an outcome: the appeal window opens now. */
    public void outcomeReached(Instant now, int appealDays) {
        status = AssessmentStatus.OUTCOME;
        outcomeAt = now;
        appealUntil = now.plus(appealDays, ChronoUnit.DAYS);
    }

    public boolean appealOpen(Instant now) {
        return status == AssessmentStatus.OUTCOME && appealUntil != null && now.isBefore(appealUntil);
    }

    public void appealed() {
        require(AssessmentStatus.OUTCOME);
        status = AssessmentStatus.APPEALED;
    }

    /** An upheld appeal sends the units concerned back to the assessors. */
    public void reopened() {
        require(AssessmentStatus.APPEALED);
        status = AssessmentStatus.IN_ASSESSMENT;
        outcomeAt = null;
        appealUntil = null;
    }

    /** A dismissed appeal leaves the outcome as it was; the decision follows once the window has passed. */
    public void appealDismissed() {
        require(AssessmentStatus.APPEALED);
        status = AssessmentStatus.OUTCOME;
    }

    public void decide(boolean competent, LocalDate on) {
        require(AssessmentStatus.OUTCOME);
        status = competent ? AssessmentStatus.COMPETENT : AssessmentStatus.NOT_YET_COMPETENT;
        decidedOn = on;
    }

    public void giveFeedback(String feedback) {
        this.candidateFeedback = feedback;
    }

    private void require(AssessmentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("assessment " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getTrainingCenterId() {
        return trainingCenterId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public Instant getAppealUntil() {
        return appealUntil;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public int getCycle() {
        return cycle;
    }

    public String getCandidateFeedback() {
        return candidateFeedback;
    }
}

package id.pendamping.competency.domain;

/** Where a candidate's assessment on a scheme stands; the comments in V7__competence_assessment.sql say when each holds. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, IN_ASSESSMENT, OUTCOME, APPEALED, COMPETENT, NOT_YET_COMPETENT;

    public boolean decided() {
        return this == COMPETENT || this == NOT_YET_COMPETENT;
    }

    /** Assessors may record evidence and verdicts only while the assessment is in their hands. */
    public boolean underAssessment() {
        return this == IN_ASSESSMENT || this == SUBMITTED;
    }
}

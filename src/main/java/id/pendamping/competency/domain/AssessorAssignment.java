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

/**
 * An assessor put on a candidate in one role by a coordinator. Nothing can be recorded until the
 * assessor declares that they have no conflict of interest with the candidate; declining withdraws
 * the assignment and the coordinator chooses someone else.
 */
@Entity
@Table(name = "assessor_assignment")
@NamedQuery(name = "AssessorAssignment.ofAssessment", query = "select a from AssessorAssignment a "
        + "where a.assessmentId = :assessment and a.status <> id.pendamping.competency.domain.AssessorAssignment.Status.WITHDRAWN "
        + "order by a.assignedAt")
@NamedQuery(name = "AssessorAssignment.ofAssessor", query = "select a from AssessorAssignment a "
        + "where a.assessorId = :assessor and a.status <> id.pendamping.competency.domain.AssessorAssignment.Status.WITHDRAWN "
        + "order by a.assignedAt desc")
public class AssessorAssignment {

    public enum Status { ASSIGNED, DECLARED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "assessor_id", nullable = false)
    private Long assessorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessorRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "appeal_id")
    private Long appealId;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declined_reason")
    private String declinedReason;

    @Version
    private long version;

    protected AssessorAssignment() {
    }

    public AssessorAssignment(Long assessmentId, Long assessorId, AssessorRole role, Long appealId, String assignedBy,
                              Instant now) {
        this.assessmentId = assessmentId;
        this.assessorId = assessorId;
        this.role = role;
        this.appealId = appealId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
        this.status = Status.ASSIGNED;
    }

    public void declareNoConflict(Instant now) {
        if (status == Status.ASSIGNED) {
            status = Status.DECLARED;
            declaredAt = now;
        }
    }

    public void decline(String reason) {
        status = Status.WITHDRAWN;
        declinedReason = reason;
    }

    public boolean isDeclared() {
        return status == Status.DECLARED;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getAssessorId() {
        return assessorId;
    }

    public AssessorRole getRole() {
        return role;
    }

    public Status getStatus() {
        return status;
    }

    public Long getAppealId() {
        return appealId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDeclinedReason() {
        return declinedReason;
    }
}

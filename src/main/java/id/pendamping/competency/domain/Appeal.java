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
import java.util.Arrays;
import java.util.List;

/** An appeal (banding) against the outcome of some units, with the reviewer's decision. */
@Entity
@Table(name = "appeal")
@NamedQuery(name = "Appeal.ofAssessment", query = "select a from Appeal a where a.assessmentId = :assessment order by a.filedAt desc")
public class Appeal {

    public enum Status { FILED, UPHELD, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "unit_codes", nullable = false)
    private String unitCodes;

    @Column(nullable = false)
    private String reason;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Appeal() {
    }

    public Appeal(Long assessmentId, List<String> unitCodes, String reason, Instant now) {
        this.assessmentId = assessmentId;
        this.unitCodes = String.join(",", unitCodes);
        this.reason = reason;
        this.filedAt = now;
        this.status = Status.FILED;
    }

    public void decide(boolean upheld, String reason, Long reviewerId, Instant now) {
        if (status != Status.FILED) {
            throw new IllegalStateException("appeal " + id + " is already " + status);
        }
        status = upheld ? Status.UPHELD : Status.DISMISSED;
        decisionReason = reason;
        decidedBy = reviewerId;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public List<String> getUnitCodes() {
        return Arrays.asList(unitCodes.split(","));
    }

    public String getReason() {
        return reason;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

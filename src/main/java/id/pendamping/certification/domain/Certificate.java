package id.pendamping.certification.domain;

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

/**
 * A certificate of record. Its printed fields and the SHA-256 of its signed PDF are fixed at issue;
 * nothing that was printed ever changes. What can happen afterwards is its lifecycle: a coordinator
 * proposes a revocation with a reason and an admin confirms it (two people, because a revocation
 * is public and final); a correction supersedes it with a new certificate it then points to; and a
 * certificate with an expiry date lapses by itself.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.verificationCode = :code")
@NamedQuery(name = "Certificate.bySha", query = "select c from Certificate c where c.sha256 = :sha")
@NamedQuery(name = "Certificate.ofAccount", query = "select c from Certificate c where c.accountId = :account "
        + "order by c.issuedAt desc")
@NamedQuery(name = "Certificate.ofEnrolments", query = "select c from Certificate c where c.enrolmentId in :enrolments "
        + "order by c.number")
@NamedQuery(name = "Certificate.revocationsProposed", query = "select c from Certificate c "
        + "where c.status = id.pendamping.certification.domain.CertificateStatus.ISSUED and c.revocationProposedAt is not null "
        + "order by c.revocationProposedAt")
@NamedQuery(name = "Certificate.expiringBetween", query = "select c from Certificate c "
        + "where c.status = id.pendamping.certification.domain.CertificateStatus.ISSUED "
        + "and c.expiresOn >= :from and c.expiresOn <= :to order by c.expiresOn")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateKind kind;

    @Column(nullable = false, length = 100)
    private String number;

    @Column(name = "verification_code", nullable = false, length = 40)
    private String verificationCode;

    @Column(name = "training_center_id", nullable = false)
    private Long trainingCenterId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "current_for_enrolment")
    private Long currentForEnrolment;

    @Column(name = "assessment_id")
    private Long assessmentId;

    /** For a certificate of competence: equals assessment_id while current (unique, like current_for_enrolment). */
    @Column(name = "current_for_assessment")
    private Long currentForAssessment;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(nullable = false)
    private String printed;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "revocation_proposed_by", length = 100)
    private String revocationProposedBy;

    @Column(name = "revocation_proposed_at")
    private Instant revocationProposedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "supersedes")
    private Long supersedes;

    @Version
    private long version;

    protected Certificate() {
    }

    /** A certificate issued for an enrolment (a training certificate) from its printed fields. */
    public Certificate(PrintedCertificate printed, String verificationCode, Long trainingCenterId, Long accountId,
                       Long enrolmentId, String sha256, Instant issuedAt, String issuedBy) {
        this.kind = printed.kind();
        this.number = printed.number();
        this.verificationCode = verificationCode;
        this.trainingCenterId = trainingCenterId;
        this.accountId = accountId;
        this.enrolmentId = enrolmentId;
        this.currentForEnrolment = enrolmentId;
        this.holderName = printed.holderName();
        this.printed = printed.toJson();
        this.issuedOn = printed.issuedOn();
        this.expiresOn = printed.expiresOn();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.sha256 = sha256;
        this.status = CertificateStatus.ISSUED;
    }

    public Standing standing(LocalDate today) {
        return switch (status) {
            case REVOKED -> Standing.REVOKED;
            case SUPERSEDED -> Standing.SUPERSEDED;
            case ISSUED -> expiresOn != null && today.isAfter(expiresOn) ? Standing.EXPIRED : Standing.VALID;
        };
    }

    /** A coordinator's proposal; the certificate stays valid until an admin confirms it. */
    public void proposeRevocation(String reason, String by, Instant at) {
        requireIssued();
        this.revocationReason = reason;
        this.revocationProposedBy = by;
        this.revocationProposedAt = at;
    }

    public boolean isRevocationProposed() {
        return status == CertificateStatus.ISSUED && revocationProposedAt != null;
    }

    public void confirmRevocation(String by, Instant at) {
        if (!isRevocationProposed()) {
            throw new IllegalStateException("no revocation proposed for " + number);
        }
        this.status = CertificateStatus.REVOKED;
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public void rejectRevocation() {
        requireIssued();
        this.revocationReason = null;
        this.revocationProposedBy = null;
        this.revocationProposedAt = null;
    }

    /** Frees the enrolment for the corrected certificate, which must be issued in the same transaction. */
    /** A certificate of competence, current for the candidate's assessment rather than for the enrolment. */
    public static Certificate competence(PrintedCertificate printed, String verificationCode, Long trainingCenterId,
                                         Long accountId, Long enrolmentId, Long assessmentId, String sha256,
                                         Instant issuedAt, String issuedBy) {
        Certificate certificate = new Certificate(printed, verificationCode, trainingCenterId, accountId, enrolmentId, sha256,
                issuedAt, issuedBy);
        certificate.currentForEnrolment = null;
        certificate.assessmentId = assessmentId;
        certificate.currentForAssessment = assessmentId;
        return certificate;
    }

    public void makeWayForCorrection() {
        requireIssued();
        this.currentForEnrolment = null;
        this.currentForAssessment = null;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public void supersededBy(Certificate successor) {
        this.status = CertificateStatus.SUPERSEDED;
        this.supersededBy = successor.getId();
        successor.supersedes = this.id;
    }

    private void requireIssued() {
        if (status != CertificateStatus.ISSUED) {
            throw new IllegalStateException(number + " is " + status);
        }
    }

    /** The number as a safe file name: 0007/BBPPKS-JKT/PLT/XI/2026 becomes 0007_BBPPKS-JKT_PLT_XI_2026.pdf. */
    public String fileName() {
        return number.replaceAll("[^A-Za-z0-9._-]+", "_") + ".pdf";
    }

    public PrintedCertificate printed() {
        return PrintedCertificate.fromJson(printed);
    }

    public Long getId() {
        return id;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Long getTrainingCenterId() {
        return trainingCenterId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getRevocationProposedBy() {
        return revocationProposedBy;
    }

    public Instant getRevocationProposedAt() {
        return revocationProposedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public Long getSupersedes() {
        return supersedes;
    }
}

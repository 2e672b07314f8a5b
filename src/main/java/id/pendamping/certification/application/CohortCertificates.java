package id.pendamping.certification.application;

import id.pendamping.certification.application.TrainingCompletion.Completion;
import id.pendamping.certification.application.TrainingCompletion.Standing;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateDocument;
import id.pendamping.certification.domain.CertificateStatus;
import id.pendamping.competency.application.AuditLog;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A coordinator's certificates of one cohort of their own centre: who has completed and who holds
 * a certificate, the documents one by one or all as a ZIP, a revocation proposal (an admin confirms
 * it) and a name correction, which supersedes the certificate with a new one.
 */
@ApplicationScoped
public class CohortCertificates {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;
    public static final int MAX_NAME = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CohortService cohorts;

    @Inject
    TrainingCompletion completion;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** One trainee's line: completion and, when issued, the current certificate. */
    public record Row(Standing standing, Certificate certificate) {
    }

    public record Overview(Cohort cohort, List<Row> rows, long eligible, long issued) {
    }

    @Transactional
    public Overview overview(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        Completion done = completion.of(cohort, completion.enrolled(cohort.getId()));
        Map<Long, Certificate> current = issuer.currentIn(cohort.getId());
        List<Row> rows = done.standings().stream()
                .map(s -> new Row(s, current.get(s.enrolment().getId()))).toList();
        long eligible = rows.stream().filter(r -> r.standing().eligible()).count();
        long issued = rows.stream().filter(r -> r.certificate() != null).count();
        return new Overview(cohort, rows, eligible, issued);
    }

    /** Writes every current certificate of the cohort into a ZIP, one PDF per certificate, named by number. */
    @Transactional
    public void zip(Long cohortId, OutputStream out) {
        Cohort cohort = cohorts.cohort(cohortId);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Certificate certificate : issuer.currentIn(cohort.getId()).values().stream()
                    .sorted(java.util.Comparator.comparing(Certificate::getNumber)).toList()) {
                zip.putNextEntry(new ZipEntry(certificate.fileName()));
                zip.write(em.find(CertificateDocument.class, certificate.getId()).getPdf());
                zip.closeEntry();
                em.detach(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public MyCertificates.Document document(Long certificateId) {
        Certificate certificate = ofMyCentre(certificateId);
        return new MyCertificates.Document(certificate.fileName(),
                em.find(CertificateDocument.class, certificate.getId()).getPdf());
    }

    /** Proposes revoking a certificate; it stays valid until an admin confirms. */
    @Transactional
    public void proposeRevocation(Long certificateId, String reason) {
        Certificate certificate = ofMyCentre(certificateId);
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON || text.length() > MAX_REASON) {
            throw new InvalidInput("reason", "certificate.revoke.reasonLength", MIN_REASON, MAX_REASON);
        }
        if (certificate.getStatus() != CertificateStatus.ISSUED) {
            throw new InvalidInput("reason", "certificate.revoke.notIssued");
        }
        certificate.proposeRevocation(text, caller.account().getUsername(), clock.instant());
        audit.append(caller.account().getUsername(), "certificate.revocation.proposed", "certificate " + certificate.getNumber(),
                text);
    }

    /** Corrects the holder's name: a new certificate supersedes this one, and the account takes the name. */
    @Transactional
    public Certificate correctName(Long certificateId, String correctedName) {
        Certificate certificate = ofMyCentre(certificateId);
        String name = correctedName == null ? "" : correctedName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInput("name", "certificate.correct.nameLength", MAX_NAME);
        }
        if (name.equals(certificate.getHolderName())) {
            throw new InvalidInput("name", "certificate.correct.sameName");
        }
        if (certificate.getStatus() != CertificateStatus.ISSUED
                || certificate.isRevocationProposed()) {
            throw new InvalidInput("name", "certificate.correct.notIssued");
        }
        String printedName = certificate.getHolderName();
        em.find(Account.class, certificate.getAccountId()).correctName(name);
        Enrolment enrolment = em.find(Enrolment.class, certificate.getEnrolmentId());
        Certificate successor = issuer.supersede(certificate, enrolment.getCohort().getTrainingCenter(), name,
                caller.account().getUsername());
        audit.append(caller.account().getUsername(), "certificate.corrected", "certificate " + certificate.getNumber(),
                "name '" + printedName + "' corrected to '" + name + "'; superseded by " + successor.getNumber());
        return successor;
    }

    private Certificate ofMyCentre(Long certificateId) {
        caller.require(Role.COORDINATOR);
        Certificate certificate = certificateId == null ? null : em.find(Certificate.class, certificateId);
        Account me = caller.account();
        if (certificate == null || me.getTrainingCenter() == null
                || !certificate.getTrainingCenterId().equals(me.getTrainingCenter().getId())) {
            throw new AccessDenied("certificate " + certificateId);
        }
        return certificate;
    }
}

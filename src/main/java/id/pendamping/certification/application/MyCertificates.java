package id.pendamping.certification.application;

import id.pendamping.certification.application.TrainingCompletion.Completion;
import id.pendamping.certification.application.TrainingCompletion.Standing;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateDocument;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * A trainee's certificates: the ones issued to them, the programmes they have yet to complete (and
 * what is missing), the claim of a certificate once a programme is complete, the download of the
 * document of record, and whether their name appears in the public register.
 */
@ApplicationScoped
public class MyCertificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    StudyService study;

    @Inject
    TrainingCompletion completion;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificateNumbering numbering;

    /** What the trainee sees: certificates, newest first, and enrolments still without one. */
    public record Overview(List<Certificate> certificates, List<Standing> pending, boolean listedInRegister) {
    }

    /** The signed PDF as issued. */
    public record Document(String fileName, byte[] pdf) {
    }

    @Transactional
    public Overview overview() {
        caller.require(Role.TRAINEE);
        Account me = caller.account();
        List<Certificate> certificates = em.createNamedQuery("Certificate.ofAccount", Certificate.class)
                .setParameter("account", me.getId()).getResultList();
        List<Standing> pending = new ArrayList<>();
        for (Enrolment enrolment : em.createNamedQuery("Enrolment.ofAccount", Enrolment.class)
                .setParameter("account", me.getId()).getResultList()) {
            if (enrolment.isEnrolled() && issuer.current(enrolment.getId()).isEmpty()) {
                pending.add(completion.of(enrolment.getCohort(), List.of(enrolment)).standings().get(0));
            }
        }
        return new Overview(certificates, pending, !me.isRegisterOptOut());
    }

    /** Issues the certificate of a programme the trainee has completed; refused, with the reason, otherwise. */
    @Transactional
    public Certificate claim(Long enrolmentId) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        Completion done = completion.of(enrolment.getCohort(), List.of(enrolment));
        Standing standing = done.standings().get(0);
        if (!standing.eligible()) {
            throw new InvalidInput("enrolment", "certificate.claim.notComplete");
        }
        issuer.requireSigningKey();
        if (numbering.settings(enrolment.getCohort().getTrainingCenter().getId()).isPrintIdentityNumber()
                && enrolment.getAccount().getIdentityNumber() == null) {
            throw new InvalidInput("identityNumber", "certificate.claim.identityNumberMissing");
        }
        return issuer.issueTraining(done, standing, caller.account().getUsername());
    }

    /** The holder's identity number (NIK: 16 digits), for centres that print it; empty clears it. */
    @Transactional
    public void giveIdentityNumber(String identityNumber) {
        caller.require(Role.TRAINEE);
        String digits = identityNumber == null ? "" : identityNumber.replaceAll("[\\s.-]", "");
        if (!digits.isEmpty() && !digits.matches("\\d{16}")) {
            throw new InvalidInput("identityNumber", "certificate.identityNumber.invalid");
        }
        em.find(Account.class, caller.account().getId()).giveIdentityNumber(digits.isEmpty() ? null : digits);
    }

    /** The caller's identity number as given, or null. */
    @Transactional
    public String identityNumber() {
        caller.require(Role.TRAINEE);
        return em.find(Account.class, caller.account().getId()).getIdentityNumber();
    }

    @Transactional
    public Document document(Long certificateId) {
        caller.require(Role.TRAINEE);
        Certificate certificate = certificateId == null ? null : em.find(Certificate.class, certificateId);
        if (certificate == null || !certificate.getAccountId().equals(caller.account().getId())) {
            throw new AccessDenied("certificate " + certificateId);
        }
        return new Document(certificate.fileName(), em.find(CertificateDocument.class, certificate.getId()).getPdf());
    }

    @Transactional
    public void listInRegister(boolean listed) {
        caller.require(Role.TRAINEE);
        em.find(Account.class, caller.account().getId()).chooseRegisterListing(listed);
    }
}

package id.pendamping.certification.application;

import id.pendamping.certification.domain.Certificate;
import id.pendamping.competency.application.AuditLog;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The admin's side of the lifecycle: revocations proposed by coordinators, confirmed or rejected
 * by an admin (a revocation is public and final, so it takes two people), and the certificates
 * that expire in the coming days, from which re-certification starts.
 */
@ApplicationScoped
public class Revocations {

    public static final int EXPIRY_WINDOW_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Certificate> proposed() {
        caller.require(Role.ADMIN);
        return em.createNamedQuery("Certificate.revocationsProposed", Certificate.class).getResultList();
    }

    @Transactional
    public void confirm(Long certificateId) {
        caller.require(Role.ADMIN);
        Certificate certificate = proposal(certificateId);
        certificate.confirmRevocation(caller.account().getUsername(), clock.instant());
        audit.append(caller.account().getUsername(), "certificate.revoked", "certificate " + certificate.getNumber(),
                certificate.getRevocationReason() + " (proposed by " + certificate.getRevocationProposedBy() + ")");
    }

    @Transactional
    public void reject(Long certificateId) {
        caller.require(Role.ADMIN);
        Certificate certificate = proposal(certificateId);
        String reason = certificate.getRevocationReason();
        certificate.rejectRevocation();
        audit.append(caller.account().getUsername(), "certificate.revocation.rejected", "certificate " + certificate.getNumber(),
                reason);
    }

    /** Certificates that expire within the window, soonest first. */
    @Transactional
    public List<Certificate> expiringSoon() {
        caller.require(Role.ADMIN, Role.COORDINATOR);
        LocalDate today = Calendars.today(clock);
        List<Certificate> expiring = em.createNamedQuery("Certificate.expiringBetween", Certificate.class)
                .setParameter("from", today).setParameter("to", today.plusDays(EXPIRY_WINDOW_DAYS)).getResultList();
        if (caller.hasRole(Role.ADMIN)) {
            return expiring;
        }
        Long centre = caller.account().getTrainingCenter().getId();
        return expiring.stream().filter(c -> c.getTrainingCenterId().equals(centre)).toList();
    }

    private Certificate proposal(Long certificateId) {
        Certificate certificate = certificateId == null ? null : em.find(Certificate.class, certificateId);
        if (certificate == null || !certificate.isRevocationProposed()) {
            throw new InvalidInput("certificate", "certificate.revoke.noProposal");
        }
        return certificate;
    }
}

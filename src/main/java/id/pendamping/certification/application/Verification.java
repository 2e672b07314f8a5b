package id.pendamping.certification.application;

import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.certification.domain.Standing;
import id.pendamping.certification.domain.VerificationCode;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Public verification, with no sign-in: a certificate found by the code in its QR link (or by its
 * printed number) shows every printed field and its standing today, valid, expired, revoked with the
 * reason, or superseded by which certificate; and an uploaded PDF is checked byte for byte against
 * the SHA-256 stored at issue. Nothing beyond what is printed is shown.
 */
@ApplicationScoped
public class Verification {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What a verifier is told. {@code successor} is the certificate that replaced a superseded one. */
    public record Verified(String code, PrintedCertificate printed, Standing standing, String revocationReason,
                           LocalDate revokedOn, Optional<Successor> successor, String sha256) {
    }

    /** The number and code of a superseding certificate, enough to link to it. */
    public record Successor(String number, String code) {
    }

    @Transactional
    public Optional<Verified> byCode(String code) {
        if (!VerificationCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getResultStream().findFirst().map(this::verified);
    }

    /** The code of the certificate with this printed number, for a verifier who typed the number. */
    @Transactional
    public Optional<String> codeOfNumber(String number) {
        if (number == null || number.isBlank() || number.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select c.verificationCode from Certificate c where c.number = :number", String.class)
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    /** The certificate whose issued PDF is exactly these bytes, if any. */
    @Transactional
    public Optional<Verified> byDocument(byte[] pdf) {
        return em.createNamedQuery("Certificate.bySha", Certificate.class).setParameter("sha", Hashes.sha256(pdf))
                .getResultStream().findFirst().map(this::verified);
    }

    private Verified verified(Certificate c) {
        Optional<Successor> successor = Optional.ofNullable(c.getSupersededBy()).map(id -> em.find(Certificate.class, id))
                .map(s -> new Successor(s.getNumber(), s.getVerificationCode()));
        LocalDate revokedOn = c.getRevokedAt() == null ? null
                : LocalDate.ofInstant(c.getRevokedAt(), Calendars.ZONE);
        Standing standing = c.standing(Calendars.today(clock));
        return new Verified(c.getVerificationCode(), c.printed().forPublic(), standing,
                standing == Standing.REVOKED ? c.getRevocationReason() : null, revokedOn, successor, c.getSha256());
    }
}

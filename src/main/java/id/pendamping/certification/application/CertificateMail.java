package id.pendamping.certification.application;

import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.PublicUrl;
import id.pendamping.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Tells the holder, in their language, that a certificate was issued to them and where to verify and download it. */
@ApplicationScoped
public class CertificateMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(Certificate certificate) {
        // Already in the persistence context for the bulk issue: the standings fetched the accounts.
        Account holder = em.find(Account.class, certificate.getAccountId());
        Outbox.Localized kind = new Outbox.Localized(certificate.getKind() == CertificateKind.TRAINING
                ? "mail.certificate.training" : "mail.certificate.competence");
        outbox.queue(new Outbox.Letter(holder.getEmail(), holder.getLocale(), "certificate:" + certificate.getId(),
                "mail.certificate.subject", new Object[] {certificate.getNumber()},
                "mail.certificate.body", new Object[] {holder.getFullName(), kind, certificate.getNumber(),
                        CertificateIssuer.verificationUrl(certificate.getVerificationCode()),
                        PublicUrl.of("/learn/certificates.xhtml")}));
    }
}

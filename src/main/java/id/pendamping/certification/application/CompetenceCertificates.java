package id.pendamping.certification.application;

import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.competency.application.CompetenceDecided;
import id.pendamping.competency.application.SchemeCatalog;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.identity.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Issues the certificate of competence when a candidate is decided competent, in the decision's own
 * transaction: the decision and its certificate exist together or not at all, and a decision retried
 * finds the certificate already current. Only where the operator is configured as a certification body.
 */
@ApplicationScoped
public class CompetenceCertificates {

    private static final Logger LOG = Logger.getLogger(CompetenceCertificates.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificationBody body;

    @Inject
    SchemeCatalog schemes;

    @Inject
    CertificateIssuer issuer;

    void onDecision(@Observes CompetenceDecided decided) {
        if (body.details().isEmpty()) {
            LOG.info(() -> "assessment " + decided.assessmentId() + " decided competent; no certification body is "
                    + "configured, so no certificate of competence is issued");
            return;
        }
        CompetenceAssessment assessment = em.find(CompetenceAssessment.class, decided.assessmentId());
        CertificationScheme scheme = schemes.scheme(decided.schemeCode()).orElseThrow();
        Account holder = em.find(Account.class, decided.candidateId());
        String competent = "Kompeten (" + Verdict.COMPETENT.code() + ") / Competent";
        List<PrintedCertificate.Line> units = scheme.units().stream()
                .map(u -> new PrintedCertificate.Line(u.code(), u.title().getIndonesian(), u.title().getEnglish(), competent))
                .toList();
        issuer.issueCompetence(new CertificateIssuer.CompetenceAward(assessment.getId(), holder.getId(),
                assessment.getEnrolmentId(), assessment.getTrainingCenterId(), holder.getFullName(),
                scheme.title().getIndonesian(), scheme.title().getEnglish(), scheme.validityYears(), decided.decidedOn(),
                units, holder.getIdentityNumber()), body.details().get(), "system");
    }
}

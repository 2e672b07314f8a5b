package id.pendamping.competency.application;

import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Re-certification: before a certificate of competence expires, an admin or a coordinator of the
 * candidate's centre opens the next cycle of assessment on the same scheme. The candidate then finds a
 * fresh self-assessment on their competence page, and the process runs as the first time.
 */
@ApplicationScoped
public class Recertifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SchemeCatalog schemes;

    @Inject
    AssessmentRecords records;

    @Inject
    AuditLog audit;

    /** Opens the next cycle after a competent decision; opening it again returns the cycle already open. */
    @Transactional
    public Long open(Long decidedAssessmentId) {
        caller.require(Role.ADMIN, Role.COORDINATOR);
        CompetenceAssessment decided = decidedAssessmentId == null ? null : records.lock(decidedAssessmentId);
        if (decided == null) {
            throw new InvalidInput("certificate", "recertification.notCompetent");
        }
        if (caller.hasRole(Role.COORDINATOR)
                && !decided.getTrainingCenterId().equals(caller.account().getTrainingCenter().getId())) {
            throw new AccessDenied("assessment " + decidedAssessmentId + " is not of the coordinator's centre");
        }
        CompetenceAssessment latest = em.createQuery("select a from CompetenceAssessment a where a.enrolmentId = :e "
                        + "and a.schemeCode = :s order by a.cycle desc", CompetenceAssessment.class)
                .setParameter("e", decided.getEnrolmentId()).setParameter("s", decided.getSchemeCode()).setMaxResults(1)
                .getSingleResult();
        if (latest.getCycle() > decided.getCycle()) {
            return latest.getId();
        }
        if (decided.getStatus() != AssessmentStatus.COMPETENT) {
            throw new InvalidInput("certificate", "recertification.notCompetent");
        }
        CertificationScheme scheme = schemes.scheme(decided.getSchemeCode())
                .orElseThrow(() -> new InvalidInput("certificate", "recertification.schemeWithdrawn"));
        CompetenceAssessment next = decided.nextCycle(clock.instant());
        em.persist(next);
        em.flush();
        int position = 0;
        for (CompetencyUnit unit : scheme.units()) {
            records.addUnit(next.getId(), unit.code(), position++);
        }
        audit.append(caller.account().getUsername(), "recertification.opened", "assessment " + next.getId(),
                "cycle " + next.getCycle() + " on " + scheme.code() + " after assessment " + decided.getId());
        return next.getId();
    }
}

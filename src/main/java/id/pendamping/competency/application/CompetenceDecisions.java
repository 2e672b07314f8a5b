package id.pendamping.competency.application;

import id.pendamping.competency.application.AssessmentRecords.UnitState;
import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.platform.Calendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision on the scheme, taken when the appeal window has passed with no appeal open: competent
 * when every unit is K, otherwise not yet competent. Run by {@link DecisionJob}; each decision is its
 * own transaction under the assessment's row lock, so two nodes never decide one candidate twice.
 */
@ApplicationScoped
public class CompetenceDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AssessmentRecords records;

    @Inject
    AuditLog audit;

    @Inject
    Event<CompetenceDecided> decided;

    @Transactional
    public List<Long> due() {
        return em.createNamedQuery("CompetenceAssessment.due", Long.class).setParameter("now", clock.instant()).getResultList();
    }

    /** Decides one assessment if it is still due; returns whether it did. */
    @Transactional
    public boolean decide(Long assessmentId) {
        CompetenceAssessment assessment = records.lock(assessmentId);
        if (assessment.getStatus() != AssessmentStatus.OUTCOME || assessment.appealOpen(clock.instant())) {
            return false;
        }
        List<UnitState> units = records.units(assessmentId);
        boolean competent = !units.isEmpty() && units.stream().allMatch(u -> u.outcome() == Verdict.COMPETENT);
        LocalDate today = Calendars.today(clock);
        assessment.decide(competent, today);
        audit.append("system", "competence.decided", "assessment " + assessmentId,
                (competent ? "COMPETENT" : "NOT_YET_COMPETENT") + " on " + assessment.getSchemeCode() + ", " + today);
        if (competent) {
            decided.fire(new CompetenceDecided(assessmentId, assessment.getCandidateId(), assessment.getSchemeCode(), today));
        }
        return true;
    }
}

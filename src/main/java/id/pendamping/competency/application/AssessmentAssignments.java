package id.pendamping.competency.application;

import id.pendamping.competency.application.AssessmentRecords.Rating;
import id.pendamping.competency.domain.Appeal;
import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.AssessorAgreement;
import id.pendamping.competency.domain.AssessorAssignment;
import id.pendamping.competency.domain.AssessorPair;
import id.pendamping.competency.domain.AssessorRating;
import id.pendamping.competency.domain.AssessorRole;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.RaterAgreement;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The coordinator's side: the centre's candidates, putting assessors on them (first, second,
 * moderator, appeal reviewer) under the independence rules, and the agreement between assessors.
 * A coordinator sees and touches only their own training centre's candidates.
 */
@ApplicationScoped
public class AssessmentAssignments {

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
    AssessmentViews views;

    @Inject
    AssessorRegister register;

    @Inject
    AuditLog audit;

    /** An assessor the coordinator may choose, with the reason they may not when they may not. */
    public record Choice(Account assessor, String registrationNumber, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    /** Agreement of one pair of assessors over the units both rated as first and second assessor. */
    public record PairAgreement(String firstName, String secondName, RaterAgreement agreement) {
    }

    /** The centre's candidates who have submitted, newest first. */
    @Transactional
    public List<AssessmentViews.CandidateLine> candidates() {
        Long centre = coordinatorCentre();
        return em.createNamedQuery("CompetenceAssessment.ofCentre", CompetenceAssessment.class).setParameter("centre", centre)
                .getResultList().stream().map(views::forCoordinator).toList();
    }

    @Transactional
    public AssessmentViews.CandidateLine candidate(Long assessmentId) {
        return views.forCoordinator(ofMyCentre(assessmentId));
    }

    @Transactional
    public List<AssessmentRecords.PortfolioFile> portfolio(Long assessmentId) {
        return records.portfolio(ofMyCentre(assessmentId).getId());
    }

    /** The centre's assessors and whether each may take this role for this candidate. */
    @Transactional
    public List<Choice> choices(Long assessmentId, AssessorRole role) {
        CompetenceAssessment assessment = ofMyCentre(assessmentId);
        List<Choice> choices = new ArrayList<>();
        for (Account assessor : em.createQuery("select a from Account a where a.role = :role and a.trainingCenter.id = :centre "
                        + "and a.enabled = true order by a.fullName", Account.class)
                .setParameter("role", Role.ASSESSOR).setParameter("centre", assessment.getTrainingCenterId()).getResultList()) {
            choices.add(new Choice(assessor, register.registrationNumber(assessor.getId()),
                    refusal(assessment, role, assessor).orElse(null)));
        }
        return choices;
    }

    /** Puts an assessor on the candidate; the assessor still has to declare no conflict of interest. */
    @Transactional
    public void assign(Long assessmentId, AssessorRole role, Long assessorId) {
        CompetenceAssessment assessment = records.lock(ofMyCentre(assessmentId).getId());
        if (role == null) {
            throw new InvalidInput("role", "assign.role");
        }
        Account assessor = assessorId == null ? null : em.find(Account.class, assessorId);
        if (assessor == null) {
            throw new InvalidInput("assessor", "assign.assessorRequired");
        }
        refusal(assessment, role, assessor).ifPresent(key -> {
            throw new InvalidInput("assessor", key);
        });
        Long appealId = role == AssessorRole.APPEAL ? openAppeal(assessment.getId()).getId() : null;
        em.persist(new AssessorAssignment(assessment.getId(), assessorId, role, appealId, caller.account().getUsername(),
                clock.instant()));
        audit.append(caller.account().getUsername(), "assessor.assigned", "assessment " + assessment.getId(),
                role + ": " + register.registrationNumber(assessorId)
                        + (appealId == null ? "" : " (appeal " + appealId + ")"));
    }

    /** Agreement between assessors of the centre: percent agreement and Cohen's kappa per pair. */
    @Transactional
    public List<PairAgreement> agreement() {
        Long centre = coordinatorCentre();
        List<AssessorRating> ratings = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (CompetenceAssessment a : em.createQuery("select a from CompetenceAssessment a where a.trainingCenterId = :centre",
                CompetenceAssessment.class).setParameter("centre", centre).getResultList()) {
            for (Rating r : records.ratings(a.getId())) {
                if (r.role() == AssessorRole.FIRST || r.role() == AssessorRole.SECOND) {
                    String number = register.registrationNumber(r.assessorId());
                    names.computeIfAbsent(number, n -> em.find(Account.class, r.assessorId()).getFullName());
                    // Each round is its own rating: a re-assessment after an appeal is a new judgement.
                    ratings.add(new AssessorRating(a.getId() + "#" + r.round(), r.unitCode(), number, r.verdict()));
                }
            }
        }
        SortedMap<AssessorPair, RaterAgreement> byPair = AssessorAgreement.byPair(ratings);
        List<PairAgreement> pairs = new ArrayList<>();
        byPair.forEach((pair, agreement) -> pairs.add(new PairAgreement(names.get(pair.first()) + " (" + pair.first() + ")",
                names.get(pair.second()) + " (" + pair.second() + ")", agreement)));
        return pairs;
    }

    /** Why this assessor may not take the role, as a bundle key; empty when they may. */
    private Optional<String> refusal(CompetenceAssessment assessment, AssessorRole role, Account assessor) {
        if (assessor.getRole() != Role.ASSESSOR || assessor.getTrainingCenter() == null
                || !assessor.getTrainingCenter().getId().equals(assessment.getTrainingCenterId())) {
            return Optional.of("assign.notOurAssessor");
        }
        Optional<String> licence = register.refusal(assessor.getId(), assessment.getSchemeCode());
        if (licence.isPresent()) {
            return licence;
        }
        CertificationScheme scheme = schemes.scheme(assessment.getSchemeCode()).orElseThrow();
        List<AssessorAssignment> current = em.createNamedQuery("AssessorAssignment.ofAssessment", AssessorAssignment.class)
                .setParameter("assessment", assessment.getId()).getResultList();
        boolean involved = current.stream().anyMatch(x -> x.getAssessorId().equals(assessor.getId()))
                || records.ratings(assessment.getId()).stream().anyMatch(r -> r.assessorId().equals(assessor.getId()));
        if (involved) {
            return Optional.of(role == AssessorRole.APPEAL ? "assign.involved" : "assign.alreadyInvolved");
        }
        AssessmentStatus status = assessment.getStatus();
        switch (role) {
            case FIRST, SECOND, MODERATOR -> {
                if (status != AssessmentStatus.SUBMITTED && status != AssessmentStatus.IN_ASSESSMENT) {
                    return Optional.of("assign.notUnderAssessment");
                }
                if (role == AssessorRole.SECOND && !scheme.secondRating()) {
                    return Optional.of("assign.noSecondRating");
                }
                if (role == AssessorRole.MODERATOR && !views.forCoordinator(assessment).needsModeration()) {
                    return Optional.of("assign.noModerationNeeded");
                }
                if (current.stream().anyMatch(x -> x.getRole() == role)) {
                    return Optional.of("assign.roleTaken");
                }
            }
            case APPEAL -> {
                if (status != AssessmentStatus.APPEALED) {
                    return Optional.of("assign.noAppeal");
                }
                Long appealId = openAppeal(assessment.getId()).getId();
                if (current.stream().anyMatch(x -> x.getRole() == role && appealId.equals(x.getAppealId()))) {
                    return Optional.of("assign.roleTaken");
                }
            }
            default -> throw new IllegalStateException(role.name());
        }
        return Optional.empty();
    }

    private Appeal openAppeal(Long assessmentId) {
        return em.createNamedQuery("Appeal.ofAssessment", Appeal.class).setParameter("assessment", assessmentId)
                .getResultStream().filter(x -> x.getStatus() == Appeal.Status.FILED).findFirst()
                .orElseThrow(() -> new InvalidInput("role", "assign.noAppeal"));
    }

    private CompetenceAssessment ofMyCentre(Long assessmentId) {
        Long centre = coordinatorCentre();
        CompetenceAssessment assessment = assessmentId == null ? null : em.find(CompetenceAssessment.class, assessmentId);
        if (assessment == null || !assessment.getTrainingCenterId().equals(centre)
                || assessment.getStatus() == AssessmentStatus.DRAFT) {
            throw new AccessDenied("assessment " + assessmentId + " is not one of the centre's candidates");
        }
        return assessment;
    }

    private Long coordinatorCentre() {
        caller.require(Role.COORDINATOR);
        return caller.account().getTrainingCenter().getId();
    }
}

package id.pendamping.competency.application;

import id.pendamping.competency.application.AssessmentRecords.Observation;
import id.pendamping.competency.application.AssessmentRecords.OralQuestion;
import id.pendamping.competency.application.AssessmentRecords.PortfolioCheck;
import id.pendamping.competency.application.AssessmentRecords.PortfolioFile;
import id.pendamping.competency.application.AssessmentRecords.QuizEvidence;
import id.pendamping.competency.application.AssessmentRecords.Rating;
import id.pendamping.competency.application.AssessmentRecords.SelfAnswer;
import id.pendamping.competency.application.AssessmentRecords.UnitState;
import id.pendamping.competency.domain.Appeal;
import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.AssessorAssignment;
import id.pendamping.competency.domain.AssessorRole;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.UnitSettlement;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each person may see of an assessment, assembled once per request. Who sees which verdicts is
 * decided here: the first and second assessors only their own (the second rating stays blind), the
 * moderator and the appeal reviewer all of them, the candidate the outcome and feedback of settled units.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    SchemeCatalog schemes;

    @Inject
    AssessmentRecords records;

    @Inject
    Clock clock;

    /** A unit as the candidate sees it: its outcome once settled, with the assessors' feedback. */
    public record UnitOutcome(CompetencyUnit unit, int round, Verdict outcome, List<String> feedback) {
    }

    public record CandidateView(Long id, CertificationScheme scheme, String cohortName, AssessmentStatus status,
                                Instant appealUntil, boolean appealOpen, LocalDate decidedOn,
                                Map<String, SelfAnswer> selfAssessment, List<PortfolioFile> portfolio,
                                List<UnitOutcome> units, List<Appeal> appeals, String feedback) {
    }

    /** One unit on the assessor's page: the evidence gathered in one place, and the verdicts this role may see. */
    public record UnitWork(CompetencyUnit unit, int round, Verdict outcome, boolean needsModeration, QuizEvidence quiz,
                           Map<String, Observation> observations, List<OralQuestion> questions, Rating mine,
                           boolean awaitingMe, List<Rating> visibleRatings) {
    }

    public record WorkView(AssessorAssignment assignment, String candidateName, String cohortName,
                           CompetenceAssessment assessment, CertificationScheme scheme, Map<String, SelfAnswer> selfAssessment,
                           List<PortfolioFile> portfolio, Map<Long, PortfolioCheck> checks, List<UnitWork> units,
                           Appeal appeal, Map<Long, String> assessorNames) {
    }

    public record AssignmentLine(Long id, AssessorRole role, String assessorName, AssessorAssignment.Status status) {
    }

    /** A candidate on the coordinator's list. */
    public record CandidateLine(CompetenceAssessment assessment, String candidateName, String cohortName, String schemeTitleId,
                                String schemeTitleEn, boolean secondRating, List<AssignmentLine> assignments,
                                int unitsSettled, int unitsTotal, boolean needsModeration, Appeal openAppeal) {
    }

    public CandidateView forCandidate(CompetenceAssessment a) {
        CertificationScheme scheme = schemes.scheme(a.getSchemeCode()).orElseThrow();
        List<UnitState> states = records.units(a.getId());
        List<Rating> ratings = records.ratings(a.getId());
        List<UnitOutcome> units = new ArrayList<>();
        for (CompetencyUnit unit : scheme.units()) {
            UnitState state = state(states, unit.code());
            List<String> feedback = state.settled() ? ratings.stream()
                    .filter(r -> r.unitCode().equals(unit.code()) && r.round() == state.round() && r.role().rates())
                    .map(Rating::feedback).toList() : List.of();
            units.add(new UnitOutcome(unit, state.round(), state.outcome(), feedback));
        }
        List<Appeal> appeals = em.createNamedQuery("Appeal.ofAssessment", Appeal.class).setParameter("assessment", a.getId())
                .getResultList();
        return new CandidateView(a.getId(), scheme, enrolment(a).getCohort().getName(), a.getStatus(), a.getAppealUntil(),
                a.appealOpen(clock.instant()), a.getDecidedOn(), records.selfAssessment(a.getId()),
                records.portfolio(a.getId()), units, appeals, a.getCandidateFeedback());
    }

    public WorkView forAssessor(AssessorAssignment assignment) {
        CompetenceAssessment a = em.find(CompetenceAssessment.class, assignment.getAssessmentId());
        CertificationScheme scheme = schemes.scheme(a.getSchemeCode()).orElseThrow();
        List<UnitState> states = records.units(a.getId());
        List<Rating> ratings = records.ratings(a.getId());
        Map<String, Observation> observations = records.observations(assignment.getId());
        List<OralQuestion> questions = records.questions(assignment.getId());
        boolean seesOthers = assignment.getRole() == AssessorRole.MODERATOR || assignment.getRole() == AssessorRole.APPEAL;
        boolean open = a.getStatus() == AssessmentStatus.IN_ASSESSMENT && assignment.isDeclared();
        List<UnitWork> units = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (CompetencyUnit unit : scheme.units()) {
            UnitState state = state(states, unit.code());
            List<Rating> round = ratings.stream().filter(r -> r.unitCode().equals(unit.code()) && r.round() == state.round())
                    .toList();
            Rating mine = round.stream().filter(r -> r.role() == assignment.getRole()).findFirst().orElse(null);
            boolean needsModeration = settlement(scheme, round) instanceof UnitSettlement.NeedsModeration;
            boolean awaitingMe = open && mine == null && !state.settled() && switch (assignment.getRole()) {
                case FIRST -> true;
                case SECOND -> scheme.secondRating();
                case MODERATOR -> needsModeration;
                case APPEAL -> false;
            };
            List<Rating> visible = seesOthers ? ratings.stream().filter(r -> r.unitCode().equals(unit.code())).toList()
                    : mine == null ? List.of() : List.of(mine);
            visible.forEach(r -> names.computeIfAbsent(r.assessorId(), id -> em.find(Account.class, id).getFullName()));
            Map<String, Observation> unitObservations = new HashMap<>();
            observations.forEach((key, value) -> {
                if (key.startsWith(unit.code() + "/")) {
                    unitObservations.put(key.substring(unit.code().length() + 1), value);
                }
            });
            units.add(new UnitWork(unit, state.round(), state.outcome(), needsModeration,
                    records.quizEvidence(a.getEnrolmentId(), unit.itemKeys()), unitObservations,
                    questions.stream().filter(q -> q.unitCode().equals(unit.code())).toList(), mine, awaitingMe, visible));
        }
        Appeal appeal = assignment.getAppealId() == null ? null : em.find(Appeal.class, assignment.getAppealId());
        Enrolment enrolment = enrolment(a);
        return new WorkView(assignment, enrolment.getAccount().getFullName(), enrolment.getCohort().getName(), a, scheme,
                records.selfAssessment(a.getId()), records.portfolio(a.getId()), records.portfolioChecks(assignment.getId()),
                units, appeal, names);
    }

    public CandidateLine forCoordinator(CompetenceAssessment a) {
        CertificationScheme scheme = schemes.scheme(a.getSchemeCode()).orElseThrow();
        List<UnitState> states = records.units(a.getId());
        List<Rating> ratings = records.ratings(a.getId());
        boolean needsModeration = states.stream().anyMatch(s -> !s.settled() && settlement(scheme, ratings.stream()
                .filter(r -> r.unitCode().equals(s.unitCode()) && r.round() == s.round()).toList())
                instanceof UnitSettlement.NeedsModeration);
        List<AssignmentLine> assignments = em.createNamedQuery("AssessorAssignment.ofAssessment", AssessorAssignment.class)
                .setParameter("assessment", a.getId()).getResultList().stream()
                .map(x -> new AssignmentLine(x.getId(), x.getRole(), em.find(Account.class, x.getAssessorId()).getFullName(),
                        x.getStatus())).toList();
        Appeal openAppeal = em.createNamedQuery("Appeal.ofAssessment", Appeal.class).setParameter("assessment", a.getId())
                .getResultStream().filter(x -> x.getStatus() == Appeal.Status.FILED).findFirst().orElse(null);
        Enrolment enrolment = enrolment(a);
        return new CandidateLine(a, enrolment.getAccount().getFullName(), enrolment.getCohort().getName(),
                scheme.title().getIndonesian(), scheme.title().getEnglish(), scheme.secondRating(), assignments,
                (int) states.stream().filter(UnitState::settled).count(), states.size(), needsModeration, openAppeal);
    }

    /** How a unit's verdicts in one round settle it under the scheme's rule. */
    static UnitSettlement settlement(CertificationScheme scheme, List<Rating> roundRatings) {
        Map<AssessorRole, Verdict> verdicts = new EnumMap<>(AssessorRole.class);
        roundRatings.forEach(r -> verdicts.put(r.role(), r.verdict()));
        return UnitSettlement.of(scheme.secondRating(), verdicts);
    }

    private Enrolment enrolment(CompetenceAssessment a) {
        return em.find(Enrolment.class, a.getEnrolmentId());
    }

    private static UnitState state(List<UnitState> states, String unitCode) {
        return states.stream().filter(s -> s.unitCode().equals(unitCode)).findFirst()
                .orElse(new UnitState(unitCode, 1, null, null));
    }
}

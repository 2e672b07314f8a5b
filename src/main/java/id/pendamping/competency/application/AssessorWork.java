package id.pendamping.competency.application;

import id.pendamping.competency.application.AssessmentRecords.Observation;
import id.pendamping.competency.application.AssessmentRecords.PortfolioCheck;
import id.pendamping.competency.application.AssessmentRecords.Rating;
import id.pendamping.competency.application.AssessmentRecords.UnitState;
import id.pendamping.competency.domain.Appeal;
import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.AssessorAssignment;
import id.pendamping.competency.domain.AssessorRole;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.PerformanceCriterion;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.UnitSettlement;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The assessor's work on one assignment: declaring no conflict of interest, gathering evidence per
 * unit (observation checklist per criterion, oral questions, portfolio checks), recording verdicts
 * K/BK with reasons and feedback, moderating disagreements, and deciding appeals. Every recording
 * checks the caller's own assignment, their declaration and their licence for the scheme today.
 */
@ApplicationScoped
public class AssessorWork {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_REASON = 4000;

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

    /** A line of the assessor's queue. */
    public record QueueLine(AssessorAssignment assignment, String candidateName, String schemeTitleId, String schemeTitleEn,
                            AssessmentStatus assessmentStatus, long unitsAwaiting) {
    }

    @Transactional
    public List<QueueLine> queue() {
        Account me = assessor();
        return em.createNamedQuery("AssessorAssignment.ofAssessor", AssessorAssignment.class)
                .setParameter("assessor", me.getId()).getResultList().stream().map(x -> {
                    AssessmentViews.WorkView view = views.forAssessor(x);
                    return new QueueLine(x, view.candidateName(), view.scheme().title().getIndonesian(),
                            view.scheme().title().getEnglish(), view.assessment().getStatus(),
                            view.units().stream().filter(AssessmentViews.UnitWork::awaitingMe).count());
                }).toList();
    }

    /** Everything about the candidate this assignment may see. */
    @Transactional
    public AssessmentViews.WorkView work(Long assignmentId) {
        return views.forAssessor(mine(assignmentId));
    }

    /** The assessor declares no conflict of interest with the candidate; until then nothing can be recorded. */
    @Transactional
    public void declareNoConflict(Long assignmentId) {
        AssessorAssignment assignment = mine(assignmentId);
        CompetenceAssessment assessment = records.lock(assignment.getAssessmentId());
        register.requireLicence(assignment.getAssessorId(), assessment.getSchemeCode());
        assignment.declareNoConflict(clock.instant());
        if (assignment.getRole() == AssessorRole.FIRST) {
            assessment.startAssessment();
        }
        audit.append(caller.account().getUsername(), "assessor.declared", "assessment " + assessment.getId(),
                assignment.getRole() + ": no conflict of interest with the candidate");
    }

    /** The assessor has a conflict (or cannot take it): the assignment is withdrawn and the coordinator chooses again. */
    @Transactional
    public void decline(Long assignmentId, String reason) {
        AssessorAssignment assignment = mine(assignmentId);
        if (assignment.isDeclared()) {
            throw new InvalidInput("decline", "assessor.decline.alreadyDeclared");
        }
        String text = text(reason, "reason", MAX_NOTE);
        assignment.decline(text);
        audit.append(caller.account().getUsername(), "assessor.declined", "assessment " + assignment.getAssessmentId(),
                assignment.getRole() + ": " + text);
    }

    @Transactional
    public void observe(Long assignmentId, String unitCode, String criterionCode, boolean observed, String note) {
        AssessorAssignment assignment = recording(assignmentId);
        CompetencyUnit unit = unit(assignment, unitCode);
        boolean known = unit.elements().stream().flatMap(e -> e.criteria().stream()).map(PerformanceCriterion::code)
                .anyMatch(criterionCode::equals);
        if (!known) {
            throw new InvalidInput("observation", "assessor.unknownCriterion", criterionCode);
        }
        records.saveObservation(assignmentId, unitCode, criterionCode, new Observation(observed, optional(note, MAX_NOTE)),
                clock.instant());
    }

    @Transactional
    public void addQuestion(Long assignmentId, String unitCode, String question, String answerNote) {
        AssessorAssignment assignment = recording(assignmentId);
        unit(assignment, unitCode);
        records.addQuestion(assignmentId, unitCode, text(question, "question", MAX_NOTE), text(answerNote, "answerNote", MAX_REASON),
                clock.instant());
    }

    @Transactional
    public void checkPortfolio(Long assignmentId, Long fileId, PortfolioCheck check) {
        AssessorAssignment assignment = recording(assignmentId);
        if (fileId == null || !assignment.getAssessmentId().equals(records.assessmentOfFile(fileId))) {
            throw new InvalidInput("portfolio", "assessor.unknownFile");
        }
        records.savePortfolioCheck(assignmentId, fileId, new PortfolioCheck(check.valid(), check.authentic(), check.current(),
                check.sufficient(), optional(check.note(), MAX_NOTE)), clock.instant());
    }

    /**
     * Records this role's verdict on a unit for the current round. A verdict is final once recorded
     * (a second click is refused, never a second row); it may settle the unit, and the last unit
     * settled opens the appeal window.
     */
    @Transactional
    public void recordVerdict(Long assignmentId, String unitCode, Verdict verdict, String reason, String feedback) {
        AssessorAssignment assignment = recording(assignmentId);
        if (assignment.getRole() == AssessorRole.APPEAL) {
            throw new InvalidInput("verdict", "assessor.verdict.notYourRole");
        }
        CompetenceAssessment assessment = records.lock(assignment.getAssessmentId());
        CertificationScheme scheme = schemes.scheme(assessment.getSchemeCode()).orElseThrow();
        unit(assignment, unitCode);
        if (verdict == null) {
            throw new InvalidInput("verdict", "assessor.verdict.required");
        }
        String why = text(reason, "reason", MAX_REASON);
        String advice = text(feedback, "feedback", MAX_REASON);
        UnitState state = records.units(assessment.getId()).stream().filter(u -> u.unitCode().equals(unitCode)).findFirst()
                .orElseThrow();
        List<Rating> round = roundRatings(assessment.getId(), unitCode, state.round());
        if (state.settled() || round.stream().anyMatch(r -> r.role() == assignment.getRole())) {
            throw new InvalidInput("verdict", "assessor.verdict.already");
        }
        if (assignment.getRole() == AssessorRole.SECOND && !scheme.secondRating()) {
            throw new InvalidInput("verdict", "assessor.verdict.notYourRole");
        }
        if (assignment.getRole() == AssessorRole.MODERATOR
                && !(AssessmentViews.settlement(scheme, round) instanceof UnitSettlement.NeedsModeration)) {
            throw new InvalidInput("verdict", "assessor.verdict.noDisagreement");
        }
        Instant now = clock.instant();
        records.addRating(assessment.getId(), unitCode, state.round(), assignment.getRole(), assignment.getId(),
                assignment.getAssessorId(), verdict, why, advice, now);
        audit.append(caller.account().getUsername(), assignment.getRole() == AssessorRole.MODERATOR ? "verdict.moderated"
                        : "verdict.recorded", "assessment " + assessment.getId() + " / unit " + unitCode + " / round " + state.round(),
                assignment.getRole() + " " + register.registrationNumber(assignment.getAssessorId()) + ": " + verdict.code()
                        + " - " + why);
        if (AssessmentViews.settlement(scheme, roundRatings(assessment.getId(), unitCode, state.round()))
                instanceof UnitSettlement.Settled settled) {
            records.settle(assessment.getId(), unitCode, settled.outcome(), settled.by().name(), now);
            if (records.units(assessment.getId()).stream().allMatch(UnitState::settled)) {
                assessment.outcomeReached(now, scheme.appealDays());
            }
        }
    }

    /**
     * The reviewer's decision on an appeal, with a reason. Upheld: the units concerned are reopened for
     * a new round of assessment. Dismissed: the outcome stands.
     */
    @Transactional
    public void decideAppeal(Long assignmentId, boolean upheld, String reason) {
        AssessorAssignment assignment = recording(assignmentId, AssessmentStatus.APPEALED);
        if (assignment.getRole() != AssessorRole.APPEAL) {
            throw new InvalidInput("appeal", "assessor.verdict.notYourRole");
        }
        CompetenceAssessment assessment = records.lock(assignment.getAssessmentId());
        Appeal appeal = em.find(Appeal.class, assignment.getAppealId());
        if (appeal.getStatus() != Appeal.Status.FILED) {
            throw new InvalidInput("appeal", "assessor.appeal.decided");
        }
        String why = text(reason, "reason", MAX_REASON);
        appeal.decide(upheld, why, assignment.getAssessorId(), clock.instant());
        if (upheld) {
            appeal.getUnitCodes().forEach(unit -> records.reopen(assessment.getId(), unit));
            assessment.reopened();
        } else {
            assessment.appealDismissed();
        }
        audit.append(caller.account().getUsername(), upheld ? "appeal.upheld" : "appeal.dismissed",
                "assessment " + assessment.getId() + " / appeal " + appeal.getId(),
                "units " + String.join(", ", appeal.getUnitCodes()) + ": " + why);
    }

    private List<Rating> roundRatings(Long assessmentId, String unitCode, int round) {
        return records.ratings(assessmentId).stream().filter(r -> r.unitCode().equals(unitCode) && r.round() == round).toList();
    }

    private AssessorAssignment recording(Long assignmentId) {
        return recording(assignmentId, AssessmentStatus.IN_ASSESSMENT);
    }

    /** The caller's declared assignment, with a licence that covers the scheme today, on an assessment in the given state. */
    private AssessorAssignment recording(Long assignmentId, AssessmentStatus expected) {
        AssessorAssignment assignment = mine(assignmentId);
        CompetenceAssessment assessment = em.find(CompetenceAssessment.class, assignment.getAssessmentId());
        register.requireLicence(assignment.getAssessorId(), assessment.getSchemeCode());
        if (!assignment.isDeclared()) {
            throw new InvalidInput("declaration", "assessor.declareFirst");
        }
        if (assessment.getStatus() != expected) {
            throw new InvalidInput("verdict", "assessor.notOpen");
        }
        return assignment;
    }

    private AssessorAssignment mine(Long assignmentId) {
        Account me = assessor();
        AssessorAssignment assignment = assignmentId == null ? null : em.find(AssessorAssignment.class, assignmentId);
        if (assignment == null || !assignment.getAssessorId().equals(me.getId())
                || assignment.getStatus() == AssessorAssignment.Status.WITHDRAWN) {
            throw new AccessDenied("assignment " + assignmentId + " is not the caller's");
        }
        return assignment;
    }

    private CompetencyUnit unit(AssessorAssignment assignment, String unitCode) {
        CompetenceAssessment assessment = em.find(CompetenceAssessment.class, assignment.getAssessmentId());
        return schemes.scheme(assessment.getSchemeCode()).orElseThrow().units().stream()
                .filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new InvalidInput("unit", "assessor.unknownUnit", unitCode));
    }

    private Account assessor() {
        caller.require(Role.ASSESSOR);
        return caller.account();
    }

    private static String text(String value, String field, int max) {
        return TextInput.required(value, field, "assessor.required." + field, "assessor.field.tooLong", max);
    }

    private static String optional(String value, int max) {
        return TextInput.optional(value, "note", "assessor.field.tooLong", max);
    }
}

package id.pendamping.competency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.application.QuizAttempts;
import id.pendamping.certification.application.MyCertificates;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.competency.application.AssessmentRecords.SelfAnswer;
import id.pendamping.competency.application.AssessmentViews.UnitWork;
import id.pendamping.competency.application.AssessmentViews.WorkView;
import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.AssessorAssignment;
import id.pendamping.competency.domain.AssessorRole;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.ClockProducer;
import id.pendamping.platform.InvalidInput;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Competence assessment through the services against the real database: the rules hold whatever
 * page or request reached them. An assessor whose licence expired, or whose scope no longer covers
 * the scheme, is refused by the service; a coordinator of another centre cannot see the candidate;
 * a second rating stays blind, a disagreement waits for a moderator, an upheld appeal reopens a unit,
 * and the decision is taken only after the appeal window.
 */
@ExtendWith(ArquillianExtension.class)
class CompetenceAssessmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(CompetenceAssessmentIT.class, Decisions.class, AssessorFixture.class);
    }

    @Inject
    Caller caller;

    @Inject
    TraineeFixture trainees;

    @Inject
    AssessorFixture assessors;

    @Inject
    CandidateApplications candidates;

    @Inject
    AssessmentAssignments assignments;

    @Inject
    AssessorWork work;

    @Inject
    PortfolioFiles portfolio;

    @Inject
    CompetenceDecisions decisions;

    @Inject
    QuizAttempts attempts;

    @Inject
    ClockProducer clocks;

    @Inject
    Decisions decided;

    @Inject
    MyCertificates certificates;

    @Inject
    Recertifications recertifications;

    /** Collects the decisions fired, as the certificate of competence will observe them. */
    @ApplicationScoped
    public static class Decisions {
        final List<CompetenceDecided> seen = new CopyOnWriteArrayList<>();

        void observe(@Observes CompetenceDecided event) {
            seen.add(event);
        }

        /** Through a method: the injected reference is a proxy whose own fields are empty. */
        List<CompetenceDecided> seen() {
            return seen;
        }
    }

    private TraineeFixture.Trainee trainee;
    private Long assessmentId;
    private CertificationScheme scheme;

    @BeforeEach
    void submittedCandidate() {
        trainee = trainees.enrolledTrainee("asesi");
        as(trainee.username());
        Long attempt = attempts.start(trainee.enrolmentId(), "PDP-DASAR-PRE").attemptId();
        attempts.submit(attempt);
        CandidateApplications.Opening opening = candidates.openings().stream()
                .filter(o -> o.enrolmentId().equals(trainee.enrolmentId())).findFirst().orElseThrow();
        scheme = opening.scheme();
        assessmentId = candidates.apply(trainee.enrolmentId(), scheme.code());
        assertThat(candidates.apply(trainee.enrolmentId(), scheme.code())).as("applying twice").isEqualTo(assessmentId);
        List<SelfAnswer> answers = new ArrayList<>();
        for (CompetencyUnit unit : scheme.units()) {
            for (Element element : unit.elements()) {
                answers.add(new SelfAnswer(unit.code(), element.code(), Verdict.COMPETENT, "Laporan pendampingan desa 2025"));
            }
        }
        candidates.saveSelfAssessment(assessmentId, answers);
        candidates.upload(assessmentId, "laporan.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        candidates.submit(assessmentId);
    }

    @AfterEach
    void resetClock() {
        clocks.adjustable().reset();
    }

    @Test
    void anAssessorWhoseLicenceExpiredOrWhoseScopeChangedIsRefusedByTheService() {
        Account first = assessors.registeredAssessor("asesor-lisensi");
        Long assignment = assign(AssessorRole.FIRST, first);
        as(first.getUsername());
        work.declareNoConflict(assignment);
        String unit = scheme.units().get(0).code();

        assessors.changeLicence(first.getId(), LocalDate.now().minusDays(1), Set.of(scheme.code()));
        assertThatThrownBy(() -> work.recordVerdict(assignment, unit, Verdict.COMPETENT, "Bukti lengkap", "Pertahankan"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.licence.expired"));
        assertThatThrownBy(() -> work.observe(assignment, unit, "1.1", true, "teramati"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.licence.expired"));

        assessors.changeLicence(first.getId(), LocalDate.now().plusYears(1), Set.of("SKM-LAIN-01"));
        assertThatThrownBy(() -> work.recordVerdict(assignment, unit, Verdict.COMPETENT, "Bukti lengkap", "Pertahankan"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.licence.outOfScope"));

        assessors.changeLicence(first.getId(), LocalDate.now().plusYears(1), Set.of(scheme.code()));
        work.recordVerdict(assignment, unit, Verdict.COMPETENT, "Bukti lengkap", "Pertahankan");
        assertThat(work.work(assignment).units().get(0).mine().verdict()).isEqualTo(Verdict.COMPETENT);
    }

    @Test
    void anExpiredOrOutOfScopeAssessorCannotBeAssigned() {
        Account expired = assessors.registeredAssessor("asesor-kedaluwarsa");
        assessors.changeLicence(expired.getId(), LocalDate.now().minusDays(1), Set.of(scheme.code()));
        Account outside = assessors.registeredAssessor("asesor-luar");
        assessors.changeLicence(outside.getId(), LocalDate.now().plusYears(1), Set.of("SKM-LAIN-01"));
        as("koordinator");
        assertThatThrownBy(() -> assignments.assign(assessmentId, AssessorRole.FIRST, expired.getId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.licence.expired"));
        assertThatThrownBy(() -> assignments.assign(assessmentId, AssessorRole.FIRST, outside.getId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.licence.outOfScope"));
        assertThat(assignments.choices(assessmentId, AssessorRole.FIRST)).filteredOn(c -> c.assessor().getId().equals(expired.getId()))
                .singleElement().satisfies(c -> assertThat(c.allowed()).isFalse());
    }

    @Test
    void aCoordinatorOfAnotherCentreCannotSeeTheCandidate() {
        Account other = trainees.coordinatorOfAnotherCentre("balai-lain");
        caller.authenticatedByToken(other);
        assertThat(assignments.candidates()).noneMatch(c -> c.assessment().getId().equals(assessmentId));
        assertThatThrownBy(() -> assignments.candidate(assessmentId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.choices(assessmentId, AssessorRole.FIRST)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.portfolio(assessmentId)).isInstanceOf(AccessDenied.class);
        as("koordinator");
        Long file = assignments.portfolio(assessmentId).get(0).id();
        caller.authenticatedByToken(other);
        assertThatThrownBy(() -> portfolio.read(file)).isInstanceOf(AccessDenied.class);
        as("koordinator");
        assertThat(portfolio.read(file).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void theWrongRoleIsRefusedEverywhere() {
        Account first = assessors.registeredAssessor("asesor-peran");
        Long assignment = assign(AssessorRole.FIRST, first);
        as(trainee.username());
        assertThatThrownBy(() -> work.queue()).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> work.recordVerdict(assignment, "x", Verdict.COMPETENT, "a", "b")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.candidates()).isInstanceOf(AccessDenied.class);
        as("koordinator");
        assertThatThrownBy(() -> candidates.mine()).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> work.work(assignment)).isInstanceOf(AccessDenied.class);
        as("asesor");
        assertThatThrownBy(() -> work.work(assignment)).as("another assessor's assignment").isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> candidates.appeal(assessmentId, List.of(), "x")).isInstanceOf(AccessDenied.class);
        Long file = candidatesFile();
        as("asesor");
        assertThatThrownBy(() -> portfolio.read(file)).as("an assessor not assigned").isInstanceOf(AccessDenied.class);
    }

    @Test
    void aSecondRatingIsBlindADisagreementIsModeratedAnUpheldAppealReopensAndTheDecisionWaitsForTheWindow() {
        Account first = assessors.registeredAssessor("asesor-1");
        Account second = assessors.registeredAssessor("asesor-2");
        Account moderator = assessors.registeredAssessor("asesor-3");
        Account reviewer = assessors.registeredAssessor("asesor-4");
        Long firstAssignment = assign(AssessorRole.FIRST, first);
        Long secondAssignment = assign(AssessorRole.SECOND, second);
        as("koordinator");
        assertThatThrownBy(() -> assignments.assign(assessmentId, AssessorRole.SECOND, moderator.getId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assign.roleTaken"));
        assertThatThrownBy(() -> assignments.assign(assessmentId, AssessorRole.MODERATOR, moderator.getId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assign.noModerationNeeded"));

        as(first.getUsername());
        assertThatThrownBy(() -> work.recordVerdict(firstAssignment, scheme.units().get(0).code(), Verdict.COMPETENT, "a", "b"))
                .as("before the declaration")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.declareFirst"));
        work.declareNoConflict(firstAssignment);
        WorkView firstView = work.work(firstAssignment);
        assertThat(firstView.units()).allMatch(UnitWork::awaitingMe);
        assertThat(firstView.units().stream().mapToInt(u -> u.quiz().itemsAnswered()).sum())
                .as("the pre-test's graded items arrive as evidence for their units").isPositive();
        for (CompetencyUnit unit : scheme.units()) {
            work.recordVerdict(firstAssignment, unit.code(), Verdict.COMPETENT, "Semua KUK teramati", "Pertahankan");
        }
        String disputed = scheme.units().get(1).code();
        assertThatThrownBy(() -> work.recordVerdict(firstAssignment, disputed, Verdict.NOT_YET_COMPETENT, "ubah", "ubah"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.verdict.already"));

        as(second.getUsername());
        work.declareNoConflict(secondAssignment);
        WorkView secondView = work.work(secondAssignment);
        assertThat(secondView.units()).allMatch(u -> u.visibleRatings().isEmpty() && u.outcome() == null)
                .as("the second assessor sees none of the first's verdicts");
        for (CompetencyUnit unit : scheme.units()) {
            Verdict verdict = unit.code().equals(disputed) ? Verdict.NOT_YET_COMPETENT : Verdict.COMPETENT;
            work.recordVerdict(secondAssignment, unit.code(), verdict, "Observasi sesi pendampingan", "Saran perbaikan");
        }
        assertThat(work.work(secondAssignment).units()).filteredOn(u -> u.unit().code().equals(disputed)).singleElement()
                .satisfies(u -> assertThat(u.needsModeration()).isTrue());

        as("koordinator");
        assertThat(assignments.candidate(assessmentId).needsModeration()).isTrue();
        assertThatThrownBy(() -> assignments.assign(assessmentId, AssessorRole.MODERATOR, first.getId()))
                .as("a moderator must be a third assessor")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assign.alreadyInvolved"));
        Long moderation = assign(AssessorRole.MODERATOR, moderator);
        as(moderator.getUsername());
        work.declareNoConflict(moderation);
        WorkView moderatorView = work.work(moderation);
        assertThat(moderatorView.units()).filteredOn(UnitWork::awaitingMe).singleElement()
                .satisfies(u -> {
                    assertThat(u.unit().code()).isEqualTo(disputed);
                    assertThat(u.visibleRatings()).extracting(r -> r.verdict())
                            .containsExactlyInAnyOrder(Verdict.COMPETENT, Verdict.NOT_YET_COMPETENT);
                });
        String undisputed = scheme.units().get(0).code();
        assertThatThrownBy(() -> work.recordVerdict(moderation, undisputed, Verdict.COMPETENT, "a", "b"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessor.verdict.already"));
        work.recordVerdict(moderation, disputed, Verdict.NOT_YET_COMPETENT, "Dua KUK belum teramati", "Latih analisis kebutuhan");

        as(trainee.username());
        AssessmentViews.CandidateView outcome = candidates.mine().get(0);
        assertThat(outcome.status()).isEqualTo(AssessmentStatus.OUTCOME);
        assertThat(outcome.appealOpen()).isTrue();
        assertThat(outcome.units()).filteredOn(u -> u.unit().code().equals(disputed)).singleElement()
                .satisfies(u -> assertThat(u.outcome()).isEqualTo(Verdict.NOT_YET_COMPETENT));
        candidates.appeal(assessmentId, List.of(disputed), "Observasi dilakukan saat sesi terganggu banjir");

        as("koordinator");
        assertThatThrownBy(() -> assignments.assign(assessmentId, AssessorRole.APPEAL, second.getId()))
                .as("an assessor involved cannot review the appeal")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assign.involved"));
        Long review = assign(AssessorRole.APPEAL, reviewer);
        as(reviewer.getUsername());
        work.declareNoConflict(review);
        work.decideAppeal(review, true, "Kondisi observasi tidak memadai; ases ulang");

        as(first.getUsername());
        assertThat(work.work(firstAssignment).units()).filteredOn(UnitWork::awaitingMe).singleElement()
                .satisfies(u -> {
                    assertThat(u.unit().code()).isEqualTo(disputed);
                    assertThat(u.round()).isEqualTo(2);
                });
        work.recordVerdict(firstAssignment, disputed, Verdict.COMPETENT, "Observasi ulang lengkap", "Bagus");
        as(second.getUsername());
        work.recordVerdict(secondAssignment, disputed, Verdict.COMPETENT, "Observasi ulang lengkap", "Bagus");

        as(trainee.username());
        assertThat(candidates.mine().get(0).status()).isEqualTo(AssessmentStatus.OUTCOME);
        assertThat(decisions.decide(assessmentId)).as("not while the window is open").isFalse();
        clocks.adjustable().advance(Duration.ofDays(scheme.appealDays()).plusMinutes(1));
        assertThat(decisions.due()).contains(assessmentId);
        assertThat(decisions.decide(assessmentId)).isTrue();
        assertThat(decisions.decide(assessmentId)).as("decided once").isFalse();
        AssessmentViews.CandidateView decidedView = candidates.mine().get(0);
        assertThat(decidedView.status()).isEqualTo(AssessmentStatus.COMPETENT);
        assertThat(decidedView.decidedOn()).isNotNull();
        assertThat(decided.seen()).anyMatch(e -> e.assessmentId().equals(assessmentId));

        // The demo certification body is configured on test servers: the decision brought its certificate.
        Certificate competence = certificates.overview().certificates().stream()
                .filter(c -> c.getKind() == CertificateKind.COMPETENCE).findFirst().orElseThrow();
        assertThat(competence.getAssessmentId()).isEqualTo(assessmentId);
        assertThat(competence.getIssuedOn()).isEqualTo(decidedView.decidedOn());
        assertThat(competence.getExpiresOn()).isEqualTo(decidedView.decidedOn().plusYears(scheme.validityYears()).minusDays(1));
        assertThat(competence.printed().lines()).hasSize(scheme.units().size())
                .allSatisfy(line -> assertThat(line.value()).startsWith("Kompeten (K)"));
        assertThat(competence.printed().wording().titleId()).isEqualTo("SERTIFIKAT KOMPETENSI (CONTOH)");
        assertThat(certificates.document(competence.getId()).pdf()).startsWith("%PDF-".getBytes());

        // Re-certification opens the next cycle as a fresh draft; opening it twice opens it once.
        Account otherCoordinator = trainees.coordinatorOfAnotherCentre("balai-lain-ulang");
        caller.authenticatedByToken(otherCoordinator);
        assertThatThrownBy(() -> recertifications.open(assessmentId)).isInstanceOf(AccessDenied.class);
        as("admin");
        Long next = recertifications.open(assessmentId);
        assertThat(recertifications.open(assessmentId)).isEqualTo(next);
        as(trainee.username());
        AssessmentViews.CandidateView renewal = candidates.mine().get(0);
        assertThat(renewal.id()).isEqualTo(next);
        assertThat(renewal.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(renewal.selfAssessment()).isEmpty();

        as("koordinator");
        assertThat(assignments.agreement()).anySatisfy(pair -> {
            assertThat(pair.firstName() + pair.secondName()).contains("REG." + first.getUsername(), "REG." + second.getUsername());
            // Round 1: 6 units, 5 agreements; round 2: 1 unit, agreed.
            assertThat(pair.agreement().count()).isEqualTo(scheme.units().size() + 1);
            assertThat(pair.agreement().agreements()).isEqualTo(scheme.units().size());
        });
    }

    private Long candidatesFile() {
        as(trainee.username());
        return candidates.mine().get(0).portfolio().get(0).id();
    }

    private Long assign(AssessorRole role, Account assessor) {
        as("koordinator");
        assignments.assign(assessmentId, role, assessor.getId());
        return assignments.candidate(assessmentId).assignments().stream()
                .filter(a -> a.role() == role && a.status() != AssessorAssignment.Status.WITHDRAWN).findFirst().orElseThrow().id();
    }

    private void as(String username) {
        caller.authenticatedByToken(trainees.account(username));
    }
}

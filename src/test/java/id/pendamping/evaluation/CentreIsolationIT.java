package id.pendamping.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.application.QuizAttempts;
import id.pendamping.assessment.application.RecordedCompletion;
import id.pendamping.certification.application.MyCertificates;
import id.pendamping.competency.application.AssessmentRecords;
import id.pendamping.competency.application.AssessmentRecords.SelfAnswer;
import id.pendamping.competency.application.CandidateApplications;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.evaluation.application.ImpactReviews;
import id.pendamping.evaluation.domain.ImpactHorizon;
import id.pendamping.evaluation.domain.ImpactReviewForm;
import id.pendamping.curriculum.application.CentreProgrammes;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.ClockProducer;
import id.pendamping.testing.ApiClient;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import id.pendamping.testing.WebSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Centre isolation over HTTP, the way someone would try it: a coordinator (and a trainee) of centre
 * B takes centre A's ids (cohort, enrolment, attempt, candidate, certificate, portfolio file) and
 * puts them in every /manage page and download that takes an id, in the API, and in form posts.
 * Every request is refused (403 or 404) and never shows A's cohort or trainee names; the same
 * requests by A's own coordinator or trainee succeed, so the test would notice a page that refuses
 * everyone or an id the test got wrong.
 */
@ExtendWith(ArquillianExtension.class)
class CentreIsolationIT {

    private static final String DEMO_PASSWORD = "demo-pendamping";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(CentreIsolationIT.class, Rows.class, WebSession.class, WebSession.Page.class,
                ApiClient.class, ApiClient.Reply.class);
    }

    @ArquillianResource
    URL application;

    @Inject
    CentreProgrammes programmes;

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    @Inject
    QuizAttempts attempts;

    @Inject
    CandidateApplications candidates;

    @Inject
    RecordedCompletion completion;

    @Inject
    MyCertificates certificates;

    @Inject
    ImpactReviews impactReviews;

    @Inject
    ClockProducer clocks;

    @Inject
    Rows rows;

    /** Reads what was stored, to show a refused post changed nothing. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext
        EntityManager em;

        @Inject
        AssessmentRecords records;

        @Transactional
        public Long portfolioFile(Long assessmentId) {
            return records.portfolio(assessmentId).get(0).id();
        }

        @Transactional
        public long enrolled(Long cohortId) {
            return em.createNamedQuery("Enrolment.countEnrolled", Long.class).setParameter("cohort", cohortId).getSingleResult();
        }

        @Transactional
        public long impactReviews(Long cohortId) {
            return em.createQuery("select count(r) from ImpactReview r where r.cohortId = :c", Long.class)
                    .setParameter("c", cohortId).getSingleResult();
        }
    }

    @AfterEach
    void resetClock() {
        clocks.adjustable().reset();
    }

    @Test
    void aCoordinatorOfAnotherCentreGetsNothingOfCentreAByChangingAnId() {
        // Centre A: the demo centre, with a trainee who took the pre-test, applied for competence
        // assessment with a portfolio file, completed the programme and holds a certificate.
        TraineeFixture.Trainee traineeA = fixture.enrolledTrainee("isolasi");
        Long cohortA = fixture.cohortOf(traineeA.enrolmentId());
        Account a = fixture.account(traineeA.username());
        String cohortNameA = "Angkatan Uji " + traineeA.username();
        String traineeNameA = a.getFullName();
        caller.authenticatedByToken(a);
        Long attemptA = attempts.start(traineeA.enrolmentId(), "PDP-DASAR-PRE").attemptId();
        attempts.submit(attemptA);
        CertificationScheme scheme = candidates.openings().stream()
                .filter(o -> o.enrolmentId().equals(traineeA.enrolmentId())).findFirst().orElseThrow().scheme();
        Long assessmentA = candidates.apply(traineeA.enrolmentId(), scheme.code());
        List<SelfAnswer> answers = new ArrayList<>();
        scheme.units().forEach(u -> u.elements().forEach(e ->
                answers.add(new SelfAnswer(u.code(), e.code(), Verdict.COMPETENT, "Laporan pendampingan desa"))));
        candidates.saveSelfAssessment(assessmentA, answers);
        candidates.upload(assessmentA, "laporan.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        candidates.submit(assessmentA);
        Long fileA = rows.portfolioFile(assessmentA);
        completion.complete(traineeA.username(), new BigDecimal("90"));
        certificates.giveIdentityNumber("3171012304560001");
        Long certificateA = certificates.claim(traineeA.enrolmentId()).getId();
        // An impact review, dated after the cohort ends.
        clocks.adjustable().advance(Duration.ofDays(40));
        caller.authenticatedByToken(fixture.account("koordinator"));
        ImpactReviewForm review = impactReviews.newForm(cohortA);
        review.setHorizon(ImpactHorizon.SHORT);
        review.setCommunities(2);
        review.setAlumniReporting(1);
        review.setObservedChanges("Dua kelompok belajar mandiri.");
        impactReviews.record(cohortA, review);
        clocks.adjustable().reset();
        // A programme of centre A's own.
        Long programmeA = programmes.save(null, new CentreProgrammes.Draft("ISOLASI-" + System.nanoTime() % 1_000_000,
                "Program Balai A", "Centre A Programme", null, null,
                List.of(new CentreProgrammes.ModuleChoice("m01-konsep-pendampingan", true, 1, null)), java.util.Set.of(), null))
                .getId();

        // Centre B: its own coordinator, trainee and cohort.
        Account coordinatorB = fixture.coordinatorOfAnotherCentre("balai-b");
        TraineeFixture.Trainee traineeB = fixture.enrolledTraineeIn("isolasi-b", coordinatorB.getTrainingCenter().getCode());
        Long cohortB = fixture.cohortOf(traineeB.enrolmentId());

        List<String> byId = List.of(
                "/manage/cohort.xhtml?id=" + cohortA,
                "/manage/cohort-quizzes.xhtml?c=" + cohortA,
                "/manage/quiz-statistics.xhtml?c=" + cohortA + "&q=PDP-DASAR-PRE",
                "/manage/cohort-certificates.xhtml?c=" + cohortA,
                "/manage/cohort-evaluation.xhtml?c=" + cohortA,
                "/manage/cohort-dashboard.xhtml?c=" + cohortA,
                "/manage/impact-review.xhtml?c=" + cohortA,
                "/manage/cohort-staff.xhtml?c=" + cohortA,
                "/manage/programme.xhtml?id=" + programmeA,
                "/manage/candidate.xhtml?assessment=" + assessmentA,
                "/manage/cohort-progress.csv?id=" + cohortA,
                "/manage/cohort-certificates.zip?c=" + cohortA,
                "/manage/certificate?id=" + certificateA,
                "/manage/portfolio?file=" + fileA,
                "/manage/cohort-report.pdf?c=" + cohortA,
                "/manage/cohort-report.xlsx?c=" + cohortA);
        // Pages of a coordinator's own centre, with no id to change: B's must not mention A's cohort.
        List<String> ownCentre = List.of("/manage/", "/manage/candidates.xhtml", "/manage/centre-dashboard.xhtml",
                "/manage/centre-report.csv", "/manage/centre-report.xlsx");

        WebSession asA = WebSession.signedIn(application, "koordinator", DEMO_PASSWORD);
        for (String url : byId) {
            status(asA.get(url), "A's own coordinator opens " + url, 200);
        }
        contains(asA.get("/manage/cohort.xhtml?id=" + cohortA), "A's cohort page", traineeNameA);
        contains(asA.get("/manage/"), "A's cohort list", cohortNameA);

        WebSession asB = WebSession.signedIn(application, coordinatorB.getUsername(), TraineeFixture.PASSWORD);
        for (String url : byId) {
            WebSession.Page page = asB.get(url);
            status(page, "B's coordinator is refused " + url, 403, 404);
            lacks(page, "B's answer to " + url, cohortNameA, traineeNameA, traineeA.username());
        }
        for (String url : ownCentre) {
            WebSession.Page page = asB.get(url);
            status(page, "B's own " + url, 200);
            lacks(page, "B's own " + url, cohortNameA, traineeNameA);
        }

        // Form posts: B's own page posted back with A's cohort id put in the address.
        WebSession.Page enrolB = asB.get("/manage/cohort.xhtml?id=" + cohortB);
        status(enrolB, "B's cohort page", 200);
        WebSession.Page enrolPost = asB.post(enrolB, "enrolOne", Map.of("enrolOne:fullName", "Penyusup Balai Lain",
                "enrolOne:email", "penyusup-" + System.nanoTime() + "@contoh.id", "enrolOne:phone", "",
                "enrolOne:submit", ""), "id=" + cohortA);
        status(enrolPost, "B enrols someone into A's cohort", 403, 404);
        same(rows.enrolled(cohortA), 1, "trainees enrolled in A");
        same(rows.enrolled(cohortB), 1, "trainees enrolled in B (the changed id was the one used)");
        WebSession.Page impactB = asB.get("/manage/impact-review.xhtml?c=" + cohortB);
        status(impactB, "B's impact review page", 200);
        WebSession.Page impactPost = asB.post(impactB, "review", Map.of("review:horizon", "LONG",
                "review:communities", "9", "review:alumniReporting", "0", "review:observedChanges", "Palsu",
                "review:save", ""), "c=" + cohortA);
        status(impactPost, "B records a review for A's cohort", 403, 404);
        same(rows.impactReviews(cohortA), 1, "A's impact reviews");
        // The same post by A's coordinator reaches the service (refused for its date, not for access).
        WebSession.Page impactA = asA.get("/manage/impact-review.xhtml?c=" + cohortA);
        WebSession.Page ownPost = asA.post(impactA, "review", Map.of("review:horizon", "LONG", "review:communities", "9",
                "review:alumniReporting", "0", "review:observedChanges", "Catatan", "review:save", ""), "c=" + cohortA);
        status(ownPost, "A's coordinator posts to A's impact review page", 200);
        contains(ownPost, "A's impact review page after a post", cohortNameA);

        // The API, with bearer tokens.
        ApiClient apiA = ApiClient.signedIn(application, "koordinator", DEMO_PASSWORD);
        ApiClient apiB = ApiClient.signedIn(application, coordinatorB.getUsername(), TraineeFixture.PASSWORD);
        ApiClient traineeApiA = ApiClient.signedIn(application, traineeA.username(), TraineeFixture.PASSWORD);
        ApiClient traineeApiB = ApiClient.signedIn(application, traineeB.username(), TraineeFixture.PASSWORD);
        String issue = "cohorts/" + cohortA + "/certificate-issue";
        api(apiA.get(issue), "A's coordinator reads A's issue progress", 200);
        api(apiB.get(issue), "B's coordinator reads A's issue progress", 403, 404);
        api(apiB.post(issue, Json.createObjectBuilder().build()), "B starts issuing A's certificates", 403, 404);
        api(apiA.post(issue, Json.createObjectBuilder().build()), "A starts issuing A's certificates", 202);
        String quizzes = "enrolments/" + traineeA.enrolmentId() + "/quizzes";
        api(traineeApiA.get(quizzes), "A's trainee lists their quizzes", 200);
        api(traineeApiB.get(quizzes), "B's trainee lists A's quizzes", 403, 404);
        api(apiB.get(quizzes), "B's coordinator lists A's quizzes", 403, 404);
        api(traineeApiA.get("attempts/" + attemptA), "A's trainee reads their attempt", 200);
        ApiClient.Reply attemptByB = traineeApiB.get("attempts/" + attemptA);
        api(attemptByB, "B's trainee reads A's attempt", 403, 404);
        if (String.valueOf(attemptByB.json()).contains(traineeNameA)) {
            problems.add("B's trainee sees A's trainee's name in the attempt answer");
        }
        api(traineeApiB.post("attempts", Json.createObjectBuilder().add("enrolmentId", traineeA.enrolmentId())
                .add("quizCode", "PDP-DASAR-POST").build()), "B's trainee starts a quiz on A's enrolment", 403, 404);
        assertThat(problems).isEmpty();
    }

    /** Every check is made and every problem listed, so one run shows all the holes at once. */
    private final List<String> problems = new ArrayList<>();

    private void status(WebSession.Page page, String what, Integer... expected) {
        if (!List.of(expected).contains(page.status())) {
            problems.add(what + ": answered " + page.status() + ", expected " + List.of(expected));
        }
    }

    private void api(ApiClient.Reply reply, String what, Integer... expected) {
        if (!List.of(expected).contains(reply.status())) {
            problems.add(what + ": answered " + reply.status() + ", expected " + List.of(expected));
        }
    }

    private void lacks(WebSession.Page page, String what, String... secrets) {
        for (String secret : secrets) {
            if (page.body().contains(secret)) {
                problems.add(what + " shows " + secret);
            }
        }
    }

    private void contains(WebSession.Page page, String what, String expected) {
        if (!page.body().contains(expected)) {
            problems.add(what + " does not show " + expected + " (status " + page.status() + ")");
        }
    }

    private void same(long actual, long expected, String what) {
        if (actual != expected) {
            problems.add(what + ": " + actual + ", expected " + expected);
        }
    }
}

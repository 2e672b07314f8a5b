package id.pendamping.testing;

import id.pendamping.assessment.domain.ExtraTime;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.application.Passwords;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.LessonProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-container test data: a fresh trainee enrolled in a cohort of the demo centre, so every test
 * has attempts of its own whatever ran before it on the same server.
 */
@ApplicationScoped
public class TraineeFixture {

    public static final String PASSWORD = "Kuis-Uji-Integrasi-2026";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    private volatile String hash;

    /** A trainee of the demo centre enrolled in a new cohort of PDP-DASAR. */
    public record Trainee(String username, Long enrolmentId) {
    }

    @Transactional
    public Trainee enrolledTrainee(String prefix) {
        return enrolledTraineeIn(prefix, "BBPPKS-JKT");
    }

    /** A trainee of the given centre enrolled in a new cohort of PDP-DASAR run by that centre. */
    @Transactional
    public Trainee enrolledTraineeIn(String prefix, String centreCode) {
        if (hash == null) {
            hash = passwords.hash(PASSWORD);
        }
        TrainingCenter center = em.createNamedQuery("TrainingCenter.byCode", TrainingCenter.class)
                .setParameter("code", centreCode).getSingleResult();
        Programme programme = em.createNamedQuery("Programme.byCode", Programme.class)
                .setParameter("code", "PDP-DASAR").getSingleResult();
        String username = prefix + "-" + System.currentTimeMillis() % 1_000_000 + "-" + COUNTER.incrementAndGet();
        Account trainee = new Account(username, username + "@uji.pendamping.id", "Peserta Uji " + username, hash,
                Role.TRAINEE, center, clock.instant());
        em.persist(trainee);
        LocalDate today = LocalDate.now(clock);
        Cohort cohort = new Cohort(programme, center, "Angkatan Uji " + username, today.minusDays(1), today.plusDays(30),
                10, "Jakarta", false, clock.instant());
        em.persist(cohort);
        Enrolment enrolment = Enrolment.enrolledBy(cohort, trainee, clock.instant());
        em.persist(enrolment);
        em.flush();
        return new Trainee(username, enrolment.getId());
    }

    /** Several trainees of the demo centre enrolled in one new cohort of PDP-DASAR. */
    @Transactional
    public java.util.List<Trainee> cohortOfTrainees(String prefix, int count) {
        Trainee first = enrolledTrainee(prefix);
        Enrolment firstEnrolment = em.find(Enrolment.class, first.enrolmentId());
        java.util.List<Trainee> trainees = new java.util.ArrayList<>(java.util.List.of(first));
        for (int i = 1; i < count; i++) {
            String username = prefix + "-" + System.currentTimeMillis() % 1_000_000 + "-" + COUNTER.incrementAndGet();
            Account trainee = new Account(username, username + "@uji.pendamping.id", "Peserta Uji " + username, hash,
                    Role.TRAINEE, firstEnrolment.getCohort().getTrainingCenter(), clock.instant());
            em.persist(trainee);
            Enrolment enrolment = Enrolment.enrolledBy(firstEnrolment.getCohort(), trainee, clock.instant());
            em.persist(enrolment);
            em.flush();
            trainees.add(new Trainee(username, enrolment.getId()));
        }
        return trainees;
    }

    @Transactional
    public Long cohortOf(Long enrolmentId) {
        return em.find(Enrolment.class, enrolmentId).getCohort().getId();
    }

    @Transactional
    public Account account(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username).getSingleResult();
    }

    /** A coordinator of a training centre of their own, for the isolation tests. */
    @Transactional
    public Account coordinatorOfAnotherCentre(String prefix) {
        String code = (prefix + "-" + COUNTER.incrementAndGet() + "-" + System.currentTimeMillis() % 100_000).toUpperCase();
        TrainingCenter centre = new TrainingCenter(code, "Balai Lain " + code, "Makassar", clock.instant());
        em.persist(centre);
        Account coordinator = new Account(code.toLowerCase(), code.toLowerCase() + "@uji.pendamping.id", "Koordinator Lain",
                hash == null ? passwords.hash(PASSWORD) : hash, Role.COORDINATOR, centre, clock.instant());
        em.persist(coordinator);
        return coordinator;
    }

    /** Marks every lesson in service as studied, which opens the module quizzes and the post-test. */
    @Transactional
    public void studyEverything(Long enrolmentId) {
        for (CurriculumLesson lesson : em.createNamedQuery("CurriculumLesson.current", CurriculumLesson.class).getResultList()) {
            em.persist(new LessonProgress(enrolmentId, lesson.getLessonKey(), lesson.getContentHash(), clock.instant()));
        }
    }

    /** Extra time on a quiz, as a coordinator grants it on the cohort's quiz page. */
    @Transactional
    public void grantExtraTime(Long enrolmentId, String quizCode, java.time.Duration extra) {
        em.persist(new ExtraTime(quizCode, enrolmentId, extra, "koordinator", clock.instant()));
    }

    @Transactional
    public long attemptsOf(Long enrolmentId, String quizCode) {
        return em.createQuery("select count(a) from QuizAttempt a where a.enrolmentId = :e and a.quizCode = :q", Long.class)
                .setParameter("e", enrolmentId).setParameter("q", quizCode).getSingleResult();
    }

    @Transactional
    public QuizAttempt attempt(Long attemptId) {
        return em.find(QuizAttempt.class, attemptId);
    }
}

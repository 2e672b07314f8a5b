package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.ExtraTime;
import id.pendamping.assessment.domain.LearningGain;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.identity.application.Caller;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coordinator's view of a cohort's quizzes: each trainee's grade per quiz, the pre-test to
 * post-test gain per trainee and for the cohort, and extra time granted to a named trainee.
 * Only for a cohort of the coordinator's own centre ({@link CohortService#cohort} checks it).
 */
@ApplicationScoped
public class CohortQuizResults {

    public static final int MAX_EXTRA_MINUTES = 240;

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    QuizGrades quizGrades;

    /** One trainee's grades per quiz code (absent: no graded attempt yet) and their gain. */
    public record TraineeRow(Enrolment enrolment, Map<String, BigDecimal> grades, Optional<LearningGain> gain,
                             Map<String, Integer> extraMinutes) {

        public BigDecimal grade(String quizCode) {
            return grades.get(quizCode);
        }
    }

    public record Overview(Cohort cohort, List<Quiz> quizzes, List<TraineeRow> rows, Optional<LearningGain> cohortGain,
                           int postTestTaken, int postTestPassed) {
    }

    @Transactional
    public Overview overview(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        List<Enrolment> enrolled = cohorts.enrolments(cohortId, Enrolment.Status.ENROLLED);
        List<Quiz> quizzes = quizGrades.ofProgramme(cohort.getProgramme());
        Map<Long, Map<String, BigDecimal>> gradesByEnrolment = quizGrades.of(
                enrolled.stream().map(Enrolment::getId).toList(), quizzes);
        Map<Long, Map<String, Integer>> extra = new LinkedHashMap<>();
        if (!enrolled.isEmpty()) {
            List<Long> ids = enrolled.stream().map(Enrolment::getId).toList();
            em.createQuery("select x from ExtraTime x where x.enrolmentId in :ids", ExtraTime.class).setParameter("ids", ids)
                    .getResultList().forEach(x -> extra.computeIfAbsent(x.getEnrolmentId(), k -> new LinkedHashMap<>())
                            .put(x.getQuizCode(), (int) x.getExtra().toMinutes()));
        }
        List<TraineeRow> rows = new ArrayList<>();
        List<LearningGain> gains = new ArrayList<>();
        int taken = 0;
        int passed = 0;
        for (Enrolment enrolment : enrolled) {
            Map<String, BigDecimal> grades = gradesByEnrolment.get(enrolment.getId());
            Optional<BigDecimal> pre = gradeOf(quizzes, grades, QuizKind.PRE_TEST);
            Optional<BigDecimal> post = gradeOf(quizzes, grades, QuizKind.POST_TEST);
            Optional<LearningGain> gain = pre.isPresent() && post.isPresent()
                    ? Optional.of(new LearningGain(pre.get(), post.get())) : Optional.empty();
            gain.ifPresent(gains::add);
            if (post.isPresent()) {
                taken++;
                Quiz postTest = QuizGrades.ofKind(quizzes, QuizKind.POST_TEST).orElseThrow();
                if (post.get().compareTo(QuizGrades.passMark(cohort.getProgramme(), postTest)) >= 0) {
                    passed++;
                }
            }
            rows.add(new TraineeRow(enrolment, grades, gain, extra.getOrDefault(enrolment.getId(), Map.of())));
        }
        return new Overview(cohort, quizzes, rows, LearningGain.ofCohort(gains), taken, passed);
    }

    /** Grants (or changes) a trainee's extra time on a quiz; it lengthens the attempts they start afterwards. */
    @Transactional
    public void grantExtraTime(Long cohortId, Long enrolmentId, String quizCode, Integer minutes) {
        Cohort cohort = cohorts.cohort(cohortId);
        Enrolment enrolment = cohorts.enrolments(cohortId, Enrolment.Status.ENROLLED).stream()
                .filter(e -> e.getId().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new InvalidInput("trainee", "manage.quizzes.extra.traineeUnknown"));
        if (quizGrades.ofProgramme(cohort.getProgramme()).stream().noneMatch(q -> q.getCode().equals(quizCode))) {
            throw new InvalidInput("quiz", "manage.quizzes.extra.quizUnknown");
        }
        if (minutes == null || minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
            throw new InvalidInput("minutes", "manage.quizzes.extra.minutesRange", MAX_EXTRA_MINUTES);
        }
        ExtraTime existing = em.find(ExtraTime.class, new ExtraTime.Key(quizCode, enrolment.getId()));
        String by = caller.account().getUsername();
        if (existing == null) {
            em.persist(new ExtraTime(quizCode, enrolment.getId(), Duration.ofMinutes(minutes), by, clock.instant()));
        } else {
            existing.change(Duration.ofMinutes(minutes), by, clock.instant());
        }
    }

    private static Optional<BigDecimal> gradeOf(List<Quiz> quizzes, Map<String, BigDecimal> grades, QuizKind kind) {
        return QuizGrades.ofKind(quizzes, kind).map(q -> grades.get(q.getCode()));
    }
}

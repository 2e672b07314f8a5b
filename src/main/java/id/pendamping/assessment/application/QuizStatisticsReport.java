package id.pendamping.assessment.application;

import id.pendamping.assessment.application.CountedAttempts.GradedAttempt;
import id.pendamping.assessment.application.CountedAttempts.ScoredItem;
import id.pendamping.assessment.domain.AttemptItem;
import id.pendamping.assessment.domain.Blueprint;
import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.assessment.statistics.QuizStatistics;
import id.pendamping.assessment.statistics.ScoreMatrix;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item statistics of one quiz in one cohort, for the cohort's coordinator (or an admin): which
 * items were too easy, too hard or told trainees apart poorly, how consistent the quiz and each of
 * its topics were, and how the scores spread. Counts the first graded attempt of each trainee (see
 * {@link CountedAttempts} for why); the figures themselves come from the statistics package.
 */
@ApplicationScoped
public class QuizStatisticsReport {

    /** Fewer attempts than this give no figures at all: one attempt has no spread to analyse. */
    public static final int MINIMUM_ATTEMPTS = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CohortService cohorts;

    @Inject
    ItemBank bank;

    /** A cohort and the quizzes of its programme, pre-test first, then module quizzes in programme order, then the post-test. */
    public record CohortQuizzes(Cohort cohort, List<Quiz> quizzes) {
    }

    /**
     * What the coordinator sees for one quiz.
     *
     * @param gradedAttempts  every graded attempt of the cohort at the quiz, retakes included
     * @param attemptsCounted the attempts the statistics use: one per trainee with a scored item
     * @param statistics      empty when fewer than {@link #MINIMUM_ATTEMPTS} attempts count
     * @param levelByItemKey  what each item asks of a trainee, which the statistics do not carry
     */
    public record Report(Cohort cohort, Quiz quiz, int gradedAttempts, int attemptsCounted,
                         Optional<QuizStatistics> statistics, Map<String, CognitiveLevel> levelByItemKey) {

        public boolean available() {
            return statistics.isPresent();
        }
    }

    @Transactional
    public CohortQuizzes quizzesOf(Long cohortId) {
        Cohort cohort = visibleCohort(cohortId);
        Programme programme = cohort.getProgramme();
        List<String> modules = programme.getModuleKeys();
        List<Quiz> quizzes = em.createNamedQuery("Quiz.active", Quiz.class).getResultList().stream()
                .filter(quiz -> belongs(quiz, cohort))
                .sorted(Comparator.comparingInt((Quiz quiz) -> kindOrder(quiz.getKind()))
                        .thenComparingInt(quiz -> quiz.getModuleKey() == null ? -1 : modules.indexOf(quiz.getModuleKey()))
                        .thenComparing(Quiz::getCode))
                .toList();
        return new CohortQuizzes(cohort, quizzes);
    }

    /**
     * The statistics of a quiz of the cohort's programme. A quiz withdrawn since still reports the
     * attempts made while it was in service.
     *
     * @throws AccessDenied  for a caller who is neither an admin nor a coordinator of the cohort's centre
     * @throws InvalidInput  when the quiz does not exist or is not one of the cohort's programme
     */
    @Transactional
    public Report report(Long cohortId, String quizCode) {
        Cohort cohort = visibleCohort(cohortId);
        Quiz quiz = quizCode == null ? null : em.find(Quiz.class, quizCode);
        if (quiz == null || !belongs(quiz, cohort)) {
            throw new InvalidInput("quiz", "itemStats.quizUnknown");
        }
        List<Long> enrolments = em.createQuery("select e.id from Enrolment e where e.cohort.id = :cohort", Long.class)
                .setParameter("cohort", cohort.getId()).getResultList();
        List<QuizAttempt> graded = enrolments.isEmpty() ? List.of()
                : em.createNamedQuery("QuizAttempt.gradedOfQuiz", QuizAttempt.class)
                        .setParameter("quiz", quiz.getCode()).setParameter("enrolments", enrolments).getResultList();
        List<GradedAttempt> counted = CountedAttempts.firstPerTrainee(graded.stream()
                .map(a -> new GradedAttempt(a.getId(), a.getEnrolmentId(), a.getNumber())).toList());
        List<ScoredItem> scores = new ArrayList<>();
        Map<String, CognitiveLevel> levels = new HashMap<>();
        if (!counted.isEmpty()) {
            List<Long> attemptIds = counted.stream().map(GradedAttempt::attemptId).toList();
            for (AttemptItem shown : em.createNamedQuery("AttemptItem.ofAttempts", AttemptItem.class)
                    .setParameter("attempts", attemptIds).getResultList()) {
                Item item = bank.item(shown.getItemId());
                levels.put(item.key(), item.level());
                scores.add(new ScoredItem(shown.getAttemptId(), item.key(), item.topic(), shown.getScore()));
            }
        }
        ScoreMatrix matrix = CountedAttempts.matrix(counted, scores, topicOrder(quiz));
        Optional<QuizStatistics> statistics = matrix.attemptCount() < MINIMUM_ATTEMPTS
                ? Optional.empty() : Optional.of(QuizStatistics.of(matrix));
        return new Report(cohort, quiz, graded.size(), matrix.attemptCount(), statistics, Map.copyOf(levels));
    }

    /**
     * An admin sees every cohort; a coordinator only those of their own centre, checked exactly as
     * the cohort pages check it, and any other id is refused as if it did not exist.
     */
    private Cohort visibleCohort(Long cohortId) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        if (!caller.hasRole(Role.ADMIN)) {
            return cohorts.cohort(cohortId);
        }
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new AccessDenied("cohort " + cohortId);
        }
        return cohort;
    }

    private static boolean belongs(Quiz quiz, Cohort cohort) {
        Programme programme = cohort.getProgramme();
        return quiz.belongsTo(programme.getCode(), programme.getModuleKeys());
    }

    private static int kindOrder(QuizKind kind) {
        return switch (kind) {
            case PRE_TEST -> 0;
            case MODULE_QUIZ -> 1;
            case POST_TEST -> 2;
        };
    }

    private static List<String> topicOrder(Quiz quiz) {
        return quiz.definition().blueprint().rules().stream().map(Blueprint.Rule::topic).distinct().toList();
    }
}

package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.curriculum.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades as they count: for each enrolment and quiz, the quiz's own grading (highest, last, first,
 * average) over the graded attempts. A building block for use cases that have already checked the
 * caller may see these enrolments; it checks nothing itself.
 */
@ApplicationScoped
public class QuizGrades {

    @PersistenceContext
    EntityManager em;

    /**
     * The active quizzes that count in a programme: those its centre chose, else its pre-test and
     * post-test and the quizzes of its modules.
     */
    public List<Quiz> ofProgramme(Programme programme) {
        return em.createNamedQuery("Quiz.active", Quiz.class).getResultList().stream()
                .filter(q -> q.countsIn(programme)).toList();
    }

    /** The mark that passes a quiz for the programme's completion: the programme's own on its post-test, else the quiz's. */
    public static BigDecimal passMark(Programme programme, Quiz quiz) {
        return quiz.getKind() == QuizKind.POST_TEST ? programme.passPercent().orElse(quiz.getPassPercent()) : quiz.getPassPercent();
    }

    /** Each enrolment's grade per quiz code; a quiz with no graded attempt is absent. */
    public Map<Long, Map<String, BigDecimal>> of(Collection<Long> enrolmentIds, List<Quiz> quizzes) {
        Map<Long, List<QuizAttempt>> attempts = new LinkedHashMap<>();
        if (!enrolmentIds.isEmpty()) {
            em.createQuery("select a from QuizAttempt a where a.enrolmentId in :ids and a.status = :graded order by a.number",
                            QuizAttempt.class).setParameter("ids", enrolmentIds)
                    .setParameter("graded", QuizAttempt.Status.GRADED)
                    .getResultList().forEach(a -> attempts.computeIfAbsent(a.getEnrolmentId(), k -> new ArrayList<>()).add(a));
        }
        Map<Long, Map<String, BigDecimal>> grades = new LinkedHashMap<>();
        for (Long enrolment : enrolmentIds) {
            Map<String, BigDecimal> byQuiz = new LinkedHashMap<>();
            for (Quiz quiz : quizzes) {
                List<BigDecimal> percents = attempts.getOrDefault(enrolment, List.of()).stream()
                        .filter(a -> a.getQuizCode().equals(quiz.getCode())).map(QuizAttempt::getPercent).toList();
                quiz.getGrading().of(percents).ifPresent(g -> byQuiz.put(quiz.getCode(), g));
            }
            grades.put(enrolment, byQuiz);
        }
        return grades;
    }

    /** The quiz of a kind among a programme's quizzes, if it has one. */
    public static Optional<Quiz> ofKind(List<Quiz> quizzes, QuizKind kind) {
        return quizzes.stream().filter(q -> q.getKind() == kind).findFirst();
    }
}

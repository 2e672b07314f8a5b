package id.pendamping.certification.application;

import id.pendamping.assessment.application.QuizGrades;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.learning.application.ProgressCalculation;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.StudyProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who has completed a programme and so earns a training certificate: every module of the programme
 * studied, and its post-test passed when it has one (at the programme's own pass mark when its
 * centre set one). The post-test grade (by the quiz's own grading
 * across attempts) is the score the result band is printed from. Checks nothing about the caller:
 * the use cases that call it have.
 */
@ApplicationScoped
public class TrainingCompletion {

    private static final int FEW = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    QuizGrades quizGrades;

    /** Where the post-test stands for a trainee. */
    public enum PostTest { NOT_REQUIRED, NOT_TAKEN, FAILED, PASSED }

    /** One trainee's completion. */
    public record Standing(Enrolment enrolment, StudyProgress progress, PostTest postTest, BigDecimal grade) {

        public boolean eligible() {
            return progress.complete() && (postTest == PostTest.PASSED || postTest == PostTest.NOT_REQUIRED);
        }
    }

    /** The programme's outline (what the certificate's second page lists) and each trainee's standing. */
    public record Completion(Cohort cohort, Map<CurriculumModule, List<CurriculumLesson>> outline, List<Standing> standings) {
    }

    public List<Enrolment> enrolled(Long cohortId) {
        return em.createQuery("select e from Enrolment e join fetch e.account where e.cohort.id = :cohort "
                        + "and e.status = :enrolled order by e.id", Enrolment.class)
                .setParameter("cohort", cohortId).setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList();
    }

    public Completion of(Cohort cohort, List<Enrolment> enrolments) {
        Map<CurriculumModule, List<CurriculumLesson>> outline = catalogue.outline(cohort.getProgramme());
        Map<Long, Set<String>> studied = new HashMap<>();
        // Read as plain values, not entities: a chunk of the bulk job then flushes a small
        // persistence context, not thousands of progress rows.
        List<Object[]> progress = enrolments.size() <= FEW
                ? em.createQuery("select p.enrolmentId, p.lessonKey, p.contentHash from LessonProgress p "
                        + "where p.enrolmentId in :ids", Object[].class)
                .setParameter("ids", enrolments.stream().map(Enrolment::getId).toList()).getResultList()
                : em.createQuery("select p.enrolmentId, p.lessonKey, p.contentHash from LessonProgress p, Enrolment e "
                        + "where p.enrolmentId = e.id and e.cohort.id = :cohort", Object[].class)
                .setParameter("cohort", cohort.getId()).getResultList();
        for (Object[] p : progress) {
            studied.computeIfAbsent((Long) p[0], k -> new HashSet<>()).add(StudyProgress.key((String) p[1], (String) p[2]));
        }
        List<Quiz> quizzes = quizGrades.ofProgramme(cohort.getProgramme());
        Optional<Quiz> postTest = QuizGrades.ofKind(quizzes, QuizKind.POST_TEST);
        Map<Long, Map<String, BigDecimal>> grades = quizGrades.of(enrolments.stream().map(Enrolment::getId).toList(),
                postTest.map(List::of).orElse(List.of()));
        List<Standing> standings = enrolments.stream().map(e -> {
            StudyProgress studyProgress = ProgressCalculation.of(outline, studied.getOrDefault(e.getId(), Set.of()));
            if (postTest.isEmpty()) {
                return new Standing(e, studyProgress, PostTest.NOT_REQUIRED, null);
            }
            BigDecimal grade = grades.get(e.getId()).get(postTest.get().getCode());
            PostTest state = grade == null ? PostTest.NOT_TAKEN
                    : grade.compareTo(QuizGrades.passMark(cohort.getProgramme(), postTest.get())) >= 0
                    ? PostTest.PASSED : PostTest.FAILED;
            return new Standing(e, studyProgress, state, grade);
        }).toList();
        return new Completion(cohort, outline, standings);
    }
}

package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.LessonProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * For test and benchmark servers only (their servlets are registered nowhere else): records that
 * trainees have studied every lesson and have a graded post-test at a given percentage, written as
 * the real use cases would leave them, so certificate journeys and benchmarks need not replay a
 * programme. Checks no caller: nothing reachable on a production server calls it.
 */
@ApplicationScoped
public class RecordedCompletion {

    @PersistenceContext
    EntityManager em;

    @Inject
    QuizGrades quizGrades;

    @Inject
    Clock clock;

    /** Every enrolment of the trainee; returns how many. */
    @Transactional
    public int complete(String username, BigDecimal percent) {
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.account.username = :u "
                + "and e.status = :enrolled", Enrolment.class).setParameter("u", username)
                .setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList();
        List<CurriculumLesson> lessons = lessons();
        enrolments.forEach(e -> complete(e, percent, lessons));
        return enrolments.size();
    }

    /** Every enrolled trainee of the named cohort; returns the cohort's id. */
    @Transactional
    public Long completeCohort(String cohortName, BigDecimal percent) {
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.cohort.name = :name "
                + "and e.status = :enrolled", Enrolment.class).setParameter("name", cohortName)
                .setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList();
        if (enrolments.isEmpty()) {
            return null;
        }
        Long cohort = enrolments.get(0).getCohort().getId();
        List<CurriculumLesson> lessons = lessons();
        List<Long> ids = enrolments.stream().map(Enrolment::getId).toList();
        for (int i = 0; i < ids.size(); i++) {
            complete(em.find(Enrolment.class, ids.get(i)), percent, lessons);
            if (i % 50 == 49) {
                // Keeps the persistence context small on a cohort of a thousand.
                em.flush();
                em.clear();
            }
        }
        return cohort;
    }

    private void complete(Enrolment enrolment, BigDecimal percent, List<CurriculumLesson> lessons) {
        em.createQuery("delete from LessonProgress p where p.enrolmentId = :e").setParameter("e", enrolment.getId())
                .executeUpdate();
        for (CurriculumLesson lesson : lessons) {
            em.persist(new LessonProgress(enrolment.getId(), lesson.getLessonKey(), lesson.getContentHash(),
                    clock.instant()));
        }
        var postTest = QuizGrades.ofKind(quizGrades.ofProgramme(enrolment.getCohort().getProgramme()), QuizKind.POST_TEST);
        if (postTest.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Number next = (Number) em.createNativeQuery("select coalesce(max(number), 0) + 1 from quiz_attempt "
                + "where quiz_code = ?1 and enrolment_id = ?2").setParameter(1, postTest.get().getCode())
                .setParameter(2, enrolment.getId()).getSingleResult();
        em.createNativeQuery("insert into quiz_attempt (quiz_code, enrolment_id, account_id, number, status, "
                        + "started_at, deadline, closed_at, closed_by, points, max_points, percent, passed, "
                        + "essays_pending, version) values (?1, ?2, ?3, ?4, 'GRADED', ?5, ?5, ?5, 'TRAINEE', "
                        + "?6, 100, ?6, ?7, 0, 0)")
                .setParameter(1, postTest.get().getCode()).setParameter(2, enrolment.getId())
                .setParameter(3, enrolment.getAccount().getId()).setParameter(4, next.intValue())
                .setParameter(5, now).setParameter(6, percent)
                .setParameter(7, percent.compareTo(postTest.get().getPassPercent()) >= 0).executeUpdate();
    }

    private List<CurriculumLesson> lessons() {
        return em.createNamedQuery("CurriculumLesson.current", CurriculumLesson.class).getResultList();
    }
}

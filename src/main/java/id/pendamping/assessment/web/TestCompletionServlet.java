package id.pendamping.assessment.web;

import id.pendamping.assessment.application.QuizGrades;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.LessonProgress;
import id.pendamping.platform.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * POST /test-support/completion?username=U&amp;postTest=85 records that a trainee has studied every
 * lesson of their enrolments and has a graded post-test at that percentage, so the certificate
 * journeys need not replay a whole programme in the browser (the quiz and lesson journeys have
 * browser tests of their own). It exists only on a server started with
 * -Dpendamping.clock.adjustable=true: the initializer below does not register it otherwise.
 */
public class TestCompletionServlet extends HttpServlet {

    @Inject
    Completion completion;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String percent = request.getParameter("postTest");
        if (username == null || percent == null || !percent.matches("\\d{1,3}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "username=<trainee>&postTest=<0..100>");
            return;
        }
        int enrolments = completion.complete(username, new BigDecimal(percent));
        response.setContentType("text/plain");
        response.getWriter().print(enrolments);
    }

    /** Writes the progress and the graded attempt as the real use cases would leave them. */
    @ApplicationScoped
    public static class Completion {

        @PersistenceContext
        EntityManager em;

        @Inject
        QuizGrades quizGrades;

        @Inject
        Clock clock;

        @Transactional
        public int complete(String username, BigDecimal percent) {
            int done = 0;
            for (Enrolment enrolment : em.createQuery("select e from Enrolment e where e.account.username = :u "
                    + "and e.status = :enrolled", Enrolment.class).setParameter("u", username)
                    .setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList()) {
                em.createQuery("delete from LessonProgress p where p.enrolmentId = :e").setParameter("e", enrolment.getId())
                        .executeUpdate();
                for (CurriculumLesson lesson : em.createNamedQuery("CurriculumLesson.current", CurriculumLesson.class)
                        .getResultList()) {
                    em.persist(new LessonProgress(enrolment.getId(), lesson.getLessonKey(), lesson.getContentHash(),
                            clock.instant()));
                }
                var postTest = QuizGrades.ofKind(quizGrades.ofProgramme(enrolment.getCohort().getProgramme()),
                        QuizKind.POST_TEST);
                if (postTest.isPresent()) {
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
                done++;
            }
            return done;
        }
    }

    /** Registers the servlet on test servers only. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (ClockProducer.ADJUSTABLE) {
                event.getServletContext().addServlet("testCompletion", TestCompletionServlet.class)
                        .addMapping("/test-support/completion");
            }
        }
    }
}

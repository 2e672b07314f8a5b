package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Messages;
import id.pendamping.platform.PublicUrl;
import id.pendamping.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Mails the result of an attempt the server closed at its deadline: the trainee was not there to see
 * it on screen (a lost connection, a closed phone). An attempt the trainee submitted shows its result
 * at once, so it sends nothing, which also keeps a whole class submitting together free of SMTP work.
 */
@ApplicationScoped
public class ResultMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    void graded(@Observes AttemptGraded graded) {
        if (graded.closedBy() != QuizAttempt.ClosedBy.DEADLINE) {
            return;
        }
        Enrolment enrolment = em.find(Enrolment.class, graded.enrolmentId());
        Account trainee = enrolment.getAccount();
        Quiz quiz = em.find(Quiz.class, graded.quizCode());
        Locale locale = Messages.locale(trainee.getLocale());
        outbox.queue(new Outbox.Letter(trainee.getEmail(), trainee.getLocale(), "attempt:" + graded.attemptId() + ":result",
                "mail.result.subject", new Object[] {quiz.title(locale)},
                "mail.result.body", new Object[] {trainee.getFullName(), quiz.title(locale),
                        graded.percent().setScale(0, RoundingMode.HALF_UP).toPlainString(),
                        new Outbox.Localized(graded.passed() ? "mail.result.passed" : "mail.result.notPassed"),
                        PublicUrl.of("/learn/result.xhtml?a=" + graded.attemptId())}));
    }
}

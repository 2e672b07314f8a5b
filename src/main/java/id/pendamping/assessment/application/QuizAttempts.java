package id.pendamping.assessment.application;

import id.pendamping.assessment.application.QuizRefusal.Reason;
import id.pendamping.assessment.domain.AttemptTiming;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A trainee's use cases on attempts: start (or resume) an attempt, save an answer, submit, and the
 * server's own closing of attempts whose time is up. Checks who is asking, then runs each step in
 * its own short transaction ({@link AttemptSteps}), retrying a start that lost a race.
 */
@ApplicationScoped
public class QuizAttempts {

    private static final Logger LOG = Logger.getLogger(QuizAttempts.class.getName());

    @Inject
    AttemptSteps steps;

    @Inject
    Caller caller;

    @Inject
    QuizCatalog catalog;

    @Inject
    Clock clock;


    /** The grace after the deadline, for a phone's slow connection; property pendamping.quiz.grace-seconds. */
    public static Duration grace() {
        return Duration.ofSeconds(Long.getLong("pendamping.quiz.grace-seconds", AttemptTiming.DEFAULT_GRACE.toSeconds()));
    }

    /**
     * Starts the next attempt, or returns the one in progress, so a double click or a second
     * device never opens two. An attempt left open past its time is closed first.
     */
    public AttemptSteps.Started start(Long enrolmentId, String quizCode) {
        return start(enrolmentId, quizCode, false).started();
    }

    /** Starts or resumes as {@link #start(Long, String)} and answers with the attempt as the quiz shows it. */
    public QuizCatalog.StartedAttempt startAndShow(Long enrolmentId, String quizCode) {
        return start(enrolmentId, quizCode, true);
    }

    private QuizCatalog.StartedAttempt start(Long enrolmentId, String quizCode, boolean show) {
        for (int tries = 0; ; tries++) {
            try {
                QuizCatalog.StartedAttempt attempt = catalog.start(enrolmentId, quizCode, clock.instant(), show);
                if (attempt.timeUp()) {
                    steps.close(attempt.started().attemptId(), QuizAttempt.ClosedBy.DEADLINE, clock.instant());
                    continue;
                }
                return attempt;
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                if (tries >= 3) {
                    throw e;
                }
                LOG.fine(() -> "start of " + quizCode + " for enrolment " + enrolmentId + " lost a race; retrying");
            }
        }
    }

    public SaveOutcome save(Long attemptId, int position, String json, long sequence) {
        caller.require(Role.TRAINEE);
        Long account = caller.account().getId();
        try {
            return steps.save(attemptId, account, position, json, sequence, clock.instant(), grace());
        } catch (QuizRefusal refusal) {
            if (refusal.reason() == Reason.TIME_UP) {
                steps.close(attemptId, QuizAttempt.ClosedBy.DEADLINE, clock.instant());
            }
            throw refusal;
        }
    }

    /** Submits the caller's attempt. Submitting twice, or after the server closed it, changes nothing. */
    public void submit(Long attemptId) {
        QuizAttempt attempt = catalog.myAttempt(attemptId);
        boolean inTime = AttemptTiming.accepts(clock.instant(), attempt.getDeadline(), grace());
        steps.close(attemptId, inTime ? QuizAttempt.ClosedBy.TRAINEE : QuizAttempt.ClosedBy.DEADLINE, clock.instant());
    }

    /** Closes every attempt whose time and grace are past; safe when two nodes run it at once. */
    public int closeOverdue() {
        int closed = 0;
        for (Long id : steps.overdue(clock.instant().minus(grace()), 500)) {
            if (steps.close(id, QuizAttempt.ClosedBy.DEADLINE, clock.instant())) {
                closed++;
            }
        }
        return closed;
    }

}

package id.pendamping.assessment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Closes and grades attempts whose time ran out, without waiting for a browser to come back.
 * Every few seconds; on two nodes both may run it, and the conditional update in
 * {@link AttemptSteps#close} lets only one of them grade each attempt.
 */
@Singleton
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class.getName());

    @Inject
    QuizAttempts attempts;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeOverdueAttempts() {
        try {
            int closed = attempts.closeOverdue();
            if (closed > 0) {
                LOG.info(() -> closed + " attempt(s) closed at their deadline and graded");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "closing overdue attempts failed, will retry: " + e);
        }
    }
}

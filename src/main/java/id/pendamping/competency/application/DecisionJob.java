package id.pendamping.competency.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Takes the decisions whose appeal window has passed, every minute, without anyone having to ask. */
@Singleton
public class DecisionJob {

    private static final Logger LOG = Logger.getLogger(DecisionJob.class.getName());

    @Inject
    CompetenceDecisions decisions;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void decideDue() {
        for (Long id : decisions.due()) {
            try {
                decisions.decide(id);
            } catch (RuntimeException e) {
                LOG.warning(() -> "deciding assessment " + id + " failed, will retry: " + e);
            }
        }
    }
}

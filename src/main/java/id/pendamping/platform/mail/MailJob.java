package id.pendamping.platform.mail;

import id.pendamping.platform.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every minute, sends the mail that could not be sent right after its transaction (SMTP down, a restart). */
@Singleton
public class MailJob {

    private static final Logger LOG = Logger.getLogger(MailJob.class.getName());

    @Inject
    MailDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        ScheduledWork.run(LOG, "queued mail(s) sent", "sending queued mail failed",
                () -> dispatcher.sendDue());
    }
}

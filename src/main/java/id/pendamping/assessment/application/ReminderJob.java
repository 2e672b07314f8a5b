package id.pendamping.assessment.application;

import id.pendamping.platform.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every hour, reminds trainees whose cohort ends within days of a post-test they have not passed. */
@Singleton
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    PostTestReminders reminders;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remindDue() {
        ScheduledWork.run(LOG, "post-test reminder(s) queued", "post-test reminders failed",
                () -> reminders.remindDue());
    }
}

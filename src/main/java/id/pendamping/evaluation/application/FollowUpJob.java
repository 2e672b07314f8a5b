package id.pendamping.evaluation.application;

import id.pendamping.platform.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Looks every minute for cohorts whose follow-up survey opened. One small query when there is
 * nothing to do; checking often means alumni are invited within a minute of the day starting, and a
 * server that was down catches up at once. On two nodes the survey_wave key lets one of them invite.
 */
@Singleton
public class FollowUpJob {

    private static final Logger LOG = Logger.getLogger(FollowUpJob.class.getName());

    @Inject
    FollowUpInvitations invitations;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void inviteDue() {
        ScheduledWork.run(LOG, "follow-up survey invitation(s) queued", "inviting alumni to follow-up surveys failed",
                () -> invitations.inviteDue());
    }
}

package id.pendamping.learning.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.Messages;
import id.pendamping.platform.PublicUrl;
import id.pendamping.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The invitation a trainee receives when enrolled in a cohort, in their language: with the one-time
 * link to choose a password when the account is new, else with the link to sign in. Queued in the
 * enrolment's transaction, so a rejected CSV import mails nobody.
 */
@ApplicationScoped
public class EnrolmentMail {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(Cohort cohort, Account trainee, String setupToken) {
        Locale locale = Messages.locale(trainee.getLocale());
        String link = setupToken == null ? PublicUrl.of("/learn/")
                : PublicUrl.of("/set-password.xhtml?token=" + URLEncoder.encode(setupToken, StandardCharsets.UTF_8));
        outbox.queue(new Outbox.Letter(trainee.getEmail(), trainee.getLocale(),
                "enrolment:cohort:" + cohort.getId() + ":account:" + trainee.getId(),
                "mail.enrolment.subject", new Object[] {cohort.getName()},
                "mail.enrolment.body", new Object[] {trainee.getFullName(), cohort.getName(),
                        cohort.getProgramme().title(locale), cohort.getTrainingCenter().getName(),
                        Messages.longDate(locale, cohort.getStartsOn()), Messages.longDate(locale, cohort.getEndsOn()),
                        new Outbox.Localized(setupToken == null ? "mail.enrolment.signIn" : "mail.enrolment.choosePassword"),
                        link}));
    }
}

package id.pendamping.evaluation.application;

import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.Messages;
import id.pendamping.platform.PublicUrl;
import id.pendamping.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Invites a cohort's alumni to the follow-up surveys (Kirkpatrick level 3) when the day three and
 * six months after the cohort's end comes: one mail each, in the alumnus's language, with the link
 * to the survey. Each cohort's wave is invited once (survey_wave); a cohort whose window has already
 * closed when the platform first looks (imported history) is not invited any more.
 */
@ApplicationScoped
public class FollowUpInvitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** Invites every cohort whose follow-up opens today or opened in its window and was not invited; returns the mails queued. */
    @Transactional
    public int inviteDue() {
        LocalDate today = Calendars.today(clock);
        int queued = 0;
        for (SurveyKind kind : List.of(SurveyKind.FOLLOW_UP_3, SurveyKind.FOLLOW_UP_6)) {
            // A slightly wider range of end dates than the window, narrowed by the kind's own rule:
            // adding months to a 29th-31st is not the inverse of subtracting them.
            LocalDate around = today.minusMonths(kind.monthsAfterEnd());
            List<?> ids = em.createNativeQuery("select c.id from cohort c where c.ends_on <= ?1 and c.ends_on >= ?2 "
                            + "and not exists (select 1 from survey_wave w where w.cohort_id = c.id and w.kind = ?3)")
                    .setParameter(1, around.plusDays(3)).setParameter(2, around.minusDays(SurveyKind.OPEN_DAYS + 3))
                    .setParameter(3, kind.name()).getResultList();
            for (Object id : ids) {
                Cohort cohort = em.find(Cohort.class, ((Number) id).longValue());
                if (kind.openOn(today, cohort.getStartsOn(), cohort.getEndsOn())) {
                    queued += invite(cohort, kind);
                }
            }
        }
        return queued;
    }

    private int invite(Cohort cohort, SurveyKind kind) {
        em.createNativeQuery("insert into survey_wave (cohort_id, kind, invited_at) values (?1, ?2, ?3)")
                .setParameter(1, cohort.getId()).setParameter(2, kind.name()).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        List<Enrolment> alumni = em.createQuery("select e from Enrolment e join fetch e.account where e.cohort.id = :cohort "
                        + "and e.status = :enrolled and e.account.enabled = true order by e.id", Enrolment.class)
                .setParameter("cohort", cohort.getId()).setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList();
        int queued = 0;
        for (Enrolment enrolment : alumni) {
            Account alumnus = enrolment.getAccount();
            Locale locale = Messages.locale(alumnus.getLocale());
            String closes = Messages.longDate(locale, kind.closesOn(cohort.getEndsOn()));
            String link = PublicUrl.of("/learn/survey.xhtml?e=" + enrolment.getId() + "&kind=" + kind.name());
            boolean sent = outbox.queue(new Outbox.Letter(alumnus.getEmail(), alumnus.getLocale(),
                    "survey:" + kind.name() + ":enrolment:" + enrolment.getId(),
                    "mail.followUp.subject", new Object[] {cohort.getName()},
                    "mail.followUp.body", new Object[] {alumnus.getFullName(), cohort.getName(), kind.monthsAfterEnd(), link, closes}));
            queued += sent ? 1 : 0;
        }
        return queued;
    }
}

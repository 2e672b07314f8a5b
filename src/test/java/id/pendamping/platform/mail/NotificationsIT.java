package id.pendamping.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.application.PostTestReminders;
import id.pendamping.platform.ClockProducer;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import id.pendamping.testing.Waiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against the real database: a quiz-deadline reminder is queued once per trainee in the
 * trainee's language however often the job looks; mail queued in a transaction that rolls back never
 * exists; and a mail the SMTP server does not take stays queued with its error and a later attempt.
 * (No SMTP server listens during this test; FollowUpSurveyBrowserIT checks delivery to a real one.)
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(NotificationsIT.class, Rows.class, Waiting.class);
    }

    @Inject
    TraineeFixture fixture;

    @Inject
    PostTestReminders reminders;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    ClockProducer clocks;

    @Inject
    Rows rows;

    /** Reads and prepares rows directly. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext
        EntityManager em;

        @Inject
        Outbox outbox;

        @Transactional
        public void speaksEnglish(String username) {
            em.createNativeQuery("update account set locale = 'en' where username = ?1").setParameter(1, username).executeUpdate();
        }

        @Transactional
        public List<?> mailTo(String username) {
            return em.createNativeQuery("select m.subject, m.attempts, m.last_error, m.sent_at, m.next_attempt_at, m.created_at "
                    + "from outgoing_mail m join account a on a.email = m.recipient where a.username = ?1 order by m.id")
                    .setParameter(1, username).getResultList();
        }

        @Transactional
        public void queueAndFail(String key) {
            outbox.queue(new Outbox.Letter("batal@uji.pendamping.id", "id", key, "mail.result.subject", new Object[] {"x"},
                    "mail.result.subject", new Object[] {"x"}));
            throw new IllegalStateException("the deciding transaction fails");
        }

        @Transactional
        public long withKey(String key) {
            return ((Number) em.createNativeQuery("select count(*) from outgoing_mail where purpose_key = ?1")
                    .setParameter(1, key).getSingleResult()).longValue();
        }
    }

    @AfterEach
    void resetClock() {
        clocks.adjustable().reset();
    }

    @Test
    void aPostTestReminderIsQueuedOnceInTheTraineesLanguageAndKeptForRetryWhenSmtpIsDown() {
        List<TraineeFixture.Trainee> cohort = fixture.cohortOfTrainees("pengingat", 2);
        rows.speaksEnglish(cohort.get(1).username());
        assertThat(rows.mailTo(cohort.get(0).username())).as("nothing before the last days").isEmpty();

        // The cohort ends in 30 days: 28 days on, it ends within three.
        clocks.adjustable().advance(Duration.ofDays(28));
        reminders.remindDue();
        reminders.remindDue();
        List<?> indonesian = rows.mailTo(cohort.get(0).username());
        List<?> english = rows.mailTo(cohort.get(1).username());
        assertThat(indonesian).hasSize(1);
        assertThat(english).hasSize(1);
        assertThat(((Object[]) indonesian.get(0))[0]).isEqualTo("Pengingat: Tes Akhir Pelatihan Dasar Pendamping");
        assertThat(((Object[]) english.get(0))[0]).isEqualTo("Reminder: Basic Mentor Training Post-test");

        // The send right after the commit may be under way already; either way one attempt is made.
        Waiting.until(() -> {
            dispatcher.sendDue();
            return ((Number) ((Object[]) rows.mailTo(cohort.get(0).username()).get(0))[1]).intValue() > 0;
        }, Duration.ofSeconds(15));
        Object[] kept = (Object[]) rows.mailTo(cohort.get(0).username()).get(0);
        assertThat(((Number) kept[1]).intValue()).as("attempts").isGreaterThanOrEqualTo(1);
        assertThat((String) kept[2]).as("the SMTP error is kept").isNotBlank();
        assertThat(kept[3]).as("not sent").isNull();
    }

    @Test
    void mailQueuedInATransactionThatRollsBackDoesNotExist() {
        String key = "uji:batal:" + System.nanoTime();
        assertThatThrownBy(() -> rows.queueAndFail(key)).isInstanceOf(IllegalStateException.class);
        assertThat(rows.withKey(key)).isZero();
    }
}

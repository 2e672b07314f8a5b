package id.pendamping.platform.mail;

import id.pendamping.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

/**
 * Queues a mail in the transaction that decides to send it, written in the recipient's language
 * from the bundles. Nothing is sent if that transaction rolls back; once it commits the
 * {@link MailDispatcher} sends it, and retries later if the SMTP server cannot take it. A purpose
 * key already queued is ignored, so the same notice never goes out twice.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** A mail to write: to whom, in which language, why (the idempotency key) and its bundle keys. */
    public record Letter(String recipient, String language, String purposeKey, String subjectKey, Object[] subjectArguments,
                         String bodyKey, Object[] bodyArguments) {
    }

    /** An argument that is itself text from the bundles, written in the letter's language. */
    public record Localized(String key) {
    }

    /** Queues the letter unless one with its purpose key was queued before; true when queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(Letter letter) {
        if (letter.recipient() == null || !letter.recipient().contains("@")) {
            return false;
        }
        Locale locale = Messages.locale(letter.language());
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = em.createNativeQuery("insert into outgoing_mail (purpose_key, recipient, language, subject, body, "
                        + "created_at, next_attempt_at) select ?1, ?2, ?3, ?4, ?5, ?6, ?6 where not exists "
                        + "(select 1 from outgoing_mail where purpose_key = ?1)")
                .setParameter(1, letter.purposeKey()).setParameter(2, letter.recipient())
                .setParameter(3, locale.getLanguage())
                .setParameter(4, Messages.text(locale, letter.subjectKey(), localized(locale, letter.subjectArguments())))
                .setParameter(5, Messages.text(locale, letter.bodyKey(), localized(locale, letter.bodyArguments())))
                .setParameter(6, now).executeUpdate();
        if (inserted > 0) {
            queued.fire(new MailQueued());
        }
        return inserted > 0;
    }

    private static Object[] localized(Locale locale, Object[] arguments) {
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Localized text) {
                written[i] = Messages.text(locale, text.key());
            }
        }
        return written;
    }
}

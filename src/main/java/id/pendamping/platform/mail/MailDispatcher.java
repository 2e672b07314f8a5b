package id.pendamping.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends queued mail through WildFly's mail session (its SMTP server is server configuration, see
 * wildfly-config/configure-mail.cli). Runs right after a transaction that queued mail commits, on a
 * managed thread so the request does not wait for SMTP, and every minute from {@link MailJob} for
 * what failed before. One run at a time per node: a burst of queued mail starts one run, not many.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxRows rows;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        again.set(true);
        if (!running.get()) {
            executor.execute(this::sendDue);
        }
    }

    /** Sends every due mail; returns how many went out. */
    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int sent = 0;
        try {
            do {
                again.set(false);
                List<Long> due;
                do {
                    due = rows.due(clock.instant(), BATCH);
                    for (Long id : due) {
                        Optional<OutboxRows.Pending> mail = rows.claim(id, clock.instant());
                        if (mail.isPresent() && send(mail.get())) {
                            sent++;
                        }
                    }
                } while (due.size() == BATCH);
            } while (again.get());
        } finally {
            running.set(false);
        }
        return sent;
    }

    private boolean send(OutboxRows.Pending mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
            rows.sent(mail.id(), clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "mail " + mail.id() + " not sent, will retry: " + e);
            rows.failed(mail.id(), clock.instant(), e.toString());
            return false;
        }
    }
}

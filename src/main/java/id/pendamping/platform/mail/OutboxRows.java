package id.pendamping.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's rows, each step in its own short transaction so that a slow SMTP server holds no
 * database lock. A row is claimed for a while before it is sent: two dispatchers (two nodes, or the
 * job beside an after-commit send) never send the same mail at the same time.
 */
@ApplicationScoped
public class OutboxRows {

    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 10;

    @PersistenceContext
    EntityManager em;

    /** A mail ready to be sent. */
    public record Pending(long id, String recipient, String subject, String body) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        return em.createNativeQuery("select id from outgoing_mail where sent_at is null and next_attempt_at <= ?1 "
                        + "and attempts < ?2 and (claimed_until is null or claimed_until < ?1) order by id")
                .setParameter(1, Timestamp.from(now)).setParameter(2, MAX_ATTEMPTS).setMaxResults(limit)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Claims a due mail; empty when another dispatcher has it or it was sent meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Pending> claim(long id, Instant now) {
        int claimed = em.createNativeQuery("update outgoing_mail set claimed_until = ?1, attempts = attempts + 1 "
                        + "where id = ?2 and sent_at is null and (claimed_until is null or claimed_until < ?3)")
                .setParameter(1, Timestamp.from(now.plus(CLAIM))).setParameter(2, id).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("select recipient, subject, body from outgoing_mail where id = ?1")
                .setParameter(1, id).getSingleResult();
        return Optional.of(new Pending(id, (String) row[0], (String) row[1], (String) row[2]));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        em.createNativeQuery("update outgoing_mail set sent_at = ?1, claimed_until = null, last_error = null where id = ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate();
    }

    /** Records a failure and when to try again: one minute, then doubling, at most six hours. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, Instant now, String error) {
        int attempts = ((Number) em.createNativeQuery("select attempts from outgoing_mail where id = ?1").setParameter(1, id)
                .getSingleResult()).intValue();
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 9));
        if (wait.compareTo(Duration.ofHours(6)) > 0) {
            wait = Duration.ofHours(6);
        }
        String message = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
        em.createNativeQuery("update outgoing_mail set next_attempt_at = ?1, claimed_until = null, last_error = ?2 where id = ?3")
                .setParameter(1, Timestamp.from(now.plus(wait))).setParameter(2, message).setParameter(3, id).executeUpdate();
    }
}

package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The short transactions around a sign-in. The password check itself (a tenth of a second of CPU)
 * runs between them, outside any transaction, so it never holds a database connection.
 */
@ApplicationScoped
public class SignInRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Optional<Account> accountNamed(String name) {
        Optional<Account> byUsername = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", name).getResultStream().findFirst();
        if (byUsername.isPresent()) {
            return byUsername;
        }
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", name).getResultStream().findFirst();
    }

    @Transactional
    public boolean isLocked(String name) {
        SignInThrottle throttle = em.find(SignInThrottle.class, name);
        return throttle != null && throttle.isLocked(clock.instant());
    }

    /** Counts a failure and tells whether the name is now locked. */
    @Transactional
    public boolean recordFailure(String name) {
        SignInThrottle throttle = em.find(SignInThrottle.class, name, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (throttle == null) {
            throttle = new SignInThrottle(name);
            throttle.recordFailure(now);
            em.persist(throttle);
        } else {
            throttle.recordFailure(now);
        }
        return throttle.isLocked(now);
    }

    @Transactional
    public void recordSuccess(String name, Long accountId, String newHashOrNull) {
        SignInThrottle throttle = em.find(SignInThrottle.class, name);
        if (throttle != null) {
            em.remove(throttle);
        }
        if (newHashOrNull != null) {
            em.find(Account.class, accountId).replacePasswordHash(newHashOrNull);
        }
    }
}

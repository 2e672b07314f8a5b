package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.ApiToken;
import id.pendamping.platform.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for the API: a script signs in once with a name and password (throttled like the
 * sign-in page) and gets a random 256-bit token valid for twelve hours. Only its SHA-256 is stored.
 */
@ApplicationScoped
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInService signIn;

    @Inject
    Clock clock;

    /** The token issued, with its expiry. */
    public record Issued(String token, Instant expiresAt) {
    }

    // The refusal must not undo the failed attempt the throttle has just counted.
    @Transactional(dontRollbackOn = SignInRefused.class)
    public Issued issue(String username, String password) {
        SignInOutcome outcome = signIn.signIn(username, password);
        return switch (outcome.kind()) {
            case SUCCESS -> {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                Instant now = clock.instant();
                em.persist(new ApiToken(Hashes.sha256(token), outcome.account(), now, now.plus(LIFETIME)));
                yield new Issued(token, now.plus(LIFETIME));
            }
            case LOCKED -> throw new SignInRefused(true);
            case INVALID -> throw new SignInRefused(false);
        };
    }

    /**
     * The account a token stands for. A token checked in the last minute is not read again: every
     * answer a script saves carries its token, and the token table would otherwise be read as often
     * as answers are written. So disabling an account stops its tokens within a minute.
     */
    public Optional<Account> accountOf(String token) {
        String hash = Hashes.sha256(token);
        Instant now = clock.instant();
        Checked checked = recentlyChecked.get(hash);
        if (checked != null && now.isBefore(checked.until())) {
            return Optional.of(checked.account());
        }
        ApiToken stored = em.find(ApiToken.class, hash);
        if (stored == null || !stored.validAt(now)) {
            recentlyChecked.remove(hash);
            return Optional.empty();
        }
        if (recentlyChecked.size() > MAX_REMEMBERED) {
            recentlyChecked.clear();
        }
        Instant recheck = now.plus(RECHECK_AFTER);
        recentlyChecked.put(hash, new Checked(stored.getAccount(),
                recheck.isBefore(stored.getExpiresAt()) ? recheck : stored.getExpiresAt()));
        return Optional.of(stored.getAccount());
    }

    private record Checked(Account account, Instant until) {
    }

    private static final Duration RECHECK_AFTER = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 20_000;
    private final Map<String, Checked> recentlyChecked = new ConcurrentHashMap<>();

    /** Wrong name or password, or the name is locked for a while; the same for unknown names. */
    public static class SignInRefused extends RuntimeException {
        private final boolean locked;

        public SignInRefused(boolean locked) {
            super(locked ? "locked" : "invalid credentials");
            this.locked = locked;
        }

        public boolean locked() {
            return locked;
        }
    }
}

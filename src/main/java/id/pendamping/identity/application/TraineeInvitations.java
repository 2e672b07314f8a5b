package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.PasswordPolicy;
import id.pendamping.identity.domain.PasswordSetup;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.Hashes;
import id.pendamping.platform.InvalidInput;
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
import java.util.Optional;

/**
 * Trainee accounts made for people a coordinator enrols: an existing account with the email is
 * reused; otherwise a new one gets a one-time link to choose a password (valid {@link #LINK_VALIDITY}).
 * The link is shown to the coordinator, and mailed once mail is configured.
 */
@ApplicationScoped
public class TraineeInvitations {

    public static final Duration LINK_VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** The person's account, and the one-time token when the account is new. */
    public record Invited(Account account, String setupToken) {
    }

    /** Must run inside the caller's transaction, so an enrolment that fails creates no account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invited findOrInvite(String fullName, String email, String phone, TrainingCenter center) {
        String normalised = Account.normalise(email);
        Optional<Account> existing = em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", normalised).getResultStream().findFirst();
        if (existing.isPresent()) {
            return new Invited(existing.get(), null);
        }
        // Unusable until the person chooses a password through the link.
        String lockedHash = passwords.hash(newToken());
        Account account = new Account(normalised, normalised, fullName, lockedHash, Role.TRAINEE, center, clock.instant());
        account.recordPhone(phone);
        em.persist(account);
        String token = newToken();
        Instant now = clock.instant();
        em.persist(new PasswordSetup(hash(token), account, now, now.plus(LINK_VALIDITY)));
        return new Invited(account, token);
    }

    /** Sets the password chosen through a one-time link; the link then stops working. */
    @Transactional
    public Account choosePassword(String token, String password) {
        PasswordSetup setup = token == null ? null : em.find(PasswordSetup.class, hash(token));
        if (setup == null || !setup.isUsable(clock.instant())) {
            throw new InvalidInput("token", "setPassword.linkInvalid");
        }
        Account account = setup.getAccount();
        PasswordPolicy.problemWith(password, account.getFullName(), account.getEmail()).ifPresent(problem -> {
            throw new InvalidInput("password", problem, PasswordPolicy.MIN_LENGTH);
        });
        account.replacePasswordHash(passwords.hash(password));
        setup.use(clock.instant());
        return account;
    }

    @Transactional
    public boolean isUsable(String token) {
        PasswordSetup setup = token == null ? null : em.find(PasswordSetup.class, hash(token));
        return setup != null && setup.isUsable(clock.instant());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return Hashes.sha256(token);
    }
}

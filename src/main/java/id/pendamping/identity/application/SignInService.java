package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks a name and password. Five failures in a row lock the name for fifteen minutes, whether or
 * not an account has that name, and an unknown name costs the same time as a known one, so neither
 * the message nor the timing tells an attacker which accounts exist. A disabled account is refused
 * like a wrong password.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    SignInRecords records;

    @Inject
    Passwords passwords;

    public SignInOutcome signIn(String typedName, String password) {
        String name = Account.normalise(typedName);
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return SignInOutcome.of(SignInOutcome.Kind.INVALID);
        }
        if (records.isLocked(name)) {
            return SignInOutcome.of(SignInOutcome.Kind.LOCKED);
        }
        Optional<Account> account = records.accountNamed(name);
        boolean matches;
        if (account.isPresent()) {
            matches = passwords.matches(password, account.get().getPasswordHash());
        } else {
            passwords.verifyDecoy(password);
            matches = false;
        }
        if (!matches || !account.get().isEnabled()) {
            boolean locked = recordFailure(name);
            return SignInOutcome.of(locked ? SignInOutcome.Kind.LOCKED : SignInOutcome.Kind.INVALID);
        }
        String stored = account.get().getPasswordHash();
        records.recordSuccess(name, account.get().getId(),
                passwords.isOutdated(stored) ? passwords.hash(password) : null);
        return SignInOutcome.success(account.get());
    }

    /**
     * Two failures for a new name at the same moment both try to create its row; the loser's insert
     * fails on the primary key, and counting again finds the winner's row.
     */
    private boolean recordFailure(String name) {
        try {
            return records.recordFailure(name);
        } catch (RuntimeException concurrentFirstFailure) {
            return records.recordFailure(name);
        }
    }

    public boolean isLocked(String typedName) {
        return records.isLocked(Account.normalise(typedName));
    }
}

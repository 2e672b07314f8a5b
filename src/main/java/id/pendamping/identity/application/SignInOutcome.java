package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;

/** What a sign-in attempt came to; {@code account} is set only on success. */
public record SignInOutcome(Kind kind, Account account) {

    public enum Kind { SUCCESS, INVALID, LOCKED }

    static SignInOutcome success(Account account) {
        return new SignInOutcome(Kind.SUCCESS, account);
    }

    static SignInOutcome of(Kind kind) {
        return new SignInOutcome(kind, null);
    }
}

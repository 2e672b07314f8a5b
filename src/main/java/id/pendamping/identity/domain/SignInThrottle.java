package id.pendamping.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one name typed at the sign-in form. After {@link #MAX_FAILURES} failures in a
 * row the name is locked for {@link #LOCK_DURATION}; a success clears the count. Kept per name typed,
 * not per account, so an unknown name locks exactly like a real one and the page reveals nothing.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @Column(length = 254)
    private String principal;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInThrottle() {
    }

    public SignInThrottle(String principal) {
        this.principal = principal;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth in a row locks the name. A lock that has run out starts a new count. */
    public void recordFailure(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedCount = 0;
            lockedUntil = null;
        }
        failedCount++;
        lastFailureAt = now;
        if (failedCount >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    public String getPrincipal() {
        return principal;
    }

    public int getFailedCount() {
        return failedCount;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}

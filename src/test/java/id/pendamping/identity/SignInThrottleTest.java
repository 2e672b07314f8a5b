package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.identity.domain.SignInThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Instant start = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void fourFailuresDoNotLock() {
        SignInThrottle throttle = failures(4);
        assertThat(throttle.isLocked(start.plusSeconds(4))).isFalse();
    }

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        SignInThrottle throttle = failures(5);
        Instant fifth = start.plusSeconds(4);
        assertThat(throttle.isLocked(fifth)).isTrue();
        assertThat(throttle.isLocked(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(throttle.isLocked(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureAfterTheLockRunsOutStartsANewCount() {
        SignInThrottle throttle = failures(5);
        Instant later = start.plus(Duration.ofMinutes(30));
        throttle.recordFailure(later);
        assertThat(throttle.getFailedCount()).isEqualTo(1);
        assertThat(throttle.isLocked(later)).isFalse();
    }

    private SignInThrottle failures(int count) {
        SignInThrottle throttle = new SignInThrottle("budi");
        for (int i = 0; i < count; i++) {
            throttle.recordFailure(start.plusSeconds(i));
        }
        return throttle;
    }
}

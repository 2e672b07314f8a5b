package id.pendamping.assessment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The server's clock decides: an attempt's deadline is set at its start, from the quiz's time limit
 * and any extra time granted to the trainee. Answers are accepted up to the deadline plus a short
 * grace period, which absorbs a phone's slow connection but never a deliberate delay.
 */
public final class AttemptTiming {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);

    private AttemptTiming() {
    }

    public static Instant deadline(Instant startedAt, Duration timeLimit, Duration extraTime) {
        return startedAt.plus(timeLimit).plus(extraTime == null ? Duration.ZERO : extraTime);
    }

    /** Whether an answer or a submit received at {@code now} still counts. */
    public static boolean accepts(Instant now, Instant deadline, Duration grace) {
        return !now.isAfter(deadline.plus(grace));
    }

    /** Whether the server should close the attempt itself: the deadline and the grace are past. */
    public static boolean overdue(Instant now, Instant deadline, Duration grace) {
        return !accepts(now, deadline, grace);
    }
}

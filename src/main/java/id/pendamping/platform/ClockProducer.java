package id.pendamping.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The server clock is the only clock: everything that reads the time injects this one. With
 * {@code -Dpendamping.clock.adjustable=true} (test servers only) it is an {@link AdjustableClock}
 * that tests move forward to reach a deadline or a follow-up date without waiting.
 */
@ApplicationScoped
public class ClockProducer {

    public static final boolean ADJUSTABLE = Boolean.getBoolean("pendamping.clock.adjustable");

    private final AdjustableClock adjustable = new AdjustableClock(Clock.systemUTC());

    @Produces
    @ApplicationScoped
    Clock clock() {
        return ADJUSTABLE ? adjustable : Clock.systemUTC();
    }

    public AdjustableClock adjustable() {
        return adjustable;
    }
}

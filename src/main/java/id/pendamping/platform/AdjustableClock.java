package id.pendamping.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock shifted by an offset that tests set; used only on test servers. */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    AdjustableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}

package id.pendamping.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar training runs on. Cohort dates, survey windows, appeal windows and certificate dates
 * are days in Western Indonesian Time, whatever zone the server runs in.
 */
public final class Calendars {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Calendars() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}

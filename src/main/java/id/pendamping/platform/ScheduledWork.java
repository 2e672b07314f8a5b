package id.pendamping.platform;

import java.util.function.IntSupplier;
import java.util.logging.Logger;

/**
 * How a timer job runs its work: it logs what it did when it did something, and a failure is logged
 * and left to the next run (a timer whose method throws would be retried at once by the container).
 */
public final class ScheduledWork {

    private ScheduledWork() {
    }

    /** Runs the work; {@code done} is logged with the count when it is above zero. */
    public static void run(Logger log, String done, String failed, IntSupplier work) {
        try {
            int count = work.getAsInt();
            if (count > 0) {
                log.info(() -> count + " " + done);
            }
        } catch (RuntimeException e) {
            log.warning(() -> failed + ", will retry: " + e);
        }
    }
}

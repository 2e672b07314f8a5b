package id.pendamping.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the server does in the background (a batch job, a timer, a mail), checking a condition. */
public final class Waiting {

    private Waiting() {
    }

    /** Up to a minute. */
    public static void until(BooleanSupplier condition) {
        until(condition, Duration.ofMinutes(1));
    }

    public static void until(BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + patience);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

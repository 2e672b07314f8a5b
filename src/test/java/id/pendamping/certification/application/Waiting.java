package id.pendamping.certification.application;

import java.util.function.BooleanSupplier;

/** Waits up to a minute for something the server does in the background, such as a batch job. */
final class Waiting {

    private Waiting() {
    }

    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within a minute");
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

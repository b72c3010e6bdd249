package io.ctibridge.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Adds up the time spent in one collaborator during one handler call, so the harness can subtract it from the
 * call's total. Thread-safe: the lookup runs its search on another (virtual) thread.
 */
public final class CallTimer {

    private final AtomicLong nanos = new AtomicLong();

    public <T> T time(Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            nanos.addAndGet(System.nanoTime() - started);
        }
    }

    public void time(Runnable call) {
        time(() -> {
            call.run();
            return null;
        });
    }

    /** Adds a time measured elsewhere (an SDK interceptor's, which has no call to wrap). */
    public void add(long elapsedNanos) {
        nanos.addAndGet(elapsedNanos);
    }

    /** The time added up since the last take, and starts again from zero. */
    public long takeNanos() {
        return nanos.getAndSet(0);
    }
}

package io.ctibridge.core.time;

import java.time.Duration;

/**
 * A point in time by which a piece of work must be done, on the monotonic clock so that wall-clock
 * adjustments (NTP, SnapStart restore) cannot stretch or shrink it. Passed down to every HTTP call,
 * including a token refresh that happens on the way, so one deadline bounds the whole operation.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private final long expiresAtNanos;

    private Deadline(long expiresAtNanos) {
        this.expiresAtNanos = expiresAtNanos;
    }

    /** A deadline {@code timeout} from now. */
    public static Deadline after(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long nanos = saturatedNanos(timeout);
        long now = System.nanoTime();
        return new Deadline(nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
    }

    /** No deadline: calls are bounded by the HTTP client's own timeouts only. */
    public static Deadline none() {
        return NONE;
    }

    /** Time left, never negative; effectively unbounded for {@link #none()}. */
    public Duration remaining() {
        if (this == NONE) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        return Duration.ofNanos(Math.max(0, expiresAtNanos - System.nanoTime()));
    }

    public boolean isExpired() {
        return this != NONE && expiresAtNanos - System.nanoTime() <= 0;
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public String toString() {
        return this == NONE
                ? "Deadline[none]"
                : "Deadline[remaining=" + remaining().toMillis() + "ms]";
    }
}

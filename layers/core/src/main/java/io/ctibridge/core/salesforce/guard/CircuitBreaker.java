package io.ctibridge.core.salesforce.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Closed, it lets every call through and counts consecutive failures; at {@code threshold} it opens and refuses
 * every call for the cool-down; then, half-open, it lets ONE probe through: a success closes it, a failure opens
 * it again. Thread-safe; the clock decides every wait, so tests need no sleeps.
 */
final class CircuitBreaker {

    enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /** A state change, for the guard to report. */
    record Change(State from, State to) {}

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    /** When the half-open probe was let through; a probe that never reports is replaced after a cool-down. */
    private Instant probeSince;

    CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Empty when the call may go ahead; else why not. */
    synchronized Optional<String> refusal() {
        Instant now = clock.instant();
        switch (state) {
            case CLOSED -> {
                return Optional.empty();
            }
            case OPEN -> {
                if (now.isBefore(openUntil)) {
                    return Optional.of(openReason(now));
                }
                state = State.HALF_OPEN;
                probeSince = now;
                return Optional.empty();
            }
            case HALF_OPEN -> {
                if (now.isBefore(probeSince.plus(coolDown))) {
                    return Optional.of("Salesforce circuit breaker half-open: a probe lookup is under way");
                }
                probeSince = now;
                return Optional.empty();
            }
        }
        throw new IllegalStateException("unknown state " + state);
    }

    synchronized Optional<Change> succeeded() {
        consecutiveFailures = 0;
        return moveTo(State.CLOSED);
    }

    synchronized Optional<Change> failed() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || (state == State.CLOSED && consecutiveFailures >= threshold)) {
            openUntil = clock.instant().plus(coolDown);
            return moveTo(State.OPEN);
        }
        // OPEN: a call let through before the breaker opened failed late; the cool-down stands.
        return Optional.empty();
    }

    synchronized State state() {
        return state;
    }

    synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    private Optional<Change> moveTo(State next) {
        State previous = state;
        state = next;
        return previous == next ? Optional.empty() : Optional.of(new Change(previous, next));
    }

    private String openReason(Instant now) {
        long seconds = Math.max(1, Duration.between(now, openUntil).toSeconds());
        return "Salesforce circuit breaker open after " + consecutiveFailures + " consecutive failures; next probe in "
                + seconds + " s";
    }
}

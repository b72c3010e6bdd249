package io.ctibridge.cli.call;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One synthetic inbound voice call, as Amazon Connect would see it: who called which number, whether an agent took
 * it and for how long. The caller waits {@link #RING_AND_QUEUE} in the flow and the queue, talks for
 * {@code duration} (answered) or gives up after {@code duration} (abandoned); a call made {@link #now} ended
 * {@link #RECORD_DELAY} ago, so that its contact record, written after after-call work, is not from the future.
 *
 * @param contactId Connect's ContactId, a random UUID as Connect's
 * @param from      the caller ID as the carrier delivers it; {@code anonymous} for a withheld number
 * @param to        the dialled number (Connect's SystemEndpoint)
 * @param agent     the Connect username of the agent who took it; empty when abandoned
 * @param duration  talk time (answered) or time until the caller hung up (abandoned)
 * @param endedAt   when the call ended, to the second as Connect records it
 */
public record SimulatedCall(
        String contactId,
        String from,
        String to,
        Optional<String> agent,
        Outcome outcome,
        Duration duration,
        Instant endedAt) {

    public enum Outcome {
        ANSWERED,
        ABANDONED
    }

    /** Flow, prompts and queue before an agent picks up. */
    static final Duration RING_AND_QUEUE = Duration.ofSeconds(20);
    /** After-call work (30 s) and Connect writing the record. */
    static final Duration RECORD_DELAY = Duration.ofSeconds(35);

    public SimulatedCall {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(outcome, "outcome");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        if (outcome == Outcome.ABANDONED && agent.isPresent()) {
            throw new IllegalArgumentException("an abandoned call has no agent");
        }
        if (outcome == Outcome.ANSWERED && agent.isEmpty()) {
            throw new IllegalArgumentException("an answered call has an agent");
        }
        endedAt = endedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new call, with a fresh ContactId, whose record would be written about now. */
    public static SimulatedCall now(
            String from, String to, Optional<String> agent, Outcome outcome, Duration duration) {
        return new SimulatedCall(
                UUID.randomUUID().toString(),
                from,
                to,
                agent,
                outcome,
                duration,
                Instant.now().minus(RECORD_DELAY));
    }

    public Instant initiatedAt() {
        return endedAt.minus(outcome == Outcome.ANSWERED ? RING_AND_QUEUE.plus(duration) : duration);
    }

    /** When the agent was connected; empty for an abandoned call. */
    public Optional<Instant> connectedToAgentAt() {
        return outcome == Outcome.ANSWERED ? Optional.of(initiatedAt().plus(RING_AND_QUEUE)) : Optional.empty();
    }

    /** What Salesforce's CallDurationInSeconds should say: the talk time, none when no agent took the call. */
    public long talkSeconds() {
        return outcome == Outcome.ANSWERED ? duration.toSeconds() : 0;
    }
}

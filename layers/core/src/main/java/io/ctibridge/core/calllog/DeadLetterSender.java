package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.deadletter.DeadLetterQueue;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.observability.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Posts deliveries the call log gives up on; one that cannot be posted comes back later instead, never lost. */
final class DeadLetterSender {

    private final DeadLetterQueue deadLetters;
    private final Clock clock;
    private final Duration retryAfter;
    private final JsonLog log;

    DeadLetterSender(DeadLetterQueue deadLetters, Clock clock, Duration retryAfter, JsonLog log) {
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.log = log;
    }

    /**
     * @param detail for the operator reading the queue (may quote Salesforce's message)
     * @param logged for the log (codes only)
     */
    CallLogOutcome post(Delivery delivery, String contactId, DeadLetter.Reason reason, String detail, String logged) {
        try {
            deadLetters.send(
                    new DeadLetter(reason, detail, contactId, delivery.itemId(), delivery.payload(), clock.instant()));
            return CallLogOutcome.of(delivery, contactId, Result.DEAD_LETTERED, reason + ": " + logged);
        } catch (RuntimeException e) {
            log.error(
                    "cannot send to the dead-letter queue; the delivery comes back later",
                    contactId == null ? Map.of("itemId", delivery.itemId()) : Map.of("contactId", contactId),
                    e);
            return CallLogOutcome.retry(delivery, contactId, "dead-letter queue unavailable", retryAfter);
        }
    }
}

package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.record.Delivery;
import java.time.Duration;
import java.util.Objects;

/**
 * What became of one delivery.
 *
 * @param itemId     the delivery's id in its source
 * @param contactId  its ContactId, null when unreadable
 * @param result     what happened
 * @param taskId     the Task written, for CREATED and UPDATED
 * @param detail     why, for logs (no phone numbers)
 * @param retryAfter for RETRY, how long the source should wait before delivering it again
 */
public record CallLogOutcome(
        String itemId, String contactId, Result result, String taskId, String detail, Duration retryAfter) {

    public enum Result {
        /** A new Task. */
        CREATED,
        /** An existing Task rewritten from a later version of its contact. */
        UPDATED,
        /** Already logged from this or a later version, or a duplicate within the batch. */
        SKIPPED,
        /** Not a call the profile logs (another channel, an abandoned call when those are off). */
        IGNORED,
        /** Given up on for good and sent to the dead-letter queue. */
        DEAD_LETTERED,
        /** Not done yet; the source must deliver it again. */
        RETRY
    }

    public CallLogOutcome {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(result, "result");
        detail = Objects.requireNonNullElse(detail, "");
        retryAfter = Objects.requireNonNullElse(retryAfter, Duration.ZERO);
    }

    public boolean needsRetry() {
        return result == Result.RETRY;
    }

    static CallLogOutcome written(Delivery delivery, String contactId, Result result, String taskId) {
        return new CallLogOutcome(delivery.itemId(), contactId, result, taskId, "", Duration.ZERO);
    }

    static CallLogOutcome of(Delivery delivery, String contactId, Result result, String detail) {
        return new CallLogOutcome(delivery.itemId(), contactId, result, null, detail, Duration.ZERO);
    }

    static CallLogOutcome retry(Delivery delivery, String contactId, String detail, Duration retryAfter) {
        return new CallLogOutcome(delivery.itemId(), contactId, Result.RETRY, null, detail, retryAfter);
    }
}

package io.ctibridge.core.operation;

import java.time.Duration;

/**
 * Timings of the operations job.
 *
 * @param inDoubtGrace how long after an attempt's deadline a create it sent may still land in Salesforce (the
 *                     request outlives the client that gave up on it); until then a retry that does not find the
 *                     record by its idempotency marker answers UNAVAILABLE rather than create a second one
 * @param recordTtl    how long an operation's record is kept for retries, the screen pop and the call log
 */
public record OperationSettings(Duration inDoubtGrace, Duration recordTtl) {

    public static OperationSettings defaults() {
        return new OperationSettings(Duration.ofSeconds(30), Duration.ofDays(1));
    }

    public OperationSettings withInDoubtGrace(Duration grace) {
        return new OperationSettings(grace, recordTtl);
    }
}

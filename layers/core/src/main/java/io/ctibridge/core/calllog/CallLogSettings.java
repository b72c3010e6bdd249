package io.ctibridge.core.calllog;

import java.time.Duration;
import java.util.Objects;

/**
 * The call log's timing knobs.
 *
 * @param lockRetryPause   wait before the one in-call retry of records Salesforce could not lock
 * @param outageBackoff    wait before handing back a batch after a Salesforce outage (503, timeouts), so that the
 *                         stream's immediate retry does not hit a service that is down
 * @param limitBackoff     the same after REQUEST_LIMIT_EXCEEDED
 * @param maxBusyWait      the longest wait for another delivery's claim on a contact to run out
 * @param ownerCacheTtl    how long an agent's Salesforce User (or its absence) is remembered
 * @param stateParallelism lookup results and ledger writes done at once
 */
public record CallLogSettings(Duration lockRetryPause, Duration outageBackoff, Duration limitBackoff,
                              Duration maxBusyWait, Duration ownerCacheTtl, int stateParallelism) {

    public CallLogSettings {
        Objects.requireNonNull(lockRetryPause, "lockRetryPause");
        Objects.requireNonNull(outageBackoff, "outageBackoff");
        Objects.requireNonNull(limitBackoff, "limitBackoff");
        Objects.requireNonNull(maxBusyWait, "maxBusyWait");
        Objects.requireNonNull(ownerCacheTtl, "ownerCacheTtl");
        if (stateParallelism < 1) {
            throw new IllegalArgumentException("stateParallelism must be at least 1");
        }
    }

    public static CallLogSettings defaults() {
        return new CallLogSettings(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(10), Duration.ofMinutes(15), 16);
    }

    /** The same with no waiting at all, for tests that fail Salesforce on purpose. */
    public CallLogSettings withoutWaiting() {
        return new CallLogSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, ownerCacheTtl,
                stateParallelism);
    }
}

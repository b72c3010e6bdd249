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
 * @param inDoubtGrace     how long after a create failed without an answer (timeout, dropped connection, 5xx)
 *                         nobody creates that contact's Task again: Salesforce may still commit the first one,
 *                         and only a committed Task is found by the CallObject check
 */
public record CallLogSettings(
        Duration lockRetryPause,
        Duration outageBackoff,
        Duration limitBackoff,
        Duration maxBusyWait,
        Duration ownerCacheTtl,
        int stateParallelism,
        Duration inDoubtGrace) {

    /**
     * A minute: Salesforce ends a synchronous transaction at 10 s of CPU and waits at most 10 s for a row lock,
     * and our client gives up on a call after 20 s, so a write still uncommitted a minute after we gave up is
     * not coming. It fits in one Kinesis invocation's pause (the function has 120 s) and ends before Lambda's
     * first retry of an event (about a minute later).
     */
    public static final Duration DEFAULT_IN_DOUBT_GRACE = Duration.ofSeconds(60);

    public CallLogSettings {
        Objects.requireNonNull(lockRetryPause, "lockRetryPause");
        Objects.requireNonNull(outageBackoff, "outageBackoff");
        Objects.requireNonNull(limitBackoff, "limitBackoff");
        Objects.requireNonNull(maxBusyWait, "maxBusyWait");
        Objects.requireNonNull(ownerCacheTtl, "ownerCacheTtl");
        Objects.requireNonNull(inDoubtGrace, "inDoubtGrace");
        if (stateParallelism < 1) {
            throw new IllegalArgumentException("stateParallelism must be at least 1");
        }
    }

    public static CallLogSettings defaults() {
        return new CallLogSettings(
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                Duration.ofSeconds(10),
                Duration.ofMinutes(15),
                16,
                DEFAULT_IN_DOUBT_GRACE);
    }

    /**
     * The same with no waiting at all, for tests that fail Salesforce on purpose. The grace stays: it is what
     * keeps a late commit from becoming a duplicate, not a pause.
     */
    public CallLogSettings withoutWaiting() {
        return new CallLogSettings(
                Duration.ZERO,
                Duration.ZERO,
                Duration.ZERO,
                Duration.ZERO,
                ownerCacheTtl,
                stateParallelism,
                inDoubtGrace);
    }

    /** The same with another grace for creates in doubt. */
    public CallLogSettings withInDoubtGrace(Duration grace) {
        return new CallLogSettings(
                lockRetryPause, outageBackoff, limitBackoff, maxBusyWait, ownerCacheTtl, stateParallelism, grace);
    }
}

package io.ctibridge.emulator;

import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.FieldAccess;
import io.ctibridge.emulator.write.RecordError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Fault knobs for tests, changeable while the emulator runs. Thread-safe. "API calls" are requests under
 * {@code /services/data}; token requests are never failed or dropped, only delayed.
 *
 * <p>Order on each API call: dropped connection, then the session check (401), then limitExceeded, failNext,
 * failEvery. Per-record failures apply to sObject create and Collections records that pass the real rules.
 */
public final class Faults {
    private final Runnable expireSessions;
    private final List<RecordFailure> recordFailures = new CopyOnWriteArrayList<>();
    private final Map<String, FieldAccess> fieldAccess = new ConcurrentHashMap<>();
    private Duration latency = Duration.ZERO;
    private boolean limitExceeded;
    private int dropsLeft;
    private int failuresLeft;
    private SalesforceException nextFailure;
    private int failEveryNth;
    private SalesforceException periodicFailure;
    private long callsSinceFailEvery;

    private record RecordFailure(Predicate<Map<String, Object>> matches, RecordError error) {}

    Faults(Runnable expireSessions) {
        this.expireSessions = expireSessions;
    }

    /** Added before every response, token requests included. */
    public synchronized void latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = delay;
    }

    /** The next {@code n} API calls answer {@code httpStatus} with {@code [{"message","errorCode"}]}. */
    public synchronized void failNext(int n, int httpStatus, String errorCode, String message) {
        failuresLeft = requireNonNegative(n);
        nextFailure = new SalesforceException(httpStatus, errorCode, message);
    }

    /** Every {@code nth} API call from now on fails (deterministically: calls n, 2n, 3n…); 0 turns it off. */
    public synchronized void failEvery(int nth, int httpStatus, String errorCode, String message) {
        failEveryNth = requireNonNegative(nth);
        callsSinceFailEvery = 0;
        periodicFailure = new SalesforceException(httpStatus, errorCode, message);
    }

    /**
     * Records matching {@code recordPredicate} fail in sObject create and Collections with this status code,
     * e.g. UNABLE_TO_LOCK_ROW. The predicate sees the record as sent: {@code attributes.type}, canonical field
     * names, and {@code Id} for updates.
     */
    public void failRecordsMatching(Predicate<Map<String, Object>> recordPredicate, String statusCode, String message) {
        recordFailures.add(new RecordFailure(
                Objects.requireNonNull(recordPredicate), new RecordError(statusCode, message, List.of())));
    }

    /**
     * Field-level security for the integration user: describe of {@code object} reports {@code field} with these
     * {@code createable}/{@code updateable} flags instead of the schema's (writes are not refused by it).
     */
    public void fieldAccess(String object, String field, boolean createable, boolean updateable) {
        fieldAccess.put(fieldKey(object, field), new FieldAccess(createable, updateable));
    }

    /** Every token issued so far becomes invalid: the next API call with one gets 401 INVALID_SESSION_ID. */
    public void expireAllSessions() {
        expireSessions.run();
    }

    /** While on, API calls answer 403 REQUEST_LIMIT_EXCEEDED. */
    public synchronized void limitExceeded(boolean on) {
        limitExceeded = on;
    }

    /** The next {@code n} API calls get their connection closed without any answer. */
    public synchronized void dropConnections(int n) {
        dropsLeft = requireNonNegative(n);
    }

    /** Turns every fault off (issued sessions stay as they are). */
    public synchronized void reset() {
        latency = Duration.ZERO;
        limitExceeded = false;
        dropsLeft = 0;
        failuresLeft = 0;
        nextFailure = null;
        failEveryNth = 0;
        periodicFailure = null;
        callsSinceFailEvery = 0;
        recordFailures.clear();
        fieldAccess.clear();
    }

    synchronized Duration latency() {
        return latency;
    }

    synchronized boolean takeDrop() {
        if (dropsLeft > 0) {
            dropsLeft--;
            return true;
        }
        return false;
    }

    /** The injected failure for this (authenticated) API call, if any; counts the call for failEvery. */
    synchronized Optional<SalesforceException> takeFailure() {
        if (failEveryNth > 0) {
            callsSinceFailEvery++;
        }
        if (limitExceeded) {
            return Optional.of(new SalesforceException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            return Optional.of(nextFailure);
        }
        if (failEveryNth > 0 && callsSinceFailEvery % failEveryNth == 0) {
            return Optional.of(periodicFailure);
        }
        return Optional.empty();
    }

    Optional<RecordError> recordFailure(Map<String, Object> record) {
        return recordFailures.stream()
                .filter(f -> f.matches().test(record))
                .map(RecordFailure::error)
                .findFirst();
    }

    Optional<FieldAccess> fieldAccess(String object, String field) {
        return Optional.ofNullable(fieldAccess.get(fieldKey(object, field)));
    }

    // API names are case-insensitive in Salesforce.
    private static String fieldKey(String object, String field) {
        return (object + "." + field).toLowerCase(Locale.ROOT);
    }

    private static int requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative: " + n);
        }
        return n;
    }
}

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
 * <p>Order on each API call: dropped connection, then the session check (401), then limitExceeded (or the daily
 * limit reached), failNext, failEvery. Every API answer carries {@code Sforce-Limit-Info: api-usage=used/max}; each
 * call is counted before it is answered, as Salesforce does, until the limit is reached. Per-record failures apply to sObject create and Collections records that pass the real rules.
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
    private final long apiDailyLimit;
    private long apiUsed;
    private int telephonyFailuresLeft;
    private int telephonyFailureStatus;

    private record RecordFailure(Predicate<Map<String, Object>> matches, RecordError error) {}

    Faults(Runnable expireSessions, long apiDailyLimit) {
        this.expireSessions = expireSessions;
        this.apiDailyLimit = apiDailyLimit;
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

    /**
     * Sets the org's API calls used in the last 24 hours, as {@code Sforce-Limit-Info} reports them; at the daily
     * limit ({@link EmulatorConfig#apiDailyLimit()}) API calls answer 403 REQUEST_LIMIT_EXCEEDED. Not reset by
     * {@link #reset()}: it is the org's usage, not a fault.
     */
    public synchronized void apiUsed(long used) {
        if (used < 0) {
            throw new IllegalArgumentException("API calls used must not be negative: " + used);
        }
        apiUsed = used;
    }

    /** The org's API calls used, as the next answer's header reports them. */
    public synchronized long apiUsed() {
        return apiUsed;
    }

    public long apiDailyLimit() {
        return apiDailyLimit;
    }

    /** While on, API calls answer 403 REQUEST_LIMIT_EXCEEDED. */
    public synchronized void limitExceeded(boolean on) {
        limitExceeded = on;
    }

    /** The next {@code n} API calls get their connection closed without any answer. */
    public synchronized void dropConnections(int n) {
        dropsLeft = requireNonNegative(n);
    }

    /**
     * The next {@code n} Telephony Integration API calls (under {@code /telephony/v1}, after the JWT check) answer
     * {@code httpStatus} without doing anything: 429 for the API's limit, 503 for an outage. Latency and dropped
     * connections apply to those calls as to the REST API's.
     */
    public synchronized void failTelephonyNext(int n, int httpStatus) {
        telephonyFailuresLeft = requireNonNegative(n);
        telephonyFailureStatus = httpStatus;
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
        telephonyFailuresLeft = 0;
    }

    /** The status injected for this (authenticated) Telephony Integration API call, if any. */
    synchronized Optional<Integer> takeTelephonyFailure() {
        if (telephonyFailuresLeft > 0) {
            telephonyFailuresLeft--;
            return Optional.of(telephonyFailureStatus);
        }
        return Optional.empty();
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

    /** The {@code Sforce-Limit-Info} value of the answer now being sent. */
    synchronized String limitInfo() {
        return "api-usage=" + apiUsed + "/" + apiDailyLimit;
    }

    /**
     * The injected failure for this (authenticated) API call, if any; counts the call against the org's allowance
     * (unless it is spent: Salesforce refuses the call then) and for failEvery.
     */
    synchronized Optional<SalesforceException> takeFailure() {
        boolean spent = apiUsed >= apiDailyLimit;
        if (!spent) {
            apiUsed++;
        }
        if (failEveryNth > 0) {
            callsSinceFailEvery++;
        }
        if (limitExceeded || spent) {
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

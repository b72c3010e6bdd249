package io.ctibridge.core.salesforce.telephony;

import java.time.Duration;

/** What the Telephony Integration API did with one request, one type per kind of answer: callers switch on it. */
public sealed interface TelephonyOutcome {

    /**
     * {@code POST /voiceCalls} made the call. The record exists even when {@code errors} is not empty: the API
     * reports a failed trigger or validation there as a string while still creating it.
     */
    record Created(String voiceCallId, String errors) implements TelephonyOutcome {}

    /** {@code PATCH} accepted for asynchronous processing ({@code {"status":"pending"}}). */
    record Accepted(String status) implements TelephonyOutcome {}

    /** 401/403 even with a freshly signed token: the key, certificate, org Id or contact center name is wrong. */
    record Unauthorized(int status, String body) implements TelephonyOutcome {}

    /** 429 still after retrying within the deadline. */
    record RateLimited(Duration retryAfter) implements TelephonyOutcome {}

    /** Any other 4xx: the request itself is wrong and will stay wrong. */
    record Rejected(int status, String body) implements TelephonyOutcome {}

    /** 5xx (still, for a PATCH, after retrying): the API failed; a POST may or may not have created the call. */
    record ServerError(int status, String body) implements TelephonyOutcome {}

    /** Sent, but no answer came back (a timeout, a reset connection): the request may still take effect. */
    record InDoubt(String reason) implements TelephonyOutcome {}

    /** Not sent: the invocation's deadline had passed. */
    record NotSent(String reason) implements TelephonyOutcome {}
}

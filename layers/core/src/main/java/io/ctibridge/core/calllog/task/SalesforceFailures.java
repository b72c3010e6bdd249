package io.ctibridge.core.calllog.task;

import io.ctibridge.core.salesforce.InvalidSessionException;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import java.time.Duration;

/** How the call log treats a whole Salesforce call that failed. */
public final class SalesforceFailures {

    private SalesforceFailures() {}

    /**
     * Whether the records of the call should come back later rather than go to the dead-letter queue: anything
     * transient, the org's exhausted API allowance, and broken credentials or configuration, which an operator
     * fixes (an alarm on the stream's age says so) without having to replay every call of the outage. Only an
     * API error about the request itself (a bad field in the profile, say) is the records' own fault.
     */
    public static boolean retryLater(SalesforceException failure) {
        return failure.retryable()
                || failure instanceof RequestLimitExceededException
                || failure instanceof InvalidSessionException
                || !(failure instanceof SalesforceApiException);
    }

    /**
     * Whether Salesforce may have carried out the failed call even so: the request may have reached it when the
     * answer timed out, the connection dropped or a 5xx came back. A 503 means it was not served; the org's
     * limit and refused credentials are checked before any work is done.
     */
    public static boolean outcomeUnknown(SalesforceException failure) {
        return switch (failure) {
            case SalesforceTimeoutException _, SalesforceConnectionException _ -> true;
            case ServiceUnavailableException unavailable -> unavailable.httpStatus() != 503;
            default -> false;
        };
    }

    /** How long to wait before Salesforce is asked again; the org's limit frees up slowly, so wait longest. */
    public static Duration backoff(SalesforceException failure, Duration limitBackoff, Duration outageBackoff) {
        return failure instanceof RequestLimitExceededException ? limitBackoff : outageBackoff;
    }

    /** The failure for logs and dead letters: its code, never Salesforce's message (which may quote data). */
    public static String describe(SalesforceException failure) {
        return failure instanceof SalesforceApiException api && !api.errorCode().isEmpty()
                ? api.errorCode() + " (HTTP " + api.httpStatus() + ")"
                : failure.getClass().getSimpleName();
    }
}

package io.ctibridge.core.salesforce;

/**
 * Everything the Salesforce client throws. Callers switch on the subtype, or ask {@link #retryable()}
 * when all they need to know is whether trying the same call again later can succeed.
 */
public abstract sealed class SalesforceException extends RuntimeException
        permits SalesforceApiException,
                SalesforceAuthException,
                SalesforceTimeoutException,
                SalesforceConnectionException,
                SalesforceConfigException {

    protected SalesforceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the same request may succeed if sent again (after a pause): the failure was transient. */
    public abstract boolean retryable();
}

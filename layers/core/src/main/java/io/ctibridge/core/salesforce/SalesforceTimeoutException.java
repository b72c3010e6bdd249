package io.ctibridge.core.salesforce;

/** A call did not complete within its deadline or the HTTP client's timeouts. */
public final class SalesforceTimeoutException extends SalesforceException {

    public SalesforceTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}

package io.ctibridge.core.salesforce;

/** No answer from Salesforce at the network level: connection refused, reset or closed mid-exchange. */
public final class SalesforceConnectionException extends SalesforceException {

    public SalesforceConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}

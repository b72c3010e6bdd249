package io.ctibridge.core.salesforce;

import java.util.List;

/** HTTP 503 {@code SERVER_UNAVAILABLE}, or any 5xx: Salesforce could not serve the request right now. */
public final class ServiceUnavailableException extends SalesforceApiException {

    public ServiceUnavailableException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
